#!/usr/bin/env node
// The Quick start's main job. Scans the support-forum incident with the analyzer CLI once it is
// built; before that, it shows what core's classifier and detectors see in the fixture.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, process.argv[2] ?? 'fixtures/support-forum');
const cli = join(root, 'packages/analyzer/dist/cli/main.js');

if (existsSync(cli)) {
  const result = spawnSync(process.execPath, [cli, 'scan', target], { stdio: 'inherit' });
  // Exit 1 means "findings": that is the demo's point, not a failure of the demo.
  process.exit(result.status === 1 ? 0 : (result.status ?? 2));
}

const core = await import('@leakwatch/core');
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.(ts|js)$/.test(name) && !/\.test\./.test(name)) files.push(path);
  }
};
walk(join(target, 'src'));
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const names = new Set(text.match(/[A-Za-z_$][\w$]*/g) ?? []);
  const sensitive = [...names].map((n) => [n, core.classifyName?.(n)]).filter(([, c]) => c);
  if (sensitive.length) console.log(`${relative(root, file)}: ${sensitive.map(([n, c]) => `${n} (${c})`).join(', ')}`);
}
