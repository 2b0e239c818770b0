import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import js from '@eslint/js';
import { writeBenchCorpus } from './corpus.mjs';
const dist = process.argv[2] ?? '../dist';
const { default: plugin } = await import(`${dist}/index.js`);
const dir = mkdtempSync(join(tmpdir(), 'leakwatch-prof-'));
writeBenchCorpus(dir);
const config = [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, js.configs.recommended, ...tseslint.configs.recommended, plugin.configs.recommended];
const ours = [], whole = [];
for (let i = 0; i < 7; i++) {
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config, cache: false, stats: true });
  const r = await eslint.lintFiles(['src/**/*.ts']);
  let t = 0, w = 0; for (const f of r) for (const p of f.stats?.times?.passes ?? []) { w += p.total; for (const [k, v] of Object.entries(p.rules ?? {})) if (k.startsWith('@leakwatch/')) t += v.total; }
  if (i >= 2) { ours.push(t); whole.push(w); }
}
const med = (x) => [...x].sort((a, b) => a - b)[x.length >> 1];
console.log(process.execArgv.join(' ') || '(default)', 'ours', med(ours).toFixed(0), 'whole', med(whole).toFixed(0), 'share', (med(ours.map((o, i) => o / whole[i])) * 100).toFixed(2));
