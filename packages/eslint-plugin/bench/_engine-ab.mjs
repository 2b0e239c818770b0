// Engine-only A/B: parse once, run two builds' FlowEngine alternately (profiling aid, not committed).
import { readFileSync, readdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { writeBenchCorpus } from './corpus.mjs';
const [distA, distB] = process.argv.slice(2, 4);
const rounds = Number(process.argv[4] ?? 30);
const builds = [];
for (const dist of [distA, distB]) {
  const { FlowEngine } = await import(`${dist}/util/flow-engine.js`);
  const { getKnowledge } = await import(`${dist}/util/settings.js`);
  builds.push({ FlowEngine, knowledge: getKnowledge({}) });
}
const dir = mkdtempSync(join(tmpdir(), 'lw-eng-'));
writeBenchCorpus(dir);
const files = readdirSync(join(dir, 'src')).map((f) => join(dir, 'src', f));
const codes = [];
const linter = new Linter({ cwd: dir });
for (const file of files) linter.verify(readFileSync(file, 'utf8'), [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, plugins: { x: { rules: { grab: { create: (ctx) => ({ Program() { codes.push([ctx.sourceCode, file]); } }) } } } }, rules: { 'x/grab': 'error' } }], file);
const run = (b) => { const t0 = process.cpuUsage(); let n = 0; for (const [sc, file] of codes) { const e = new b.FlowEngine(sc, b.knowledge, null, file); e.run(); n += e.findings.length; } const d = process.cpuUsage(t0); return [(d.user + d.system) / 1000, n]; };
for (let i = 0; i < 4; i++) { run(builds[0]); run(builds[1]); }
const a = [], b = [], r = [];
for (let i = 0; i < rounds; i++) {
  const order = i % 2 === 0 ? [0, 1] : [1, 0];
  const t = [];
  for (const k of order) t[k] = run(builds[k]);
  a.push(t[0][0]); b.push(t[1][0]); r.push(t[1][0] / t[0][0]);
  if (i === 0) console.log('findings', t[0][1], t[1][1]);
}
const med = (x) => [...x].sort((p, q) => p - q)[x.length >> 1];
console.log(`A ${med(a).toFixed(1)} ms  B ${med(b).toFixed(1)} ms  ratio B/A median ${med(r).toFixed(3)} (min ${Math.min(...r).toFixed(3)} max ${Math.max(...r).toFixed(3)})`);
