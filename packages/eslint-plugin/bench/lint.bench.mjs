#!/usr/bin/env node
// Lint benchmark (`pnpm bench eslint-plugin`): lints a generated corpus of ≥ 50,000 lines of
// handler, service and logging code with ESLint's Node API and `stats: true` (the per-rule times
// ESLint's TIMING reports) and prints:
//   1. `recommended`: ms per 1,000 lines, and the plugin's share of the whole lint time
//      (typescript-eslint's `recommended` + leakwatch's `recommended`, parse included);
//   2. `recommended-type-checked`: leakwatch's rule time next to typescript-eslint's own
//      type-checked rules on the same corpus.
// Targets: (1) ≤ 5 %; (2) leakwatch no costlier than typescript-eslint's type-checked rules.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { writeBenchCorpus } from './corpus.mjs';

const { default: leakwatch } = await import(new URL('../dist/index.js', import.meta.url).href);

const dir = mkdtempSync(join(tmpdir(), 'leakwatch-bench-'));
const { files, lines } = writeBenchCorpus(dir);
console.log(`corpus: ${files} files, ${lines} lines (${dir})`);

const typeCheckedRuleIds = new Set(
  Object.entries(tseslint.plugin.rules)
    .filter(([, rule]) => rule.meta?.docs?.requiresTypeChecking)
    .map(([id]) => `@typescript-eslint/${id}`),
);

/** Lints the corpus; returns wall time, the stats' whole time and per-rule totals (ms). */
async function lintCorpus(config) {
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config, stats: true, cache: false });
  const started = performance.now();
  const results = await eslint.lintFiles(['src/**/*.ts']);
  const wall = performance.now() - started;
  let whole = 0;
  const rules = new Map();
  let findings = 0;
  for (const result of results) {
    findings += result.messages.filter((m) => m.ruleId?.startsWith('@leakwatch/')).length;
    for (const pass of result.stats?.times.passes ?? []) {
      whole += pass.total;
      for (const [id, time] of Object.entries(pass.rules ?? {})) rules.set(id, (rules.get(id) ?? 0) + time.total);
    }
  }
  const sum = (predicate) => [...rules].filter(([id]) => predicate(id)).reduce((total, [, time]) => total + time, 0);
  return { wall, whole, rules, sum, findings };
}

const base = { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } };

const recommended = await lintCorpus([base, ...tseslint.configs.recommended, leakwatch.configs.recommended]);
const leakwatchTime = recommended.sum((id) => id.startsWith('@leakwatch/'));
console.log('\n## recommended (no type information)');
console.log(`lint time: ${recommended.wall.toFixed(0)} ms wall, ${((recommended.wall / lines) * 1000).toFixed(1)} ms per 1,000 lines`);
console.log(`leakwatch rules: ${leakwatchTime.toFixed(0)} ms of ${recommended.whole.toFixed(0)} ms (parse + all rules) = ${((leakwatchTime / recommended.whole) * 100).toFixed(1)} % (target ≤ 5 %)`);
console.log(`leakwatch findings: ${recommended.findings}`);

const typed = { ...base, languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: dir } } };
const typeChecked = await lintCorpus([typed, ...tseslint.configs.recommendedTypeChecked, leakwatch.configs['recommended-type-checked']]);
const leakwatchTyped = typeChecked.sum((id) => id.startsWith('@leakwatch/'));
const tsTyped = typeChecked.sum((id) => typeCheckedRuleIds.has(id));
console.log('\n## recommended-type-checked');
console.log(`lint time: ${typeChecked.wall.toFixed(0)} ms wall, ${((typeChecked.wall / lines) * 1000).toFixed(1)} ms per 1,000 lines`);
console.log(`leakwatch rules: ${leakwatchTyped.toFixed(0)} ms; typescript-eslint type-checked rules: ${tsTyped.toFixed(0)} ms (ratio ${(leakwatchTyped / tsTyped).toFixed(2)}, target ≤ 1)`);
console.log(`leakwatch findings: ${typeChecked.findings}`);
for (const [id, time] of [...typeChecked.rules].filter(([id]) => id.startsWith('@leakwatch/')).sort((a, b) => b[1] - a[1])) {
  console.log(`  ${id}: ${time.toFixed(0)} ms`);
}

rmSync(dir, { recursive: true, force: true });
