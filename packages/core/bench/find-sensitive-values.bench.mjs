// Throughput of the value detectors, and their worst case on adversarial near-miss input.
// Run after `pnpm exec tsc -b`:  node packages/core/bench/find-sensitive-values.bench.mjs  (or: pnpm run bench core)
// Figures are medians of 5 rounds of CPU time, reported as MB/s and as a ratio against baselines run in the
// same process (one indexOf pass, one simple regex pass), so they survive a slower machine.
import { loadavg } from 'node:os';
import { containsSensitiveValue, findSensitiveValues } from '../dist/index.js';

const ROUNDS = 5;
const CORPUS_BYTES = 1_000_000;
const ADVERSARIAL_BYTES = 200_000;
const WORST_CASE_TARGET_MS = 50;

// Deterministic pseudo-random numbers (mulberry32) so every run scans the same text.
let seed = 0x1eac;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n) => Math.floor(random() * n);
const pick = (items) => items[int(items.length)];
const pad = (n, w) => String(n).padStart(w, '0');
const hex = (n) => Array.from({ length: n }, () => '0123456789abcdef'[int(16)]).join('');
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
const isoTime = () => `2024-${pad(1 + int(12), 2)}-${pad(1 + int(28), 2)}T${pad(int(24), 2)}:${pad(int(60), 2)}:${pad(int(60), 2)}.${pad(int(1000), 3)}Z`;

function fill(makeLine) {
  let text = '';
  while (text.length < CORPUS_BYTES) text += `${makeLine()}\n`;
  return text;
}

// Clean text: what a service logs and answers all day, with no personal data in it.
const cleanLog = fill(
  () =>
    `${isoTime()} ${pick(['INFO', 'WARN', 'DEBUG'])} [${pick(['http', 'db', 'queue', 'cache'])}] req=${uuid()} ${pick(['GET', 'POST', 'PUT'])} /api/v${1 + int(3)}/orders/${int(1e6)} ${pick([200, 201, 204, 304, 404, 500])} ${int(2000)}ms size=${int(1 << 20)} bytes node=v20.${int(20)}.${int(10)} sha=${hex(40)} port=${1024 + int(60000)}`,
);
const cleanJson = fill(() =>
  JSON.stringify({
    id: uuid(),
    order: `ORD-2024-${pad(int(1e6), 6)}`,
    createdAt: isoTime(),
    total: `$${int(100)},${pad(int(1000), 3)}.${pad(int(100), 2)}`,
    items: [{ sku: `SKU-${int(1e5)}`, qty: 1 + int(5), price: (random() * 500).toFixed(2) }],
    status: pick(['paid', 'shipped', 'refunded']),
    version: `${int(5)}.${int(30)}.${int(10)}`,
    etag: hex(32),
    ts: 1_700_000_000 + int(1e8),
  }),
);
// PII-dense text: every line carries two or three values (all fake: 555-01xx, example.com, test cards, documentation IPs).
const denseLines = [
  () => `user jane.${int(1e4)}@example.com called from +1-202-555-01${pad(int(100), 2)} at ${isoTime()}`,
  () => `payment card 4111 1111 1111 1111 by client 192.0.2.${int(255)} iban GB82 WEST 1234 5698 7654 32`,
  () => `ssn 123-45-${pad(1 + int(9999), 4)} phone (202) 555-01${pad(int(100), 2)} ip 2001:db8::${hex(4)}`,
  () => `{"email":"ops${int(1e4)}@example.org","phone":"+44 20 7946 0${pad(int(1000), 3)}","token":"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln"}`,
];
const dense = fill(() => pick(denseLines)());

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Median milliseconds of `run(text)` over ROUNDS rounds, in CPU time of this process (user +
 * system): on a shared machine, wall time mostly measures the neighbours.
 */
function time(run, text) {
  const samples = [];
  let sink = 0;
  for (let round = 0; round < ROUNDS; round++) {
    globalThis.gc?.();
    const start = process.cpuUsage();
    sink += Number(run(text)) || 0;
    const used = process.cpuUsage(start);
    samples.push((used.user + used.system) / 1000);
  }
  if (sink === 0.5) console.log(sink);
  return median(samples);
}

const baselines = {
  'indexOf("\\0") pass': (text) => text.indexOf('\u0000') + 1,
  'one regex pass /[0-9]+/g': (text) => (text.match(/[0-9]+/g) ?? []).length,
};
const subjects = {
  findSensitiveValues: (text) => findSensitiveValues(text).length,
  containsSensitiveValue: (text) => (containsSensitiveValue(text) ? 1 : 0),
  // The guard's pattern: one call per JSON string value.
  'containsSensitiveValue per line': (text) => text.split('\n').filter((line) => containsSensitiveValue(line)).length,
};

// Warm up the JIT on every corpus first.
for (const text of [cleanLog, cleanJson, dense]) for (const run of [...Object.values(subjects), ...Object.values(baselines)]) run(text.slice(0, 100_000));

const mbps = (text, ms) => text.length / 1e6 / (ms / 1000);
// Absolute figures depend on the machine (and, less so in CPU time, on its load); ratios much less so.
console.log(`corpora of ${(CORPUS_BYTES / 1e6).toFixed(1)} MB each, median of ${ROUNDS} rounds, load average ${loadavg()[0].toFixed(1)}`);
for (const [name, text] of [['clean log lines', cleanLog], ['clean JSON payloads', cleanJson], ['PII-dense text', dense]]) {
  console.log(`\n${name} (${findSensitiveValues(text).length} values found)`);
  const regexMs = time(baselines['one regex pass /[0-9]+/g'], text);
  for (const [label, run] of [...Object.entries(baselines), ...Object.entries(subjects)]) {
    const ms = time(run, text);
    console.log(`  ${label.padEnd(34)} ${mbps(text, ms).toFixed(1).padStart(8)} MB/s   ×${(regexMs / ms).toFixed(2)} of one regex pass`);
  }
}

// The guard's pattern: one call per string value of a response body.
const values = cleanJson
  .split('\n')
  .filter(Boolean)
  .flatMap((line) => Object.values(JSON.parse(line)).flatMap((v) => (typeof v === 'string' ? [v] : [])));
const callsMs = time(() => values.filter((v) => containsSensitiveValue(v)).length, null);
console.log(`\ncontainsSensitiveValue on ${values.length} JSON string values: ${Math.round(values.length / (callsMs / 1000)).toLocaleString('en-US')} calls/s`);

// Worst case: 200 kB of near misses and repeated trigger characters.
const adversarial = {
  digits: '1',
  'digit groups': '1 ',
  'card-like groups': '4111 ',
  'phone-like groups': '(202) ',
  'international prefixes': '+1 ',
  'at signs': '@',
  'local parts and at signs': 'a@',
  'dotted labels': 'a.',
  'dotted numbers': '1.',
  'JWT starts': 'eyJ',
  'JWT-like segments': 'eyJ.',
  'BEGIN lines': '-----BEGIN ',
  'private key headers': '-----BEGIN PRIVATE KEY-----\n',
  'hex and colons': '1:',
  'AWS hints': 'aws ',
  'IBAN starts': 'GB82 ',
  'dates and versions': '2024-01-15 v1.2.3 12:30:45 ',
  'phone numbers': '202-555-0143 ',
};
let worst = { label: '', ms: 0 };
console.log(`\nadversarial inputs of ${ADVERSARIAL_BYTES / 1000} kB, findSensitiveValues, median CPU time of ${ROUNDS} rounds`);
for (const [label, unit] of Object.entries(adversarial)) {
  const text = unit.repeat(Math.ceil(ADVERSARIAL_BYTES / unit.length)).slice(0, ADVERSARIAL_BYTES);
  findSensitiveValues(text);
  const ms = time((t) => findSensitiveValues(t).length, text);
  if (ms > worst.ms) worst = { label, ms };
  console.log(`  ${label.padEnd(28)} ${ms.toFixed(2).padStart(8)} ms`);
}
const verdict = worst.ms < WORST_CASE_TARGET_MS ? 'within' : 'OVER';
console.log(`worst case: ${worst.ms.toFixed(2)} ms (${worst.label}); target < ${WORST_CASE_TARGET_MS} ms: ${verdict}`);
