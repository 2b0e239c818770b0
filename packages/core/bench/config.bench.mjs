// Per-file and per-run costs of the config: isScannedFile (called for every file an engine sees)
// and parseConfig + resolveModels (once per run). Median of 5 rounds. Run after `pnpm exec tsc -b`:
//   node packages/core/bench/config.bench.mjs      (or: pnpm run bench core)
// The baseline is one precompiled RegExp test per path in the same process, so the ratio survives a slower machine.
import { performance } from 'node:perf_hooks';
import { DEFAULT_CONFIG, isScannedFile, parseConfig, resolveModels } from '../dist/index.js';

const ROUNDS = 5;
const DIRS = ['src', 'src/routes', 'src/lib/db', 'packages/api/src', 'node_modules/pino/lib', 'dist', 'src/__tests__'];
const FILES = ['user.ts', 'user.test.ts', 'index.js', 'types.d.ts', 'auth.spec.tsx', 'README.md', 'handler.mts'];
const paths = Array.from({ length: 200 }, (_, i) => `${DIRS[i % DIRS.length]}/${i}-${FILES[i % FILES.length]}`).flatMap((p) => [p, p, p, p, p]);

function measure(label, unit, count, run) {
  const rates = [];
  let sink = 0;
  for (let round = 0; round < ROUNDS; round++) {
    globalThis.gc?.();
    const start = performance.now();
    sink += run();
    rates.push(count / ((performance.now() - start) / 1000));
  }
  rates.sort((a, b) => a - b);
  if (sink < 0) console.log(sink);
  return { label, unit, median: rates[Math.floor(ROUNDS / 2)] };
}

const baselineRegex = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
const countMatches = (test) => () => paths.reduce((n, path) => n + (test(path) ? 1 : 0), 0);
countMatches((p) => isScannedFile(DEFAULT_CONFIG, p))();

const CONFIG = {
  names: { phone: ['msisdn'] },
  loggers: ['audit', 'this.audit'],
  sinks: [{ callee: 'crm.push', sink: 'third-party', module: '@acme/crm' }],
  sanitizers: ['scrubPii'],
  auth: { middleware: ['requireStaff'] },
  rules: { 'no-sensitive-log': 'low' },
};
const RUNS = 2_000;

const baseline = measure('RegExp.test (baseline)', 'paths/s', paths.length, countMatches((p) => baselineRegex.test(p)));
const results = [
  measure('isScannedFile, default globs', 'paths/s', paths.length, countMatches((p) => isScannedFile(DEFAULT_CONFIG, p))),
  measure('parseConfig + resolveModels', 'configs/s', RUNS, () => {
    let n = 0;
    for (let i = 0; i < RUNS; i++) n += resolveModels(parseConfig(CONFIG, 'bench')).loggers.length;
    return n;
  }),
];

console.log(`${paths.length} paths per round, ${RUNS} configs per round, median of ${ROUNDS} rounds`);
for (const { label, unit, median } of [baseline, ...results]) {
  const ratio = unit === baseline.unit ? `  ×${(median / baseline.median).toFixed(3)} of baseline` : '';
  console.log(`${label.padEnd(32)} ${Math.round(median).toLocaleString('en-US').padStart(12)} ${unit}${ratio}`);
}
