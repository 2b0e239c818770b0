import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ts } from 'ts-morph';
import type { ScanProgressEvent } from './scan.js';
import { scan } from './scan.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const temporary: string[] = [];

function makeTree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'leakwatch-scan-'));
  temporary.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

afterAll(() => {
  for (const root of temporary) rmSync(root, { recursive: true, force: true });
});

const TSCONFIG = JSON.stringify({ compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', noEmit: true }, include: ['src'] });

describe('scan: projects', () => {
  it('scans a folder without tsconfig with default options, JavaScript included, tests and dependencies left out', async () => {
    const root = makeTree({
      'src/app.js': "export function signIn(password) {\n  console.log('sign-in', password);\n}\n",
      'src/app.test.ts': "const password = 'fixture-example';\nconsole.log(password);\n",
      'node_modules/lib/index.js': 'export function leak(password) { console.log(password); }\n',
    });
    const result = await scan({ root });
    expect(result.findings.map((finding) => `${finding.location.file}:${finding.location.line} ${finding.ruleId} ${finding.category}`)).toEqual([
      'src/app.js:2 no-sensitive-log credential',
    ]);
    expect(result.stats.projects).toBe(1);
    expect(result.typescriptVersion).toBe(ts.version);
    expect(result.root).toBe(root);
  });

  it('scans each tsconfig of a monorepo and merges the results', async () => {
    const root = makeTree({
      'packages/a/tsconfig.json': TSCONFIG,
      'packages/a/src/a.ts': "export function a(email: string): void {\n  console.log(email);\n}\n",
      'packages/b/tsconfig.json': TSCONFIG,
      'packages/b/src/b.ts': "export function b(ssn: string): void {\n  console.warn(ssn);\n}\n",
    });
    const events: ScanProgressEvent[] = [];
    const result = await scan({ root, onProgress: (event) => events.push(event) });
    expect(result.stats.projects).toBe(2);
    expect(result.findings.map((finding) => `${finding.location.file} ${finding.category}`)).toEqual(['packages/a/src/a.ts contact', 'packages/b/src/b.ts government-id']);
    expect(events.filter((event) => event.phase === 'loading').map((event) => event.tsconfig)).toEqual(['packages/a/tsconfig.json', 'packages/b/tsconfig.json']);
    // Only the listed files report findings; the whole program is still analysed.
    const only = await scan({ root, onlyFiles: new Set(['packages/b/src/b.ts']) });
    expect(only.findings.map((finding) => finding.location.file)).toEqual(['packages/b/src/b.ts']);
  });
});

describe('scan: findings', () => {
  const source = [
    "import pino from 'pino';",
    'const logger = pino();',
    "const password = 'hunter2-example-literal';",
    'export function run(): void {',
    '  logger.info({ password }, "boot");',
    '}',
    '',
  ].join('\n');

  it('never carries the value, only the expression', async () => {
    const root = makeTree({ 'tsconfig.json': TSCONFIG, 'src/boot.ts': source });
    const result = await scan({ root });
    expect(result.findings).toHaveLength(1);
    const finding = result.findings[0];
    expect(finding?.message).toContain('credential');
    expect(finding?.message).toContain('logger.info');
    expect(JSON.stringify(result)).not.toContain('hunter2-example-literal');
    expect(finding?.trace.map((step) => step.kind)).toEqual(['source', 'assignment', 'sink']);
  });

  it('keeps fingerprints across line shifts and changes them with the sink', async () => {
    const root = makeTree({ 'tsconfig.json': TSCONFIG, 'src/boot.ts': source });
    const before = await scan({ root });
    writeFileSync(path.join(root, 'src/boot.ts'), `// a comment\n\n${source}`);
    const shifted = await scan({ root });
    expect(shifted.findings[0]?.location.line).toBe((before.findings[0]?.location.line ?? 0) + 2);
    expect(shifted.findings[0]?.fingerprint).toBe(before.findings[0]?.fingerprint);
    writeFileSync(path.join(root, 'src/boot.ts'), source.replace('logger.info', 'logger.warn'));
    const changed = await scan({ root });
    expect(changed.findings[0]?.fingerprint).not.toBe(before.findings[0]?.fingerprint);
  });

  it('traces a wrapper call through the wrapper into the sink (support-forum)', async () => {
    // The fixture is scanned in place: its installed Express types make `req.body` a LoginBody.
    const root = path.join(repoRoot, 'fixtures/support-forum');
    const result = await scan({ root, paths: ['src'], project: 'tsconfig.json' });
    const wrapped = result.findings.find((finding) => finding.location.file === 'src/routes/login.ts' && finding.location.line === 21);
    expect(wrapped?.trace.map((step) => `${step.kind} ${step.location.file}:${step.location.line}`)).toEqual([
      'source src/routes/login.ts:18',
      'argument src/routes/login.ts:21',
      'wrapper src/routes/login.ts:21',
      'sink src/audit.ts:11',
    ]);
    const routes = result.routes.map((route) => `${route.method} ${route.path} auth=${route.authenticated} owner=${route.ownerScoped}`);
    expect(routes).toContain('GET /me auth=true owner=true');
    expect(routes).toContain('GET /users/:id auth=true owner=false');
    expect(routes).toContain('POST /support/account-help auth=false owner=false');
  });

  it('gives the same findings for any split of the files as one full scan (shards)', async () => {
    const root = path.join(repoRoot, 'fixtures/support-forum');
    const full = await scan({ root });
    const files = [...new Set(full.findings.map((finding) => finding.location.file))].sort();
    const first = new Set(files.filter((_file, index) => index % 2 === 0));
    const second = new Set(files.filter((_file, index) => index % 2 === 1));
    const parts = await Promise.all([scan({ root, onlyFiles: first }), scan({ root, onlyFiles: second })]);
    const merged = parts.flatMap((part) => part.findings).map((finding) => `${finding.fingerprint} ${finding.location.file}:${finding.location.line}`);
    expect(merged.sort()).toEqual(full.findings.map((finding) => `${finding.fingerprint} ${finding.location.file}:${finding.location.line}`).sort());
    expect(parts.every((part) => part.findings.length > 0)).toBe(true);
  });
});
