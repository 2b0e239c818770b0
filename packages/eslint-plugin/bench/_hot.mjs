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
for (const file of files) linter.verify(readFileSync(file, 'utf8'), [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, plugins: { x: { rules: { grab: { create: (ctx) => ({ Program() { codes.push([ctx.sourceCode, file]); } }) } } } }, rules: { 'x/grab': 'error' } }], file);
const knowledge = getKnowledge({});
const first = [], second = [];
for (let r = 0; r < 20; r++) {
  let a = 0, b = 0;
  for (const [sc, file] of codes) {
    let t = process.hrtime.bigint(); new FlowEngine(sc, knowledge, null, file).run(); a += Number(process.hrtime.bigint() - t);
    t = process.hrtime.bigint(); new FlowEngine(sc, knowledge, null, file).run(); b += Number(process.hrtime.bigint() - t);
  }
  first.push(a / 1e6); second.push(b / 1e6);
}
const med = (x) => [...x].sort((p, q) => p - q)[x.length >> 1];
console.log('first', med(first).toFixed(1), 'second (hot)', med(second).toFixed(1));
