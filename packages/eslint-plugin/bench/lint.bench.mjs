#!/usr/bin/env node
// Lint benchmark (`pnpm bench eslint-plugin`): lints a generated corpus of ≥ 50,000 lines of
// handler, service and logging code with ESLint's Node API and `stats: true` (the per-rule times
// ESLint's TIMING reports). "The lint run" is stated explicitly, in two definitions:
//   full:  what a realistic user runs: typescript-eslint's parser, `@eslint/js` recommended,
//          typescript-eslint `recommended` and leakwatch `recommended` (the share the target is about);
//   alone: typescript-eslint's parser and leakwatch `recommended` only (parse + our rules), shown
//          for transparency: the worst case for our share.
// Each figure is the median of several runs after warm-up rounds (JIT, module loading, caches of
// settings objects), run interleaved so that machine load hits both definitions alike.
// Then, for `recommended-type-checked`: leakwatch's rule time next to typescript-eslint's own
// type-checked rules on the same corpus.
// Targets: leakwatch ≤ 5 % of the full run; type-checked rules no costlier than typescript-eslint's.
// Environment: BENCH_RUNS (default 5), BENCH_WARMUP (default 2), BENCH_TYPED_RUNS (default 2; 0 skips).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import js from '@eslint/js';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { writeBenchCorpus } from './corpus.mjs';

const { default: leakwatch } = await import(new URL('../dist/index.js', import.meta.url).href);

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const TYPED_RUNS = Number(process.env.BENCH_TYPED_RUNS ?? 2);

const dir = mkdtempSync(join(tmpdir(), 'leakwatch-bench-'));
const { files, lines } = writeBenchCorpus(dir);
console.log(`corpus: ${files} files, ${lines} lines (${dir})`);
console.log(`runs: ${WARMUP} warm-up + ${RUNS} measured per definition (medians), ${TYPED_RUNS} type-checked`);

const typeCheckedRuleIds = new Set(
  Object.entries(tseslint.plugin.rules)
    .filter(([, rule]) => rule.meta?.docs?.requiresTypeChecking)
    .map(([id]) => `@typescript-eslint/${id}`),
);
const isLeakwatch = (id) => id.startsWith('@leakwatch/');

/** Lints the corpus once; returns wall time, the stats' whole time (parse + rules + fixes) and per-rule totals (ms). */
async function lintCorpus(config) {
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config, stats: true, cache: false });
  const started = performance.now();
  const results = await eslint.lintFiles(['src/**/*.ts']);
  const wall = performance.now() - started;
  let whole = 0;
  let parse = 0;
  const rules = new Map();
  let findings = 0;
  for (const result of results) {
    findings += result.messages.filter((m) => m.ruleId != null && isLeakwatch(m.ruleId)).length;
    for (const pass of result.stats?.times.passes ?? []) {
      whole += pass.total;
      parse += pass.parse?.total ?? 0;
      for (const [id, time] of Object.entries(pass.rules ?? {})) rules.set(id, (rules.get(id) ?? 0) + time.total);
    }
  }
  const sum = (predicate) => [...rules].filter(([id]) => predicate(id)).reduce((total, [, time]) => total + time, 0);
  return { wall, whole, parse, rules, sum, findings, ruleCount: rules.size };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const range = (values) => `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}`;

const parser = { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } };
const definitions = {
  full: [parser, js.configs.recommended, ...tseslint.configs.recommended, leakwatch.configs.recommended],
  alone: [parser, leakwatch.configs.recommended],
};

const samples = { full: [], alone: [] };
for (let round = 0; round < WARMUP + RUNS; round++) {
  for (const [name, config] of Object.entries(definitions)) {
    const run = await lintCorpus(config);
    if (round >= WARMUP) samples[name].push(run);
  }
}

console.log('\n## recommended (no type information)');
for (const [name, runs] of Object.entries(samples)) {
  const label = name === 'full' ? 'full run (@eslint/js + typescript-eslint recommended + leakwatch recommended)' : 'leakwatch alone (parse + leakwatch recommended)';
  const shares = runs.map((run) => (run.sum(isLeakwatch) / run.whole) * 100);
  const perThousand = runs.map((run) => (run.wall / lines) * 1000);
  const ours = runs.map((run) => (run.sum(isLeakwatch) / lines) * 1000);
  console.log(`\n### ${label}: ${runs[0].ruleCount} rules`);
  console.log(`lint time: ${median(perThousand).toFixed(1)} ms per 1,000 lines wall (median; ${range(perThousand)})`);
  console.log(`whole lint time (stats: parse + all rules): ${median(runs.map((run) => run.whole)).toFixed(0)} ms, parse ${median(runs.map((run) => run.parse)).toFixed(0)} ms`);
  console.log(`leakwatch rules: ${median(ours).toFixed(2)} ms per 1,000 lines, ${median(runs.map((run) => run.sum(isLeakwatch))).toFixed(0)} ms in all`);
  console.log(`leakwatch share: ${median(shares).toFixed(1)} % (median; ${range(shares)})${name === 'full' ? ' (target ≤ 5 %)' : ''}`);
  console.log(`leakwatch findings: ${runs[0].findings}`);
}

if (TYPED_RUNS > 0) {
  const typed = { ...parser, languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: dir } } };
  const config = [typed, js.configs.recommended, ...tseslint.configs.recommendedTypeChecked, leakwatch.configs['recommended-type-checked']];
  const runs = [];
  // One warm-up round: a type-checked pass costs tens of seconds.
  for (let round = 0; round < 1 + TYPED_RUNS; round++) {
    const run = await lintCorpus(config);
    if (round >= 1) runs.push(run);
  }
  const ours = runs.map((run) => run.sum(isLeakwatch));
  const theirs = runs.map((run) => run.sum((id) => typeCheckedRuleIds.has(id)));
  console.log('\n## recommended-type-checked (@eslint/js + typescript-eslint recommended-type-checked + leakwatch)');
  console.log(`lint time: ${median(runs.map((run) => (run.wall / lines) * 1000)).toFixed(1)} ms per 1,000 lines wall (median)`);
  console.log(
    `leakwatch rules: ${median(ours).toFixed(0)} ms; typescript-eslint type-checked rules: ${median(theirs).toFixed(0)} ms (ratio ${median(runs.map((_, i) => ours[i] / theirs[i])).toFixed(2)}, target ≤ 1)`,
  );
  console.log(`leakwatch findings: ${runs[0].findings}`);
  for (const [id, time] of [...runs[0].rules].filter(([id]) => isLeakwatch(id)).sort((a, b) => b[1] - a[1])) {
    console.log(`  ${id}: ${time.toFixed(0)} ms`);
  }
}

rmSync(dir, { recursive: true, force: true });
