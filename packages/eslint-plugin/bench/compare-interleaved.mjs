#!/usr/bin/env node
// Same-process A/B of two builds' shared analysis inside real lint runs (not part of `pnpm bench`):
//   node packages/eslint-plugin/bench/compare-interleaved.mjs <distA> <distB> [rounds=8] [full|alone]
// Unlike compare.mjs, which alternates whole runs, this lints each file of the bench corpus with
// both builds one after the other (the order alternating by file and round), each time from its
// text, so both see a freshly parsed AST and the same moment's machine load. It times each build's
// `FlowEngine#run` (the analysis the four rules share, wherever its listener sits), prints the
// median per pass and the median of the per-round ratios B/A. A build outside the repository
// needs the `node_modules` link described in compare.mjs.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import js from '@eslint/js';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { writeBenchCorpus } from './corpus.mjs';

const [distA, distB] = process.argv.slice(2, 4);
if (!distA || !distB) {
  console.error('usage: compare-interleaved.mjs <distA> <distB> [rounds] [full|alone]');
  process.exit(2);
}
const ROUNDS = Number(process.argv[4] ?? 8);
const FULL = process.argv[5] !== 'alone';
const WARMUP = 2;
const spent = [0, 0];
const configs = [];
for (const [k, dist] of [distA, distB].entries()) {
  const url = (file) => pathToFileURL(join(resolve(dist), file)).href;
  const { FlowEngine } = await import(url('util/flow-engine.js'));
  const plugin = (await import(url('index.js'))).default;
  const run = FlowEngine.prototype.run;
  FlowEngine.prototype.run = function timedRun() {
    const start = process.hrtime.bigint();
    try {
      return run.call(this);
    } finally {
      spent[k] += Number(process.hrtime.bigint() - start);
    }
  };
  const parser = { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } };
  configs.push([parser, ...(FULL ? [js.configs.recommended, ...tseslint.configs.recommended] : []), plugin.configs.recommended]);
}

const dir = mkdtempSync(join(tmpdir(), 'leakwatch-interleaved-'));
writeBenchCorpus(dir);
const sources = readdirSync(join(dir, 'src')).map((name) => [join(dir, 'src', name), readFileSync(join(dir, 'src', name), 'utf8')]);
const linter = new Linter({ cwd: dir });
const perPass = [[], []];
const ratios = [];
for (let round = 0; round < WARMUP + ROUNDS; round++) {
  spent[0] = spent[1] = 0;
  sources.forEach(([filename, text], i) => {
    for (const k of (i + round) % 2 === 0 ? [0, 1] : [1, 0]) linter.verify(text, configs[k], { filename });
  });
  if (round < WARMUP) continue;
  perPass[0].push(spent[0] / 1e6);
  perPass[1].push(spent[1] / 1e6);
  ratios.push(spent[1] / spent[0]);
}
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const range = (values) => `${Math.min(...values).toFixed(3)}–${Math.max(...values).toFixed(3)}`;
console.log(`${FULL ? 'full' : 'alone'} config, ${sources.length} files, ${ROUNDS} rounds after ${WARMUP} warm-up`);
console.log(`A: analysis ${median(perPass[0]).toFixed(1)} ms per pass; B: ${median(perPass[1]).toFixed(1)} ms`);
console.log(`B/A per round: median ${median(ratios).toFixed(3)} (${range(ratios)})`);
rmSync(dir, { recursive: true, force: true });
