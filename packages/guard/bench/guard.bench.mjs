#!/usr/bin/env node
// Benchmark of @leakwatch/guard (run `pnpm exec tsc -b` first; `pnpm run bench guard` runs it).
// The machine is shared, so wall time lies: each round measures CPU time (process.cpuUsage) of this
// process, candidates alternate within every round, and ratios are taken per round (so a slow patch
// hits both sides of a ratio) and reported as the median with the min–max over rounds.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import express from 'express';
import fastJson from 'fast-json-stringify';
import { z } from 'zod';
import { createGuard } from '../dist/index.js';
import { guardResponse } from '../dist/adapters/express.js';

// process.cpuUsage counts every thread of the process; V8's concurrent compiler and GC threads
// would charge their work to whichever candidate happens to run. With --single-threaded all of it
// runs on the main thread and lands on the candidate that caused it.
if (!process.execArgv.includes('--single-threaded')) {
  const child = spawnSync(process.execPath, ['--single-threaded', ...process.execArgv, fileURLToPath(import.meta.url)], { stdio: 'inherit' });
  process.exit(child.status ?? 1);
}

const ROUNDS = Math.max(9, Number(process.env.BENCH_ROUNDS ?? 9));
const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 200);
const HTTP_SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 3);
const HTTP_ROUNDS = Number(process.env.BENCH_HTTP_ROUNDS ?? 3);
// Distinct payloads served in turn, as a server answers different users; the guard's clean-string
// cache keeps what repeats (cities, plans, product titles), the rest is scanned.
const POOL = 16;

const LineItem = z.object({
  sku: z.string(),
  title: z.string(),
  quantity: z.number().int(),
  unitPrice: z.number(),
  note: z.string().optional(),
});
const User = z.object({
  id: z.string(),
  displayName: z.string(),
  email: z.string().meta({ pii: 'contact' }),
  plan: z.enum(['free', 'pro', 'team']),
  verified: z.boolean(),
  address: z.object({ street: z.string(), city: z.string(), postcode: z.string(), country: z.string() }),
  items: z.array(LineItem),
  orderNumber: z.string(),
  deliveryNotes: z.string(),
  createdAt: z.string(),
});
const Summary = z.object({
  id: z.string(),
  displayName: z.string(),
  plan: z.enum(['free', 'pro', 'team']),
  city: z.string(),
  orders: z.number().int(),
  lastOrderAt: z.string(),
});
const List = z.array(Summary);

const FIRST = ['Jane', 'Omar', 'Mei', 'Lukas', 'Amara', 'Diego', 'Sofia', 'Kenji', 'Priya', 'Noah', 'Elena', 'Tariq'];
const LAST = ['Example', 'Sample', 'Testperson', 'Placeholder', 'Fictional', 'Demo'];
const CITIES = ['Springfield', 'Riverton', 'Lakeside', 'Fairview', 'Georgetown', 'Milton'];
const STREETS = ['Example Street', 'Sample Road', 'Placeholder Avenue', 'Demo Lane', 'Test Crescent'];
const PRODUCTS = ['Ceramic mug, 350 ml', 'Linen tea towel', 'Oak serving board', 'Enamel pan 24 cm', 'Glass carafe 1 l', 'Cotton apron (navy)', 'Bamboo utensil set', 'Cast-iron trivet'];
// Free text as customers write it; one in four carries a fake phone number or e-mail address.
const NOTES = [
  'Leave the parcel with the neighbour at no. 12 if nobody answers.',
  'Please ring twice, the bell is broken. Back gate code is on the intercom.',
  'Call me on 202-555-0143 before delivery, I work nights.',
  'Gift for my sister, no invoice in the box please!',
  'Deliver after 17:30 on weekdays; the concierge signs for parcels.',
  'If late, email jane.example@example.com and we will rearrange.',
  'Fragile items, handle with care. Thanks!',
  'Second attempt after the missed delivery on 2026-01-12.',
];
const ITEM_NOTES = ['gift wrap please', 'no plastic packaging', 'replacement for order ORD-2025-118204', 'engrave "For Sam, 10 years"'];

const pick = (list, i) => list[i % list.length];
const isoDate = (i) => `2026-01-${String((i % 28) + 1).padStart(2, '0')}T${String(8 + (i % 12)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}:45.000Z`;

function makeUser(i) {
  const name = `${pick(FIRST, i)} ${pick(LAST, i * 5 + 1)}`;
  return {
    id: `usr_${(0x5f3a91 + i * 7919).toString(36)}`,
    displayName: name,
    email: `${name.toLowerCase().replace(' ', '.')}@example.com`,
    plan: pick(['free', 'pro', 'team'], i),
    verified: i % 3 !== 0,
    address: { street: `${10 + i} ${pick(STREETS, i)}`, city: pick(CITIES, i), postcode: `EX${(i % 9) + 1} ${(i % 7) + 2}MP`, country: 'GB' },
    items: Array.from({ length: 20 }, (_, j) => ({
      sku: `SKU-${10400 + ((i * 31 + j * 17) % 500)}`,
      title: pick(PRODUCTS, i + j),
      quantity: (j % 4) + 1,
      unitPrice: Math.round((4.5 + ((i + j * 3) % 40) * 1.25) * 100) / 100,
      note: j % 5 === 0 ? pick(ITEM_NOTES, i + j) : undefined,
      warehouseBin: `B-${(i + j) % 40}-${j % 6}`,
    })),
    orderNumber: `ORD-2026-${String(100000 + i * 37).padStart(6, '0')}`,
    deliveryNotes: pick(NOTES, i),
    createdAt: isoDate(i),
    // Internal fields the response schema leaves out.
    passwordHash: '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG',
    riskScore: (i % 10) / 10,
    internalNotes: 'migrated from legacy CRM on 2025-11-02',
  };
}

function makeList(offset) {
  return Array.from({ length: 200 }, (_, k) => {
    const i = offset * 200 + k;
    return {
      id: `usr_${(0x5f3a91 + i * 7919).toString(36)}`,
      displayName: `${pick(FIRST, i)} ${pick(LAST, i * 5 + 1)}`,
      plan: pick(['free', 'pro', 'team'], i),
      city: pick(CITIES, i),
      orders: i % 17,
      lastOrderAt: isoDate(i),
      lastLoginIp: `198.51.100.${i % 250}`,
    };
  });
}

const users = Array.from({ length: POOL }, (_, i) => makeUser(i));
const lists = Array.from({ length: 4 }, (_, i) => makeList(i));

/** Runs fn in batches until ROUND_MS of this process's CPU time is spent; returns ops per CPU second. */
function measure(fn) {
  let ops = 0;
  let sink = 0;
  const start = process.cpuUsage();
  let micros = 0;
  while (micros < ROUND_MS * 1000) {
    for (let i = 0; i < 20; i++) sink += fn().length;
    ops += 20;
    const used = process.cpuUsage(start);
    micros = used.user + used.system;
  }
  if (sink === -1) console.log('unreachable');
  return (ops * 1e6) / micros;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const spread = (values) => `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}`;

/** Measures every candidate in every round, in a rotating order; returns per-round ops/s. */
function runRounds(candidates) {
  for (const { fn } of candidates) for (let i = 0; i < 3000; i++) fn(); // warm-up
  const samples = candidates.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    // No forced GC between rounds: a forced full GC discards optimized code that embeds
    // short-lived objects (V8 deoptimizes it for "weak objects"), which a server does not see
    // every round. The GC each candidate causes itself is counted in its CPU time.
    // Rotating the order keeps any candidate from always running first (or right after a GC).
    for (let k = 0; k < candidates.length; k++) {
      const index = (k + round) % candidates.length;
      samples[index].push(measure(candidates[index].fn));
    }
  }
  return samples;
}

const results = [];

function compare(title, candidates) {
  const samples = runRounds(candidates);
  const closures = samples[0];
  const codegen = samples[1];
  console.log(`\n### ${title}`);
  console.log('| candidate | median ops/s (CPU time) | closures guard ÷ candidate: median (min–max) | codegen guard ÷ candidate: median (min–max) |');
  console.log('|---|---:|---:|---:|');
  candidates.forEach(({ name }, c) => {
    const versusClosures = closures.map((ops, r) => ops / samples[c][r]);
    const versusCodegen = codegen.map((ops, r) => ops / samples[c][r]);
    console.log(
      `| ${name} | ${Math.round(median(samples[c])).toLocaleString('en-US')} | ${median(versusClosures).toFixed(2)}× (${spread(versusClosures)}) | ${median(versusCodegen).toFixed(2)}× (${spread(versusCodegen)}) |`,
    );
    results.push({ title, name, versusClosures, versusCodegen });
  });
}

function jsonSchemaOf(schema) {
  return z.toJSONSchema(schema, { target: 'draft-7', io: 'output' });
}

/** Cycles through the payload pool; every candidate sees the same sequence. */
function rotating(values, fn) {
  let i = 0;
  return () => fn(values[i++ % values.length]);
}

function serializers(schema, values) {
  const closures = createGuard(schema);
  const codegen = createGuard(schema, { backend: 'codegen' });
  if (codegen.backend !== 'codegen') throw new Error('the codegen backend is not available here');
  const closuresNoScan = createGuard(schema, { scanValues: false });
  const codegenNoScan = createGuard(schema, { backend: 'codegen', scanValues: false });
  // Without the clean-string cache every string goes through core's detectors, as unique strings would.
  const closuresCold = createGuard(schema, { scanCacheSize: 0 });
  const codegenCold = createGuard(schema, { backend: 'codegen', scanCacheSize: 0 });
  const fjs = fastJson(jsonSchemaOf(schema));
  // Sanity: both backends send the same text.
  for (const value of values) if (closures.stringify(value) !== codegen.stringify(value)) throw new Error('backends disagree');
  return [
    { name: 'guard.stringify (closures, default, scanning on)', fn: rotating(values, (v) => closures.stringify(v)) },
    { name: 'guard.stringify (codegen, scanning on)', fn: rotating(values, (v) => codegen.stringify(v)) },
    { name: 'guard.stringify (closures, scanning on, no string cache)', fn: rotating(values, (v) => closuresCold.stringify(v)) },
    { name: 'guard.stringify (codegen, scanning on, no string cache)', fn: rotating(values, (v) => codegenCold.stringify(v)) },
    { name: 'guard.stringify (closures, scanning off)', fn: rotating(values, (v) => closuresNoScan.stringify(v)) },
    { name: 'guard.stringify (codegen, scanning off)', fn: rotating(values, (v) => codegenNoScan.stringify(v)) },
    { name: 'JSON.stringify', fn: rotating(values, (v) => JSON.stringify(v)) },
    { name: 'schema.parse + JSON.stringify', fn: rotating(values, (v) => JSON.stringify(schema.parse(v))) },
    { name: 'fast-json-stringify', fn: rotating(values, (v) => fjs(v)) },
  ];
}

function printTargets() {
  const targets = [
    ['2 kB', 'JSON.stringify', 1],
    ['2 kB', 'schema.parse + JSON.stringify', 2.5],
    ['200', 'JSON.stringify', 1],
    ['200', 'schema.parse + JSON.stringify', 2.5],
  ];
  console.log('\n### Against the targets (scanning on, clean-string cache on)');
  console.log('| payload | target | closures (default) | codegen |');
  console.log('|---|---|---:|---:|');
  for (const [payload, baseline, goal] of targets) {
    const row = results.find((r) => r.title.startsWith(payload) && r.name === baseline);
    const verdict = (ratios) => `${median(ratios).toFixed(2)}× (${spread(ratios)}) ${median(ratios) >= goal ? 'met' : 'not met'}`;
    console.log(`| ${payload === '200' ? '200-item list' : '2 kB user'} | ≥ ${goal}× ${baseline} | ${verdict(row.versusClosures)} | ${verdict(row.versusCodegen)} |`);
  }
}

async function throughput(url) {
  const result = await autocannon({ url, connections: 10, duration: HTTP_SECONDS });
  return result.requests.average;
}

async function benchExpress() {
  const app = express();
  const user = users[0];
  app.get('/plain', (_req, res) => res.json(user));
  app.get('/guarded', guardResponse(User), (_req, res) => res.json(user));
  app.get('/guarded-codegen', guardResponse(User, { backend: 'codegen' }), (_req, res) => res.json(user));
  const server = createServer(app);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  const routes = ['/plain', '/guarded', '/guarded-codegen'];
  const samples = routes.map(() => []);
  await throughput(`${base}/plain`); // warm-up
  for (let round = 0; round < HTTP_ROUNDS; round++) {
    for (let k = 0; k < routes.length; k++) samples[k].push(await throughput(`${base}${routes[k]}`));
  }
  server.close();
  const plain = median(samples[0]);
  console.log('\n### Express throughput, 2 kB payload (autocannon, 10 connections, loopback, wall time)');
  console.log('| route | median req/s | ÷ unguarded |');
  console.log('|---|---:|---:|');
  const names = ['unguarded res.json', 'guarded (guardResponse, closures)', 'guarded (guardResponse, codegen)'];
  routes.forEach((_, k) => {
    const m = median(samples[k]);
    console.log(`| ${names[k]} | ${Math.round(m).toLocaleString('en-US')} | ${(m / plain).toFixed(2)}× |`);
  });
}

const [one, five, fifteen] = loadavg();
console.log(`Node ${process.version} (${process.platform} ${process.arch}); load average ${one.toFixed(2)} / ${five.toFixed(2)} / ${fifteen.toFixed(2)}`);
console.log(`${ROUNDS} interleaved rounds of ${ROUND_MS} ms CPU time per candidate; medians; ratios per round, median (min–max)`);
console.log(`2 kB payload: ${JSON.stringify(users[0]).length} bytes as JSON.stringify sends it (internal fields included), ${POOL} distinct users served in turn`);
compare('2 kB user payload (nested address, 20 line items, extra internal fields)', serializers(User, users));
compare('200-item list', serializers(List, lists));
printTargets();
if (process.env.BENCH_SKIP_HTTP !== '1') await benchExpress();
