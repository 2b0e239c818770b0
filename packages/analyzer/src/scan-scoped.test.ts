import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listSourceFiles } from './cli/source-files.js';
import { buildImportGraph, findAffectedFiles } from './git/import-graph.js';
import type { ScanResult } from './result/scan-result.js';
import { scan } from './scan.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const fixturesDir = path.join(repoRoot, 'fixtures');

// Every fixture app the analyzer is held to (routes, wrappers, NestJS modules, GraphQL, tRPC).
const apps = existsSync(fixturesDir)
  ? readdirSync(fixturesDir)
      .filter((name) => name.startsWith('analyzer-') || name.startsWith('support-forum'))
      .filter((name) => existsSync(path.join(fixturesDir, name, 'tsconfig.json')))
      .sort()
  : [];

/** What a reported file shows: findings (traces, messages, fingerprints included) and routes. */
function restrict(result: ScanResult, files: ReadonlySet<string>): unknown {
  return {
    findings: result.findings.filter((finding) => files.has(finding.location.file)),
    routes: result.routes.filter((route) => files.has(route.file)),
  };
}

describe('scoped scans (--changed-since): a program built from the affected files and their imports', () => {
  it('covers the fixture apps', () => {
    expect(apps).toEqual(expect.arrayContaining(['analyzer-express', 'analyzer-nestjs', 'support-forum']));
  });

  for (const app of apps) {
    it(`${app}: for each changed file, the affected files get exactly the findings of a full scan`, async () => {
      const root = path.join(fixturesDir, app);
      const full = await scan({ root });
      const files = listSourceFiles(root);
      const graph = buildImportGraph(root, files);
      const seen = new Set<string>();
      let compared = 0;
      for (const changed of files) {
        const affected = findAffectedFiles([changed], graph);
        const key = [...affected].sort().join('\n');
        if (seen.has(key)) continue;
        seen.add(key);
        const scoped = await scan({ root, onlyFiles: affected, programRoots: affected });
        expect({ changed, ...(restrict(scoped, affected) as object) }).toEqual({ changed, ...(restrict(full, affected) as object) });
        compared++;
      }
      expect(compared).toBeGreaterThan(0);
    });
  }
});

describe('scoped scans: what the program holds', () => {
  let root: string;
  const sources: Record<string, string> = {
    'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'nodenext', strict: true }, include: ['src'] }),
    'src/audit.ts': 'export function audit(event: string, fields: unknown): void {\n  console.log(event, fields);\n}\n',
    'src/login.ts': "import { audit } from './audit.js';\nexport function login(password: string): void {\n  audit('login', { password });\n}\n",
    'src/unrelated.ts': 'export function logToken(token: string): void {\n  console.log(token);\n}\n',
    // Binary content: refused with a diagnostic, but only when the program holds it.
    'src/blob.ts': 'export const blob = 1;\u0000\n',
    'src/uses-blob.ts': "import './blob.js';\nexport const ready = true;\n",
    // Nothing imports this file, yet its global type gives use-global.ts its finding.
    'src/globals.ts': 'export {};\ndeclare global {\n  interface Customer { id: string; email: string }\n}\n',
    'src/use-global.ts': 'export function logCustomer(customer: Customer): void {\n  console.log(customer);\n}\n',
  };
  let full: ScanResult;
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'leakwatch-scoped-'));
    for (const [file, text] of Object.entries(sources)) {
      mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
    full = await scan({ root });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const scanScoped = (...files: string[]): Promise<ScanResult> => scan({ root, onlyFiles: new Set(files), programRoots: new Set(files) });
  const describeFindings = (result: ScanResult, file: string): unknown[] =>
    result.findings.filter((finding) => finding.location.file === file).map((finding) => [finding.location.line, finding.category, finding.trace.at(-1)?.location.file]);
  const refusedFiles = (result: ScanResult): unknown[] => result.diagnostics.filter((diagnostic) => diagnostic.code === 'binary-file').map((diagnostic) => diagnostic.file);

  it('follows a wrapper into the file the root imports, and loads nothing else', async () => {
    const scoped = await scanScoped('src/login.ts');
    expect(describeFindings(scoped, 'src/login.ts')).toEqual([[3, 'credential', 'src/audit.ts']]);
    expect(scoped.findings).toEqual(full.findings.filter((finding) => finding.location.file === 'src/login.ts'));
    // The full scan reads (and refuses) the binary file; the scoped program never reaches it.
    expect(refusedFiles(full)).toEqual(['src/blob.ts']);
    expect(refusedFiles(scoped)).toEqual([]);
  });

  it('screens an imported file the first time the program reaches it', async () => {
    expect(refusedFiles(await scanScoped('src/uses-blob.ts'))).toEqual(['src/blob.ts']);
  });

  it('keeps files with global declarations that nothing imports', async () => {
    const scoped = await scanScoped('src/use-global.ts');
    expect(describeFindings(scoped, 'src/use-global.ts')).toEqual([[2, 'contact', 'src/use-global.ts']]);
    expect(scoped.findings).toEqual(full.findings.filter((finding) => finding.location.file === 'src/use-global.ts'));
  });
});
