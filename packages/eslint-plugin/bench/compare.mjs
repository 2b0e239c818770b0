#!/usr/bin/env node
// Same-process A/B of two builds of the plugin on the bench corpus (not part of `pnpm bench`):
//   node packages/eslint-plugin/bench/compare.mjs <distA> <distB> [rounds=9] [warmup=2]
// Both builds are loaded in one process and linted in alternating order round by round, with the
// "full run" definition of lint.bench.mjs and `stats: true`, so machine load hits both alike. Prints
// the median leakwatch rule time, whole lint time and share of each, and the median of the per-round
// ratios B/A. A build outside the repository (a copy of `dist/`) resolves its dependencies through a
// `node_modules` link beside it: `ln -s <repo>/packages/eslint-plugin/node_modules <copy>/node_modules`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import js from '@eslint/js';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { writeBenchCorpus } from './corpus.mjs';

const [distA, distB] = process.argv.slice(2, 4);
if (!distA || !distB) {
  console.error('usage: compare.mjs <distA> <distB> [rounds] [warmup]');
  process.exit(2);
}
const ROUNDS = Number(process.argv[4] ?? 9);
const WARMUP = Number(process.argv[5] ?? 2);
const load = async (dist) => (await import(pathToFileURL(join(resolve(dist), 'index.js')).href)).default;
const plugins = [await load(distA), await load(distB)];

const dir = mkdtempSync(join(tmpdir(), 'leakwatch-compare-'));
writeBenchCorpus(dir);
const parser = { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } };

async function lintOnce(plugin) {
  const config = [parser, js.configs.recommended, ...tseslint.configs.recommended, plugin.configs.recommended];
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config, stats: true, cache: false });
  let whole = 0;
  let ours = 0;
  let findings = 0;
  for (const result of await eslint.lintFiles(['src/**/*.ts'])) {
    findings += result.messages.filter((m) => m.ruleId?.startsWith('@leakwatch/')).length;
    for (const pass of result.stats?.times.passes ?? []) {
      whole += pass.total;
      for (const [id, time] of Object.entries(pass.rules ?? {})) if (id.startsWith('@leakwatch/')) ours += time.total;
    }
  }
  return { whole, ours, findings };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const range = (values, digits) => `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;

const samples = [[], []];
for (let round = 0; round < WARMUP + ROUNDS; round++) {
  for (const k of round % 2 === 0 ? [0, 1] : [1, 0]) {
    const run = await lintOnce(plugins[k]);
    if (round >= WARMUP) samples[k].push(run);
  }
}
for (const k of [0, 1]) {
  const ours = samples[k].map((run) => run.ours);
  const shares = samples[k].map((run) => (run.ours / run.whole) * 100);
  console.log(
    `${k === 0 ? 'A' : 'B'}: leakwatch ${median(ours).toFixed(1)} ms (${range(ours, 0)}), whole ${median(samples[k].map((run) => run.whole)).toFixed(0)} ms, ` +
      `share ${median(shares).toFixed(2)} % (${range(shares, 2)}), findings ${samples[k][0].findings}`,
  );
}
const ratios = samples[1].map((run, i) => run.ours / samples[0][i].ours);
console.log(`B/A leakwatch rule time per round: median ${median(ratios).toFixed(3)} (${range(ratios, 3)})`);
rmSync(dir, { recursive: true, force: true });
