import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from './result/scan-result.js';
import { scan } from './scan.js';

const corpus = path.join(path.dirname(fileURLToPath(import.meta.url)), '__fixtures__', 'broken');

// The committed corpus (syntax error, circular imports, a tsconfig whose `extends` is missing)
// is copied to a temporary folder, where the inputs that are awkward to commit are made:
// binary and non-UTF-8 sources, a 5 MB generated file and two kinds of symlink loop.
let root: string;
let result: ScanResult;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'leakwatch-broken-'));
  cpSync(corpus, root, { recursive: true });
  const src = path.join(root, 'src');
  writeFileSync(path.join(src, 'logo.ts'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a, 0x00, 0xff]));
  writeFileSync(path.join(src, 'latin1.ts'), Buffer.concat([Buffer.from('export const caf'), Buffer.from([0xe9]), Buffer.from(" = 'x';\n")]));
  const line = "export const generatedValue0000000 = 'lorem ipsum dolor sit amet, consectetur adipiscing';\n";
  writeFileSync(path.join(src, 'generated.ts'), line.repeat(Math.ceil((5 * 1024 * 1024) / line.length)));
  mkdirSync(path.join(src, 'nested'));
  symlinkSync(src, path.join(src, 'nested', 'back-to-src'), 'dir');
  symlinkSync(path.join(src, 'self-loop'), path.join(src, 'self-loop'));
  result = await scan({ root });
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('robustness: broken inputs never crash a scan', () => {
  it('reports each broken input as a diagnostic with its file', () => {
    const byCode = (code: string): string[] => result.diagnostics.filter((diagnostic) => diagnostic.code === code).map((diagnostic) => diagnostic.file ?? '');
    expect(byCode('parse-error')).toEqual(['src/syntax-error.ts']);
    expect(byCode('binary-file')).toEqual(['src/logo.ts']);
    expect(byCode('not-utf8')).toEqual(['src/latin1.ts']);
    expect(byCode('file-too-large')).toEqual(['src/generated.ts']);
    expect(byCode('tsconfig-error')).toEqual(['tsconfig.json']);
    expect(byCode('symlink-loop').sort()).toEqual(['src/nested/back-to-src', 'src/self-loop']);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.code === 'internal-error')).toEqual([]);
  });

  it('locates the parse error and names no value', () => {
    const parse = result.diagnostics.find((diagnostic) => diagnostic.code === 'parse-error');
    expect(parse?.line).toBe(2);
  });

  it('goes on scanning the rest, circular imports included', () => {
    expect(result.findings.map((finding) => `${finding.location.file}:${finding.location.line} ${finding.category}`)).toEqual(['src/still-scanned.ts:5 credential']);
    expect(result.stats.files).toBe(3);
  });
});
