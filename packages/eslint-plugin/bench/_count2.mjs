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
const P = FlowEngine.prototype;
const counts = {};
const wrap = (name) => { const orig = P[name]; P[name] = function (...a) { counts[name] = (counts[name] ?? 0) + 1; const r = orig.apply(this, a); if (name === 'matchSinks') { counts.sites = (counts.sites ?? 0) + r.length; const t = a[0].type; counts['c:' + t] = (counts['c:' + t] ?? 0) + 1; if (r.length) counts['s:' + t] = (counts['s:' + t] ?? 0) + 1; } return r; }; };
for (const n of ['matchSinks', 'processSite', 'evaluate', 'evaluateUncached', 'findVariable', 'visit']) wrap(n);
let nodes = 0;
for (const [sc, file] of codes) { const e = new FlowEngine(sc, knowledge, null, file); e.run(); }
for (const [sc] of codes) { const st = [sc.ast]; while (st.length) { const n = st.pop(); nodes++; for (const k of sc.visitorKeys[n.type] ?? []) { const c = n[k]; if (Array.isArray(c)) for (const x of c) x && st.push(x); else if (c && typeof c.type === 'string') st.push(c); } } }
console.log({ nodes, lines: codes.reduce((a, [sc]) => a + sc.lines.length, 0), ...counts });
