// Engine-only harness: parse once, run the FlowEngine many times (profiling aid, not committed).
import { readFileSync, readdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { writeBenchCorpus } from './corpus.mjs';
const dist = process.argv[2] ?? '../dist';
const { FlowEngine } = await import(`${dist}/util/flow-engine.js`);
const { getKnowledge } = await import(`${dist}/util/settings.js`);
const dir = mkdtempSync(join(tmpdir(), 'lw-eng-'));
writeBenchCorpus(dir);
const files = readdirSync(join(dir, 'src')).map((f) => join(dir, 'src', f));
const codes = [];
const linter = new Linter({ cwd: dir });
for (const file of files) {
  linter.verify(readFileSync(file, 'utf8'), [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, plugins: { x: { rules: { grab: { create: (ctx) => ({ Program() { codes.push([ctx.sourceCode, file]); } }) } } } }, rules: { 'x/grab': 'error' } }], file);
}
const knowledge = getKnowledge({});
const rounds = Number(process.env.ROUNDS ?? 30);
const times = [];
let findings = 0;
for (let r = 0; r < rounds; r++) {
  const t0 = performance.now();
  findings = 0;
  for (const [sc, file] of codes) { const e = new FlowEngine(sc, knowledge, null, file); e.run(); findings += e.findings.length; }
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
console.log(`files ${codes.length} findings ${findings} median ${times[rounds >> 1].toFixed(1)} ms min ${times[0].toFixed(1)}`);
