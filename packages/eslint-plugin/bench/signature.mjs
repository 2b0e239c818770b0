#!/usr/bin/env node
// Serialises every finding of a build of the plugin, to check that a performance change changed none
// (not part of `pnpm bench`):
//   node packages/eslint-plugin/bench/signature.mjs <dist> <out.txt>     then compare two outputs with `cmp`
// Lints the bench corpus, every fixture's sources and the robustness corpus (src/test-corpus.ts,
// bundled with esbuild) with all four rules, test files excluded and then included, and writes each
// file's messages as ESLint returns them (rule, message with category, sink and expression, line and
// column range) and the shared analysis's raw findings (node range and type, category, sink,
// expression, label, kind, fromType, projection). A build outside the repository needs the
// `node_modules` link described in compare.mjs.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { build } from 'esbuild';
import { Linter } from 'eslint';
import { writeBenchCorpus } from './corpus.mjs';

const [dist, out] = process.argv.slice(2, 4);
if (!dist || !out) {
  console.error('usage: signature.mjs <dist> <out.txt>');
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const importFrom = async (path) => import(pathToFileURL(path).href);
const plugin = (await importFrom(join(resolve(dist), 'index.js'))).default;
const { getFileFindings } = await importFrom(join(resolve(dist), 'util', 'analysis.js'));

const dir = mkdtempSync(join(tmpdir(), 'leakwatch-signature-'));
writeBenchCorpus(join(dir, 'bench'));
await build({ entryPoints: [join(here, '..', 'src', 'test-corpus.ts')], outfile: join(dir, 'test-corpus.mjs'), format: 'esm', bundle: true, logLevel: 'error' });
const { createRobustnessCorpus } = await importFrom(join(dir, 'test-corpus.mjs'));

const files = [];
const collect = (folder) => {
  for (const name of readdirSync(folder).sort()) {
    if (name === 'node_modules' || name === 'dist') continue;
    const path = join(folder, name);
    if (statSync(path).isDirectory()) collect(path);
    else if (/\.(ts|tsx|js)$/.test(name) && !name.endsWith('.d.ts')) files.push({ name: path, label: relative(dir, path), code: readFileSync(path, 'utf8') });
  }
};
collect(join(dir, 'bench', 'src'));
const fixtures = join(root, 'fixtures');
collect(fixtures);
for (const file of files) if (file.name.startsWith(fixtures)) file.label = relative(root, file.name);
for (const file of createRobustnessCorpus()) files.push({ name: join(dir, 'robustness', file.filename), label: `robustness/${file.filename}`, code: file.code });

const range = (node) => (node ? `${node.range[0]}-${node.range[1]}:${node.type}` : '-');
const lines = [];
const probe = {
  rules: {
    dump: {
      create(context) {
        return {
          'Program:exit'() {
            for (const f of getFileFindings(context, { useTypeInformation: false })) {
              const projection = f.projection ? `${range(f.projection.target)}[${f.projection.keep.join(',')}]` : '-';
              lines.push(['RAW', range(f.node), f.category, f.sink, f.expression, f.label, f.kind, f.fromType, projection].join('|'));
            }
          },
        };
      },
    },
  },
};
let messages = 0;
for (const file of files) {
  const languageOptions = file.name.endsWith('.js')
    ? { ecmaVersion: 'latest', sourceType: 'module' }
    : { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: file.name.endsWith('.tsx') } } };
  for (const includeTestFiles of [false, true]) {
    lines.push(`FILE ${file.label} includeTestFiles=${includeTestFiles}`);
    const rules = Object.fromEntries(Object.keys(plugin.rules).map((id) => [`@leakwatch/${id}`, ['error', { includeTestFiles }]]));
    const config = [{ files: ['**/*.ts', '**/*.tsx', '**/*.js'], languageOptions, plugins: { '@leakwatch': plugin, probe }, rules: { ...rules, 'probe/dump': 'error' } }];
    for (const message of new Linter({ configType: 'flat', cwd: '/' }).verify(file.code, config, { filename: file.name })) {
      lines.push(JSON.stringify(message));
      if (message.ruleId?.startsWith('@leakwatch/')) messages++;
    }
  }
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${files.length} files, ${messages} leakwatch messages, ${lines.length} lines → ${out}`);
rmSync(dir, { recursive: true, force: true });
