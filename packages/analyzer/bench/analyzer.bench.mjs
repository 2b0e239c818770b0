#!/usr/bin/env node
// Analyzer benchmark (`pnpm bench analyzer`): for synthetic backends of 25k, 50k and 100k lines,
// the analyzer's wall time and peak memory next to `tsc --noEmit` on the same project (the floor
// for a type-aware analyzer), as ratios; then `--changed-since` on one changed file of the
// largest project with a warm cache. Needs a build (`pnpm build`). Projects go to bench-out/.
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateBackend } from './generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..', '..');
const cli = join(here, '..', 'dist', 'cli', 'main.js');
const measure = join(here, 'measure.mjs');
// The same TypeScript the analyzer runs on (ts-morph bundles 6.0.2; the workspace pins 6.0.2).
const tsc = createRequire(join(repoRoot, 'package.json')).resolve('typescript/lib/tsc.js');
const sizes = (process.env.LEAKWATCH_BENCH_SIZES ?? '25000,50000,100000').split(',').map(Number);
const out = join(repoRoot, 'bench-out', 'analyzer');

if (!existsSync(cli)) {
  console.error(`analyzer bench: ${cli} is missing; run \`pnpm build\` first`);
  process.exit(1);
}

function run(script, args, cwd) {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [measure, script, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const marker = /__leakwatch_bench__ (\{.*\})/.exec(child.stderr ?? '');
  if (!marker) throw new Error(`no measurement from ${script} ${args.join(' ')} (exit ${child.status}):\n${child.stderr}`);
  return { ms, rssMb: JSON.parse(marker[1]).maxRssKb / 1024, status: child.status, stdout: child.stdout, stderr: child.stderr };
}

const fmt = (n, digits = 0) => n.toFixed(digits).padStart(8);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
// The machines are shared: tsc and leakwatch alternate, round after round, so load hits both
// alike; each figure is the median of the rounds, and the per-round time ratios give the range.
const rounds = Number(process.env.LEAKWATCH_BENCH_ROUNDS ?? 3);
const rows = [];
console.log(`medians of ${rounds} alternating rounds (LEAKWATCH_BENCH_ROUNDS)`);
console.log('lines     files | tsc s   tsc MB | leakwatch s  MB | time×  mem× | time× per round | findings');
for (const lines of sizes) {
  const dir = join(out, `backend-${lines}`);
  const generated = generateBackend(dir, { lines });
  const typechecks = [];
  const scans = [];
  for (let round = 0; round < rounds; round++) {
    const typecheck = run(tsc, ['--noEmit', '-p', dir], dir);
    if (typecheck.status !== 0) throw new Error(`tsc failed on the generated project:\n${typecheck.stdout}`);
    const scan = run(cli, ['scan', dir, '--format', 'json', '--output', join(out, `result-${lines}.json`), '--fail-on', 'none'], repoRoot);
    if (scan.status !== 0) throw new Error(`leakwatch scan failed (exit ${scan.status}):\n${scan.stderr}`);
    typechecks.push(typecheck);
    scans.push(scan);
  }
  const findings = /(\d+) findings?/.exec(scans[0].stderr)?.[1] ?? '?';
  const typecheck = { ms: median(typechecks.map((item) => item.ms)), rssMb: median(typechecks.map((item) => item.rssMb)) };
  const scan = { ms: median(scans.map((item) => item.ms)), rssMb: median(scans.map((item) => item.rssMb)) };
  const perRound = scans.map((item, index) => item.ms / typechecks[index].ms).sort((a, b) => a - b);
  const row = { lines: generated.lines, files: generated.files, tsc: typecheck, scan, findings };
  rows.push(row);
  console.log(
    `${String(row.lines).padEnd(9)} ${String(row.files).padStart(5)} |${fmt(typecheck.ms / 1000, 1)} ${fmt(typecheck.rssMb)} |${fmt(scan.ms / 1000, 1)}    ${fmt(scan.rssMb)} | ${(scan.ms / typecheck.ms).toFixed(2)}  ${(scan.rssMb / typecheck.rssMb).toFixed(2)} | ${perRound[0].toFixed(2)}–${perRound.at(-1).toFixed(2)}       | ${findings}`,
  );
}
if (rows.length > 1) {
  const first = rows[0];
  const last = rows.at(-1);
  const growth = (last.scan.ms / first.scan.ms) / (last.lines / first.lines);
  console.log(`growth ${first.lines} → ${last.lines} lines: time ×${(last.scan.ms / first.scan.ms).toFixed(2)} for ×${(last.lines / first.lines).toFixed(2)} lines (${growth.toFixed(2)} of linear)`);
}

// --changed-since on the largest project: commit it, warm the cache, change one repository, then
// time the scoped scan with the warm cache and without a cache (cold), and check that its findings
// equal the full scan's for the affected files; then a full scan with the per-file cache.
const largest = rows.at(-1);
if (largest) {
  const dir = join(out, `backend-${sizes.at(-1)}`);
  const cache = join(dir, '.leakwatch-cache');
  rmSync(cache, { recursive: true, force: true });
  rmSync(join(dir, '.git'), { recursive: true, force: true });
  const git = (...args) =>
    execFileSync('git', args, {
      cwd: dir,
      env: { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.com', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.com' },
    });
  writeFileSync(join(dir, '.gitignore'), '.leakwatch-cache/\n');
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'generated');
  const warm = run(cli, ['scan', dir, '--cache', cache, '--format', 'json', '--output', join(out, 'warm.json'), '--fail-on', 'none'], repoRoot);
  if (warm.status !== 0) throw new Error(`cache-warming scan failed:\n${warm.stderr}`);
  const { listSourceFiles } = await import(join(here, '..', 'dist', 'cli', 'source-files.js'));
  const { getChangedFiles } = await import(join(here, '..', 'dist', 'git', 'changed-files.js'));
  const { buildImportGraph, findAffectedFiles } = await import(join(here, '..', 'dist', 'git', 'import-graph.js'));
  const full = JSON.parse(readFileSync(join(out, 'warm.json'), 'utf8'));
  const changedSince = (label, extra) => {
    const result = run(cli, ['scan', dir, '--changed-since', 'HEAD', ...extra, '--format', 'json', '--output', join(out, 'changed.json'), '--fail-on', 'none'], repoRoot);
    if (result.status !== 0) throw new Error(`--changed-since scan failed:\n${result.stderr}`);
    console.log(`  ${label}: ${(result.ms / 1000).toFixed(1)} s, ${result.rssMb.toFixed(0)} MB`);
    return result;
  };
  const checkAgainstFull = async (what) => {
    const files = listSourceFiles(dir);
    const affected = findAffectedFiles(await getChangedFiles(dir, 'HEAD'), buildImportGraph(dir, files));
    const key = (finding) => `${finding.location.file}:${finding.location.line}:${finding.ruleId}:${finding.category}:${finding.fingerprint}`;
    const expected = full.findings.filter((finding) => affected.has(finding.location.file)).map(key).sort();
    const actual = JSON.parse(readFileSync(join(out, 'changed.json'), 'utf8')).findings.map(key).sort();
    if (JSON.stringify(actual) !== JSON.stringify(expected)) throw new Error(`${what}: --changed-since findings differ from the full scan's:\n${actual.join('\n')}\n---\n${expected.join('\n')}`);
    console.log(`  ${what}: ${actual.length} findings in ${affected.size} affected files, identical to the full scan's`);
  };
  appendFileSync(join(dir, 'src', 'repositories', 'order-1.repository.ts'), '\nexport const touched = true;\n');
  console.log(`--changed-since HEAD, 1 changed file of ${largest.lines} lines (cache-warming full scan: ${(warm.ms / 1000).toFixed(1)} s; target < 5 s)`);
  changedSince('warm cache', ['--cache', cache]);
  changedSince('cold (no cache)', []);
  await checkAgainstFull('order-1 repository changed');
  // A repository whose handler has findings: the scoped scan must report them as the full scan did.
  appendFileSync(join(dir, 'src', 'repositories', 'coupon-11.repository.ts'), '\nexport const touched = true;\n');
  changedSince('warm cache, 2 changed files', ['--cache', cache]);
  await checkAgainstFull('order-1 and coupon-11 repositories changed');
  // A full scan with the per-file cache after those two changes: only what they reach is analysed
  // again; its result must equal a full scan's without cache (findings, fingerprints, routes).
  const incremental = run(cli, ['scan', dir, '--cache', cache, '--format', 'json', '--output', join(out, 'incremental.json'), '--fail-on', 'none'], repoRoot);
  if (incremental.status !== 0) throw new Error(`incremental scan failed:\n${incremental.stderr}`);
  const fresh = run(cli, ['scan', dir, '--format', 'json', '--output', join(out, 'fresh.json'), '--fail-on', 'none'], repoRoot);
  if (fresh.status !== 0) throw new Error(`full scan failed:\n${fresh.stderr}`);
  const comparable = (file) => {
    const result = JSON.parse(readFileSync(join(out, file), 'utf8'));
    return JSON.stringify({ findings: result.findings, routes: result.routes, diagnostics: result.diagnostics, files: result.stats.files, lines: result.stats.linesOfCode });
  };
  if (comparable('incremental.json') !== comparable('fresh.json')) throw new Error('the full scan with the per-file cache differs from a full scan without cache');
  console.log(`full scan after the 2 changes: with the per-file cache ${(incremental.ms / 1000).toFixed(1)} s, ${incremental.rssMb.toFixed(0)} MB; without cache ${(fresh.ms / 1000).toFixed(1)} s, ${fresh.rssMb.toFixed(0)} MB (×${(incremental.ms / fresh.ms).toFixed(2)}); results identical`);
  // The CLI's own share of --changed-since: walk, git, import graph, importers.
  const started = performance.now();
  const files = listSourceFiles(dir);
  const affected = findAffectedFiles(await getChangedFiles(dir, 'HEAD'), buildImportGraph(dir, files));
  console.log(`  of which changed files + importers (${affected.size} of ${files.length} files): ${((performance.now() - started) / 1000).toFixed(2)} s`);
}
