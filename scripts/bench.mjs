#!/usr/bin/env node
// Runs every package's benchmark (packages/*/bench/*.bench.mjs) one after another, so each has
// the machine to itself. Figures are ratios against a baseline run in the same process.
import { readdirSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv[2];
let failed = false;
for (const pkg of readdirSync(join(root, 'packages')).sort()) {
  const dir = join(root, 'packages', pkg, 'bench');
  if (!existsSync(dir) || (only && only !== pkg)) continue;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.bench.mjs')).sort()) {
    console.log(`\n## ${pkg}/${file}`);
    const result = spawnSync(process.execPath, ['--expose-gc', join(dir, file)], { stdio: 'inherit', cwd: root });
    if (result.status !== 0) failed = true;
  }
}
process.exit(failed ? 1 : 0);
