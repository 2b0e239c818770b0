// End to end: the CLI with the real engine on the support-forum incident fixture.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { containsSensitiveValue } from '@leakwatch/core';
import { ts } from 'ts-morph';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseScanResult } from '../result/parse.js';
import type { ScanResult } from '../result/scan-result.js';
import { expectNoSensitiveLiterals } from '../result/test-sensitive.js';
import { scanWithEngine } from './engine.js';
import { runLeakwatch } from './test-cli.js';

const repoRoot = join(import.meta.dirname, '..', '..', '..', '..');
const fixture = join(repoRoot, 'fixtures', 'support-forum');
const bin = join(repoRoot, 'packages', 'analyzer', 'dist', 'cli', 'main.js');
const require = createRequire(import.meta.url);
const Ajv4 = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
const sarifSchema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
const resultSchema = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'result', 'scan-result.schema.json'), 'utf8')) as object;
const validateSarif = new Ajv4({ strict: false, unicodeRegExp: false }).compile(sarifSchema);
const validateResult = new Ajv2020({ strict: true }).compile(resultSchema);

const readResult = (file: string): ScanResult => parseScanResult(JSON.parse(readFileSync(file, 'utf8')), file);
const withoutDuration = (result: ScanResult): ScanResult => ({ ...result, stats: { ...result.stats, durationMs: 0 } });
const keyOf = (result: ScanResult): string[] => result.findings.map((f) => `${f.location.file}:${f.location.line} ${f.ruleId} ${f.category}`);

/** A writable copy of the fixture (sources only; node_modules linked), so tests can edit files. */
function copyFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'leakwatch-e2e-'));
  cpSync(join(fixture, 'src'), join(dir, 'src'), { recursive: true });
  cpSync(join(fixture, 'tsconfig.json'), join(dir, 'tsconfig.json'));
  cpSync(join(fixture, 'package.json'), join(dir, 'package.json'));
  if (existsSync(join(fixture, 'node_modules'))) symlinkSync(realpathSync(join(fixture, 'node_modules')), join(dir, 'node_modules'));
  return dir;
}

describe('leakwatch scan on fixtures/support-forum (real engine)', () => {
  let work: string;
  let whole: ScanResult;
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'leakwatch-e2e-out-'));
    const run = await runLeakwatch(['scan', fixture, '--output', join(work, 'whole.json')], { cwd: repoRoot, scan: scanWithEngine });
    expect(run.code).toBe(1);
    whole = readResult(join(work, 'whole.json'));
  });

  it('writes a schema-valid result with root-relative paths, and exits 1 on findings', () => {
    expect(validateResult(JSON.parse(readFileSync(join(work, 'whole.json'), 'utf8'))), JSON.stringify(validateResult.errors)).toBe(true);
    expect(whole.root).toBe(fixture);
    expect(whole.findings.length).toBeGreaterThan(0);
    expect(whole.findings.every((finding) => finding.location.file.startsWith('src/'))).toBe(true);
    expect(whole.typescriptVersion).toBe('6.0.2');
  });

  it('re-renders the saved result as SARIF that the official schema accepts, and as JSON unchanged', async () => {
    const sarif = await runLeakwatch(['report', join(work, 'whole.json'), '--format', 'sarif', '--fail-on', 'none'], { cwd: repoRoot });
    expect(sarif.code).toBe(0);
    expect(validateSarif(JSON.parse(sarif.stdout)), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
    const json = await runLeakwatch(['report', join(work, 'whole.json'), '--format', 'json'], { cwd: repoRoot });
    expect(json.code).toBe(1);
    expect(json.stdout).toBe(readFileSync(join(work, 'whole.json'), 'utf8'));
    const html = await runLeakwatch(['report', join(work, 'whole.json'), '--format', 'html'], { cwd: repoRoot });
    expect(html.stdout).toContain('<table id="inventory"');
    expect(html.stdout).toContain('<tr class="at">');
  });

  it('prints no sensitive literal of the fixture in any format', async () => {
    // Every string literal in the fixture that core's value detectors flag, plus the plaintext
    // passwords the fixture hashes at start-up.
    const literals = new Set<string>();
    const visit = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) visit(path);
        else if (entry.name.endsWith('.ts')) {
          const walk = (node: ts.Node): void => {
            if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
              if (node.text.length >= 6 && (containsSensitiveValue(node.text) || /password/i.test(node.text))) literals.add(node.text);
            }
            ts.forEachChild(node, walk);
          };
          walk(ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true));
        }
      }
    };
    visit(join(fixture, 'src'));
    expect(literals.size).toBeGreaterThanOrEqual(4);
    for (const format of ['text', 'json', 'sarif', 'html']) {
      const run = await runLeakwatch(['report', join(work, 'whole.json'), '--format', format], { cwd: repoRoot });
      expectNoSensitiveLiterals(run.stdout, [...literals]);
    }
  });

  it('with a baseline of today, a re-check passes; --fail-on high still sees high findings without one', async () => {
    expect((await runLeakwatch(['baseline', '--from', join(work, 'whole.json'), '--output', join(work, 'baseline.json')], { cwd: repoRoot })).code).toBe(0);
    const gated = await runLeakwatch(['report', join(work, 'whole.json'), '--baseline', join(work, 'baseline.json'), '--format', 'json'], { cwd: repoRoot });
    expect(gated.code).toBe(0);
    expect(JSON.parse(gated.stdout)).toMatchObject({ findings: [], stats: { baselined: whole.findings.length } });
    const high = whole.findings.some((finding) => finding.severity === 'high');
    expect((await runLeakwatch(['report', join(work, 'whole.json'), '--fail-on', 'high'], { cwd: repoRoot })).code).toBe(high ? 1 : 0);
  });

  it('two shards merged equal the unsharded run', async () => {
    for (const index of [1, 2]) {
      const run = await runLeakwatch(['scan', fixture, '--shard', `${index}/2`, '--fail-on', 'none', '--output', join(work, `shard-${index}.sarif`)], {
        cwd: repoRoot,
        scan: scanWithEngine,
      });
      expect(run.code).toBe(0);
    }
    const shards = [1, 2].map((index) => readFileSync(join(work, `shard-${index}.sarif`), 'utf8'));
    expect(shards.every((text) => (JSON.parse(text) as { runs: { results: unknown[] }[] }).runs[0]!.results.length < whole.findings.length)).toBe(true);
    const merged = await runLeakwatch(['merge', join(work, 'shard-1.sarif'), join(work, 'shard-2.sarif'), '--format', 'json'], { cwd: repoRoot });
    expect(merged.code).toBe(1);
    const result = parseScanResult(JSON.parse(merged.stdout), 'merged');
    // The engine counts functions it summarised, callees in other shards included, so a shard's
    // count is neither a part nor the whole; everything else must be exactly the unsharded run.
    expect(result.stats.functions).toBeLessThanOrEqual(whole.stats.functions);
    const comparable = (each: ScanResult): ScanResult => ({ ...withoutDuration(each), stats: { ...withoutDuration(each).stats, functions: 0 } });
    expect(comparable(result)).toEqual(comparable(whole));
  });

  it('applies suppressions: a reasoned one hides its finding, a stale one is reported', async () => {
    const dir = copyFixture();
    const [target] = whole.findings;
    const file = join(dir, target!.location.file);
    const lines = readFileSync(file, 'utf8').split('\n');
    const indent = /^\s*/.exec(lines[target!.location.line - 1] ?? '')?.[0] ?? '';
    lines.splice(target!.location.line - 1, 0, `${indent}// leakwatch-ignore-next-line ${target!.ruleId} -- accepted for the e2e test`);
    lines.unshift('// leakwatch-ignore-next-line no-sensitive-log -- nothing to suppress here');
    writeFileSync(file, lines.join('\n'));
    const run = await runLeakwatch(['scan', dir, '--format', 'json', '--fail-on', 'none'], { cwd: repoRoot, scan: scanWithEngine });
    const result = JSON.parse(run.stdout) as ScanResult;
    const sameRule = whole.findings.filter((f) => f.location.file === target!.location.file && f.location.line === target!.location.line && f.ruleId === target!.ruleId);
    expect(result.stats.suppressed).toBe(sameRule.length);
    expect(result.findings).toHaveLength(whole.findings.length - sameRule.length);
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ code: 'unused-suppression', file: target!.location.file, line: 1 }));
  });

  it('--changed-since reports on the changed file and its importers only', async () => {
    const dir = copyFixture();
    const git = (...args: string[]): void => {
      execFileSync('git', args, { cwd: dir, env: { ...process.env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.com' } });
    };
    git('init', '-q', '-b', 'main');
    writeFileSync(join(dir, '.gitignore'), 'node_modules\n');
    git('add', '.');
    git('commit', '-q', '-m', 'fixture');
    writeFileSync(join(dir, 'src/hints.ts'), `${readFileSync(join(dir, 'src/hints.ts'), 'utf8')}\n// touched\n`);
    const run = await runLeakwatch(['scan', dir, '--changed-since', 'main', '--format', 'json', '--fail-on', 'none'], { cwd: repoRoot, scan: scanWithEngine });
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    const files = new Set(result.findings.map((finding) => finding.location.file));
    // hints.ts is imported by the account-help route; login and users do not import it.
    expect(keyOf(result)).toEqual(keyOf(whole).filter((key) => key.startsWith('src/routes/account-help.ts:')));
    expect(files.has('src/routes/login.ts')).toBe(false);
  });
});

describe('the leakwatch bin (built)', () => {
  it('runs as a process: help, version, config errors and a scan, with the documented exit codes', () => {
    expect(existsSync(bin), 'run `pnpm build` first').toBe(true);
    const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, encoding: 'utf8' });
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(run('--help')).toMatchObject({ status: 0, stdout: expect.stringContaining('Usage: leakwatch <command>') });
    expect(run('--version').stdout).toMatch(/^\d+\.\d+\.\d+/);
    const dir = mkdtempSync(join(tmpdir(), 'leakwatch-bin-'));
    writeFileSync(join(dir, 'leakwatch.config.json'), JSON.stringify({ nmes: {} }));
    const bad = run('scan', fixture, '--config', join(dir, 'leakwatch.config.json'));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^leakwatch: .*leakwatch\.config\.json: nmes: unknown key \(did you mean "names"\?\)\n$/);
    const scan = run('scan', fixture, '--format', 'sarif');
    expect(scan.status).toBe(1);
    expect(validateSarif(JSON.parse(scan.stdout))).toBe(true);
    expect(scan.stderr).toBe('');
  });
});

describe('leakwatch scan with a config file (real engine)', () => {
  it('hands the whole config to the engine: a custom logger named there becomes a log sink', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'leakwatch-config-'));
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, module: 'nodenext', target: 'es2022', noEmit: true }, include: ['src'] }),
    );
    mkdirSync(join(dir, 'src'));
    writeFileSync(
      join(dir, 'src', 'login.ts'),
      [
        'declare const journal: { info(...args: unknown[]): void };',
        'export function login(body: { handle: string; password: string }): void {',
        '  journal.info(body.password);',
        '}',
        '',
      ].join('\n'),
    );
    const before = await runLeakwatch(['scan', dir, '--output', join(dir, 'before.json')], { cwd: dir, scan: scanWithEngine });
    expect(before.code).toBe(0);
    writeFileSync(join(dir, 'leakwatch.config.json'), JSON.stringify({ loggers: ['journal'] }));
    const after = await runLeakwatch(['scan', dir, '--output', join(dir, 'after.json')], { cwd: dir, scan: scanWithEngine });
    expect(after.code).toBe(1);
    expect(keyOf(readResult(join(dir, 'after.json')))).toEqual(['src/login.ts:3 no-sensitive-log credential']);
  });
});

describe('leakwatch scan --changed-since when a change scopes other modules (real engine)', () => {
  const git = (dir: string, ...args: string[]): void => {
    execFileSync('git', args, { cwd: dir, env: { ...process.env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.com' } });
  };
  const commitCopyOf = (name: string): string => {
    const dir = mkdtempSync(join(tmpdir(), 'leakwatch-scope-'));
    cpSync(join(repoRoot, 'fixtures', name), dir, { recursive: true });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'fixture');
    return dir;
  };
  const scanJson = async (dir: string, ...extra: string[]): Promise<ScanResult> => {
    const run = await runLeakwatch(['scan', dir, '--format', 'json', '--fail-on', 'none', ...extra], { cwd: repoRoot, scan: scanWithEngine });
    expect(run.code).toBe(0);
    return JSON.parse(run.stdout) as ScanResult;
  };

  it('removing an auth middleware from a mount reports the routers it mounts, as a full scan does', async () => {
    const dir = commitCopyOf('analyzer-express');
    const app = join(dir, 'src', 'app.ts');
    writeFileSync(app, readFileSync(app, 'utf8').replace("app.use('/users', requireAuth, usersRouter);", "app.use('/users', usersRouter);"));
    const full = await scanJson(dir);
    const before = await scanJson(commitCopyOf('analyzer-express'));
    const added = keyOf(full).filter((key) => !keyOf(before).includes(key));
    expect(added.length).toBeGreaterThan(0);
    const changed = await scanJson(dir, '--changed-since', 'main');
    for (const key of added) expect(keyOf(changed)).toContain(key);
  });

  it('a changed leakwatch config scans the whole project', async () => {
    const dir = commitCopyOf('analyzer-express');
    writeFileSync(join(dir, 'leakwatch.config.json'), JSON.stringify({ ignoreNames: ['nothingMatchesThis'] }));
    const changed = await scanJson(dir, '--changed-since', 'main');
    expect(keyOf(changed)).toEqual(keyOf(await scanJson(dir)));
    expect(changed.findings.length).toBeGreaterThan(0);
  });
});
