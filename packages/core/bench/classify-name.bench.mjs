// Names per second of the name classifier over the core test table (a realistic mix of sensitive
// names and tricky negatives) repeated ROUNDS_LIST times. Median of 5 rounds. Run after `pnpm exec tsc -b`:
//   node packages/core/bench/classify-name.bench.mjs      (or: pnpm run bench core)
// The baseline is splitName alone in the same process, so the ratio survives a slower machine.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { classifyName, createNameClassifier, splitName } from '../dist/index.js';

const REPEAT = 50;
const ROUNDS = 5;

const table = JSON.parse(readFileSync(new URL('../src/names/__fixtures__/name-cases.json', import.meta.url), 'utf8'));
const unique = Object.values(table).flatMap((group) => Object.keys(group));
const names = Array.from({ length: REPEAT }, () => unique).flat();

function measure(label, run) {
  const rates = [];
  let sink = 0;
  for (let round = 0; round < ROUNDS; round++) {
    globalThis.gc?.();
    const start = performance.now();
    for (const name of names) sink += run(name) === null ? 0 : 1;
    const seconds = (performance.now() - start) / 1000;
    rates.push(names.length / seconds);
  }
  rates.sort((a, b) => a - b);
  const median = rates[Math.floor(ROUNDS / 2)];
  // `sink` keeps the calls from being optimised away.
  if (sink < 0) console.log(sink);
  return { label, median };
}

// Warm up the JIT and the default cache before timing.
for (const name of names.slice(0, unique.length * 2)) {
  classifyName(name);
  splitName(name);
}
const uncached = createNameClassifier({ cacheSize: 0 });
for (const name of unique) uncached(name);

const baseline = measure('splitName only (baseline)', (name) => splitName(name).length);
const results = [
  measure('classifyName, cached (default)', classifyName),
  measure('classifier without cache', uncached),
];

console.log(`${names.length} names per round (${unique.length} distinct × ${REPEAT}), median of ${ROUNDS} rounds`);
for (const { label, median } of [baseline, ...results]) {
  const ratio = (median / baseline.median).toFixed(2);
  console.log(`${label.padEnd(34)} ${Math.round(median).toLocaleString('en-US').padStart(12)} names/s  ×${ratio} of baseline`);
}
