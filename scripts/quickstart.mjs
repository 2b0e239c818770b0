#!/usr/bin/env node
// The README's two Quick start commands land here: `npm run quickstart` (set up, then scan the
// support-forum incident) and `npm run quickstart:test` (set up, then every check CI runs).
// It needs only Node >= 20.19 and npm: the pinned pnpm comes through npx when it is not on PATH.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];
const mode = process.argv[2] ?? 'demo';

function run(command, args, options = {}) {
  console.error(`\n$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: false, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function pnpmCommand() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (probe.status === 0 && probe.stdout.trim() === pinned) return ['pnpm', []];
  return ['npx', ['-y', `pnpm@${pinned}`]];
}

const [pnpm, prefix] = pnpmCommand();
const pn = (...args) => run(pnpm, [...prefix, ...args]);

function must(status, what) {
  if (status !== 0) {
    console.error(`\nquickstart: ${what} failed (exit ${status})`);
    process.exit(status);
  }
}

must(pn('install', '--frozen-lockfile'), 'install');
must(pn('run', 'build'), 'build');

if (mode === 'demo') {
  process.exit(pn('run', 'demo'));
}

if (mode === 'test') {
  for (const step of ['typecheck', 'lint', 'scan:self', 'docs:check']) must(pn('run', step), step);
  const report = join(root, '.vitest-report.json');
  rmSync(report, { force: true });
  // In CI a missing Chromium must fail, not quietly drop the browser tests.
  const env = { ...process.env, ...(process.env.CI ? { LEAKWATCH_REQUIRE_BROWSER: '1' } : {}) };
  const status = run(pnpm, [...prefix, 'exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], { env });
  let passed = 0, failed = 0, skipped = 0;
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed = json.numPassedTests ?? 0;
    // A file that fails before any test runs (an import error) counts once; a file whose tests
    // failed is already counted through them.
    const brokenFiles = (json.testResults ?? []).filter(
      (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed'),
    ).length;
    failed = (json.numFailedTests ?? 0) + brokenFiles;
    skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
  } else {
    failed = 1;
  }
  // CI reads this plain line, not vitest's own summary.
  console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
  if (status !== 0 || failed > 0 || passed === 0) process.exit(status || 1);
  process.exit(0);
}

console.error(`quickstart: unknown mode ${mode} (use "demo" or "test")`);
process.exit(2);
