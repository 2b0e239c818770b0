import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderSarif } from '../reporters/sarif.js';
import { parseScanResult } from '../result/parse.js';
import type { ScanResult } from '../result/scan-result.js';
import { getShardOfFile } from '../result/shard.js';
import { SAMPLE_SOURCES, SENSITIVE_LITERALS, createSampleResult } from '../result/test-results.js';
import { expectNoSensitiveLiterals } from '../result/test-sensitive.js';
import { COMMANDS } from './help.js';
import { createFakeScan, createTempProject, runLeakwatch } from './test-cli.js';

const readJson = (file: string): ScanResult => parseScanResult(JSON.parse(readFileSync(file, 'utf8')), file);
const withoutDuration = (result: ScanResult): ScanResult => ({ ...result, stats: { ...result.stats, durationMs: 0 } });

describe('leakwatch CLI', () => {
  let root: string;
  let scan: ReturnType<typeof createFakeScan>;
  beforeEach(() => {
    root = createTempProject(SAMPLE_SOURCES);
    scan = createFakeScan(() => createSampleResult());
  });

  describe('usage', () => {
    it('prints help for itself and each subcommand, exit 0', async () => {
      const main = await runLeakwatch(['--help'], { cwd: root });
      expect(main.code).toBe(0);
      expect(main.stdout).toContain('Usage: leakwatch <command> [options]');
      for (const command of COMMANDS) {
        const run = await runLeakwatch([command, '--help'], { cwd: root, scan });
        expect(run.code).toBe(0);
        expect(run.stdout).toContain(`Usage: leakwatch ${command}`);
      }
      expect(scan.calls).toHaveLength(0);
    });

    it('exits 2 with a terse message for a missing or unknown command and unknown options', async () => {
      expect(await runLeakwatch([], { cwd: root })).toMatchObject({ code: 2, stdout: '' });
      expect(await runLeakwatch(['lint'], { cwd: root })).toEqual({ code: 2, stdout: '', stderr: 'leakwatch: unknown command "lint"; run `leakwatch --help`\n' });
      const unknown = await runLeakwatch(['scan', '--formt', 'json'], { cwd: root, scan });
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toBe("leakwatch: scan: Unknown option '--formt'; see `leakwatch scan --help`\n");
      const badFormat = await runLeakwatch(['scan', '--format', 'xml'], { cwd: root, scan });
      expect(badFormat).toMatchObject({ code: 2, stderr: 'leakwatch: --format: expected one of text, json, sarif, html, got "xml"\n' });
      expect((await runLeakwatch(['scan', '--shard', '3/2'], { cwd: root, scan })).stderr).toContain('--shard: expected i/n');
      expect((await runLeakwatch(['scan', 'nowhere'], { cwd: root, scan })).stderr).toBe('leakwatch: scan: path not found: nowhere\n');
      expect(scan.calls).toHaveLength(0);
    });

    it('reports an engine crash as an internal error, exit 2, without a stack unless asked', async () => {
      const crash = async (): Promise<ScanResult> => {
        throw new TypeError('boom');
      };
      const run = await runLeakwatch(['scan'], { cwd: root, scan: crash });
      expect(run).toEqual({ code: 2, stdout: '', stderr: 'leakwatch: internal error: boom (set LEAKWATCH_DEBUG=1 for the stack)\n' });
      const debug = await runLeakwatch(['scan'], { cwd: root, scan: crash, env: { LEAKWATCH_DEBUG: '1' } });
      expect(debug.stderr).toContain('TypeError: boom\n    at ');
    });
  });

  describe('scan', () => {
    it('prints the text report and exits 1 when findings reach --fail-on', async () => {
      const run = await runLeakwatch(['scan'], { cwd: root, scan });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('9 findings (5 high, 3 medium, 1 low) in 4 files.');
      expect(run.stderr).toBe('');
      expect(scan.calls[0]).toEqual({ root });
    });

    it('honours --fail-on: the threshold, not the count, decides', async () => {
      const lowOnly = createFakeScan(() => {
        const sample = createSampleResult();
        return createSampleResult({ findings: sample.findings.filter((finding) => finding.severity === 'low') });
      });
      expect((await runLeakwatch(['scan', '--fail-on', 'low'], { cwd: root, scan: lowOnly })).code).toBe(1);
      expect((await runLeakwatch(['scan', '--fail-on', 'medium'], { cwd: root, scan: lowOnly })).code).toBe(0);
      expect((await runLeakwatch(['scan', '--fail-on', 'high'], { cwd: root, scan })).code).toBe(1);
      expect((await runLeakwatch(['scan', '--fail-on', 'none'], { cwd: root, scan })).code).toBe(0);
      const clean = createFakeScan(() => createSampleResult({ findings: [] }));
      expect((await runLeakwatch(['scan'], { cwd: root, scan: clean })).code).toBe(0);
    });

    it('writes every format to --output, inferring the format from the extension', async () => {
      for (const [file, check] of [
        ['out/report.json', (text: string) => expect(JSON.parse(text)).toMatchObject({ schemaVersion: 1 })],
        ['out/report.sarif', (text: string) => expect(JSON.parse(text)).toMatchObject({ version: '2.1.0' })],
        ['out/report.html', (text: string) => expect(text).toMatch(/^<!doctype html>/)],
        ['out/report.txt', (text: string) => expect(text).toContain('src/auth/login.ts\n')],
      ] as const) {
        const run = await runLeakwatch(['scan', '--output', file], { cwd: root, scan });
        expect(run).toMatchObject({ code: 1, stdout: '' });
        expect(run.stderr).toBe(`leakwatch: 9 findings (5 high, 3 medium, 1 low) written to ${file}\n`);
        const text = readFileSync(join(root, file), 'utf8');
        check(text);
        expectNoSensitiveLiterals(text, SENSITIVE_LITERALS);
      }
    });

    it('puts redacted excerpts from the real files into the HTML report', async () => {
      const run = await runLeakwatch(['scan', '--format', 'html'], { cwd: root, scan });
      expect(run.stdout).toContain('<code>  if (account.locked) return res.status(423).json({ error: &#39;…&#39; });</code>');
      expectNoSensitiveLiterals(run.stdout, SENSITIVE_LITERALS);
    });

    it('uses colour on a TTY only, and never with NO_COLOR', async () => {
      expect((await runLeakwatch(['scan'], { cwd: root, scan, stdoutTty: true })).stdout).toContain('\u001b[31m');
      expect((await runLeakwatch(['scan'], { cwd: root, scan, stdoutTty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
      expect((await runLeakwatch(['scan'], { cwd: root, scan })).stdout).not.toContain('\u001b[');
    });

    it('shows progress on stderr only when it is a TTY', async () => {
      const tty = await runLeakwatch(['scan', '--format', 'json'], { cwd: root, scan, stderrTty: true });
      expect(tty.stderr).toContain('leakwatch: 0.3s · analyzing · files 3/7');
      expect(tty.stderr.endsWith('\r\u001b[2K')).toBe(true);
      expect(JSON.parse(tty.stdout)).toMatchObject({ schemaVersion: 1 });
      expect((await runLeakwatch(['scan', '--format', 'json'], { cwd: root, scan })).stderr).toBe('');
    });

    it("applies the config file's rule switches and severities, and stops with exit 2 on an invalid one", async () => {
      writeFileSync(join(root, 'leakwatch.config.json'), JSON.stringify({ rules: { 'no-sensitive-log': 'off', 'no-sensitive-third-party': 'low' } }));
      const run = await runLeakwatch(['scan', '--format', 'json', '--fail-on', 'medium'], { cwd: root, scan });
      const result = JSON.parse(run.stdout) as ScanResult;
      expect(result.findings.some((finding) => finding.ruleId === 'no-sensitive-log')).toBe(false);
      expect(result.findings.find((finding) => finding.ruleId === 'no-sensitive-third-party')?.severity).toBe('low');
      expect(run.code).toBe(1);
      writeFileSync(join(root, 'leakwatch.config.json'), JSON.stringify({ rules: { 'no-such-rule': 'off' } }));
      const bad = await runLeakwatch(['scan'], { cwd: root, scan });
      expect(bad).toMatchObject({ code: 2, stdout: '' });
      expect(bad.stderr).toMatch(/^leakwatch: leakwatch\.config\.json: rules\.no-such-rule: unknown key/);
      expect(scan.calls).toHaveLength(1);
    });

    it('applies suppression comments in the scanned files', async () => {
      const file = join(root, 'src/auth/login.ts');
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.splice(9, 0, '  // leakwatch-ignore-next-line no-account-oracle -- both branches answer 401 since #1234');
      writeFileSync(file, lines.join('\n'));
      // The fake engine still reports line 10; the comment now sits on line 10 above line 11.
      const shifted = createFakeScan(() => {
        const sample = createSampleResult();
        return createSampleResult({
          findings: sample.findings.map((finding) =>
            finding.ruleId === 'no-account-oracle' ? { ...finding, location: { ...finding.location, line: 11 } } : finding,
          ),
        });
      });
      const result = JSON.parse((await runLeakwatch(['scan', '--format', 'json'], { cwd: root, scan: shifted })).stdout) as ScanResult;
      expect(result.findings.some((finding) => finding.ruleId === 'no-account-oracle')).toBe(false);
      expect(result.stats.suppressed).toBe(1);
    });
  });

  describe('--changed-since', () => {
    const git = (cwd: string, ...args: string[]): void => {
      execFileSync('git', args, { cwd, env: { ...process.env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.com' } });
    };

    it('asks the engine for the changed files and their importers, and reports on those only', async () => {
      git(root, 'init', '-q', '-b', 'main');
      git(root, 'add', '.');
      git(root, 'commit', '-q', '-m', 'sample');
      writeFileSync(join(root, 'src/lib/audit.ts'), `${SAMPLE_SOURCES['src/lib/audit.ts']}\n// changed\n`);
      writeFileSync(join(root, 'src/auth/login.ts'), `${SAMPLE_SOURCES['src/auth/login.ts']}\n`);
      const run = await runLeakwatch(['scan', '--changed-since', 'main', '--format', 'json'], { cwd: root, scan });
      expect([...(scan.calls[0]?.onlyFiles ?? [])].sort()).toEqual(['src/auth/login.ts', 'src/lib/audit.ts']);
      // The program is built from the affected files (and what they import), not the whole tsconfig.
      expect([...(scan.calls[0]?.programRoots ?? [])].sort()).toEqual(['src/auth/login.ts', 'src/lib/audit.ts']);
      const result = JSON.parse(run.stdout) as ScanResult;
      expect(new Set(result.findings.map((finding) => finding.location.file))).toEqual(new Set(['src/auth/login.ts']));
      expect(result.routes.map((route) => route.file)).toEqual(['src/auth/login.ts']);
      expect(run.code).toBe(1);
    });

    it('does not run the engine at all when no source file changed', async () => {
      git(root, 'init', '-q', '-b', 'main');
      git(root, 'add', '.');
      git(root, 'commit', '-q', '-m', 'sample');
      writeFileSync(join(root, 'README.md'), '# docs only\n');
      const run = await runLeakwatch(['scan', '--changed-since', 'main'], { cwd: root, scan });
      expect(scan.calls).toHaveLength(0);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^No findings\.\n/);
    });
  });

  describe('baseline', () => {
    it('writes a baseline; a later scan with it fails only on new findings', async () => {
      const written = await runLeakwatch(['baseline', '--output', 'lw-baseline.json'], { cwd: root, scan });
      expect(written).toEqual({ code: 0, stdout: '', stderr: 'leakwatch: baseline of 9 findings written to lw-baseline.json\n' });
      const again = await runLeakwatch(['scan', '--baseline', 'lw-baseline.json', '--format', 'json'], { cwd: root, scan });
      expect(again.code).toBe(0);
      expect(JSON.parse(again.stdout)).toMatchObject({ findings: [], stats: { baselined: 9, findings: 0 } });

      const sample = createSampleResult();
      const newFinding = { ...sample.findings[0]!, fingerprint: 'feedfacefeedface' };
      const grown = createFakeScan(() => createSampleResult({ findings: [...sample.findings, newFinding] }));
      const next = await runLeakwatch(['scan', '--baseline', 'lw-baseline.json', '--format', 'json'], { cwd: root, scan: grown });
      expect(next.code).toBe(1);
      expect((JSON.parse(next.stdout) as ScanResult).findings.map((finding) => finding.fingerprint)).toEqual(['feedfacefeedface']);
    });

    it('builds a baseline from a saved result with --from, and rejects a missing baseline file', async () => {
      await runLeakwatch(['scan', '--output', 'saved.sarif'], { cwd: root, scan });
      expect((await runLeakwatch(['baseline', '--from', 'saved.sarif'], { cwd: root })).code).toBe(0);
      expect(JSON.parse(readFileSync(join(root, 'leakwatch-baseline.json'), 'utf8'))).toMatchObject({ baselineVersion: 1 });
      const missing = await runLeakwatch(['scan', '--baseline', 'nope.json'], { cwd: root, scan });
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/^leakwatch: .*nope\.json: cannot read the baseline \(ENOENT\)\n$/);
    });
  });

  describe('report', () => {
    it('re-renders a saved result in any format, byte for byte what scan would print', async () => {
      await runLeakwatch(['scan', '--output', 'saved.json'], { cwd: root, scan });
      for (const format of ['text', 'json', 'sarif', 'html']) {
        const direct = await runLeakwatch(['scan', '--format', format], { cwd: root, scan });
        const again = await runLeakwatch(['report', 'saved.json', '--format', format], { cwd: root });
        expect(again.code).toBe(1);
        expect(again.stdout).toBe(direct.stdout);
      }
      expect(scan.calls).toHaveLength(5);
    });

    it('explains a result of another schema version, exit 2', async () => {
      writeFileSync(join(root, 'old.json'), JSON.stringify({ schemaVersion: 0 }));
      const run = await runLeakwatch(['report', 'old.json'], { cwd: root });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/old\.json: has schema version 0; this leakwatch reads schema version 1/);
    });
  });

  describe('shard and merge', () => {
    it('asks the engine for the shard files only, and merging the shards equals one unsharded run', async () => {
      const whole = await runLeakwatch(['scan', '--format', 'json', '--output', 'whole.json'], { cwd: root, scan });
      expect(whole.code).toBe(1);
      const asked: string[] = [];
      for (const index of [1, 2, 3]) {
        const run = await runLeakwatch(['scan', '--shard', `${index}/3`, '--fail-on', 'none', '--output', `shard-${index}.${index === 2 ? 'sarif' : 'json'}`], {
          cwd: root,
          scan,
        });
        expect(run.code).toBe(0);
        const only = [...(scan.calls.at(-1)?.onlyFiles ?? [])];
        expect(only.every((file) => getShardOfFile(file, 3) === index)).toBe(true);
        // A shard does not hold its files' importers, so its program is not scoped.
        expect(scan.calls.at(-1)?.programRoots).toBeUndefined();
        asked.push(...only);
      }
      // Together the shards cover every source file exactly once.
      expect(asked.sort()).toEqual(Object.keys(SAMPLE_SOURCES).sort());
      const merged = await runLeakwatch(['merge', 'shard-1.json', 'shard-2.sarif', 'shard-3.json', '--output', 'merged.json'], { cwd: root });
      expect(merged.code).toBe(1);
      expect(withoutDuration(readJson(join(root, 'merged.json')))).toEqual(withoutDuration(readJson(join(root, 'whole.json'))));

      const sarif = await runLeakwatch(['merge', 'shard-1.json', 'shard-2.sarif', 'shard-3.json', '--format', 'sarif', '--fail-on', 'none'], { cwd: root });
      expect(sarif.code).toBe(0);
      const wholeResult = readJson(join(root, 'whole.json'));
      expect(sarif.stdout).toBe(renderSarif({ ...wholeResult, stats: { ...wholeResult.stats, durationMs: readJson(join(root, 'merged.json')).stats.durationMs } }));
    });

    it('refuses to merge an incomplete set of shards', async () => {
      await runLeakwatch(['scan', '--shard', '1/2', '--output', 's1.json'], { cwd: root, scan });
      const run = await runLeakwatch(['merge', 's1.json'], { cwd: root });
      expect(run).toMatchObject({ code: 2, stderr: 'leakwatch: merge: shard 2/2 missing\n' });
    });
  });

  describe('init', () => {
    it('writes a starter config and refuses to overwrite it without --force', async () => {
      const first = await runLeakwatch(['init'], { cwd: root });
      expect(first).toEqual({ code: 0, stdout: 'Wrote leakwatch.config.json. Run `leakwatch scan` next.\n', stderr: '' });
      writeFileSync(join(root, 'leakwatch.config.json'), '{"mine": true}');
      const second = await runLeakwatch(['init'], { cwd: root });
      expect(second).toMatchObject({ code: 2, stderr: 'leakwatch: init: leakwatch.config.json already exists; pass --force to overwrite it\n' });
      expect(readFileSync(join(root, 'leakwatch.config.json'), 'utf8')).toBe('{"mine": true}');
      expect((await runLeakwatch(['init', '--force'], { cwd: root })).code).toBe(0);
      expect(readFileSync(join(root, 'leakwatch.config.json'), 'utf8')).not.toBe('{"mine": true}');
    });
  });
});
