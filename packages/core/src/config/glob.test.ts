import { describe, expect, it } from 'vitest';
import { isScannedFile, isTestFile, matchesGlob } from './glob.js';
import { DEFAULT_CONFIG } from './schema.js';

describe('matchesGlob', () => {
  it('lets ** span zero or more directories', () => {
    expect(matchesGlob('src/a.test.ts', '**/*.test.*')).toBe(true);
    expect(matchesGlob('a.test.ts', '**/*.test.*')).toBe(true);
    expect(matchesGlob('src/deep/x/__tests__/a.ts', '**/__tests__/**')).toBe(true);
  });

  it('keeps * and ? inside one path segment', () => {
    expect(matchesGlob('src/a.ts', 'src/*.ts')).toBe(true);
    expect(matchesGlob('src/sub/a.ts', 'src/*.ts')).toBe(false);
    expect(matchesGlob('src/a1.ts', 'src/a?.ts')).toBe(true);
    expect(matchesGlob('src/a/b.ts', 'src/a?b.ts')).toBe(false);
  });

  it('expands braces and escapes regex characters', () => {
    expect(matchesGlob('src/a.tsx', '**/*.{ts,tsx}')).toBe(true);
    expect(matchesGlob('src/a.jsx', '**/*.{ts,tsx}')).toBe(false);
    expect(matchesGlob('src/aXts', 'src/a.ts')).toBe(false);
  });

  it('matches a slash-free glob against the file name at any depth, and accepts backslashes', () => {
    expect(matchesGlob('src/x/a.spec.ts', '*.spec.ts')).toBe(true);
    expect(matchesGlob('src\\x\\a.spec.ts', '**/*.spec.*')).toBe(true);
  });
});

describe('isTestFile and isScannedFile with the defaults', () => {
  it('recognises *.test.*, *.spec.* and __tests__/', () => {
    for (const path of ['src/user.test.ts', 'src/user.spec.js', 'src/__tests__/user.ts']) expect(isTestFile(DEFAULT_CONFIG, path)).toBe(true);
  });

  it('does not take names that merely contain test for tests', () => {
    for (const path of ['src/latest.ts', 'src/contest/entry.ts', 'src/testimonials.ts', 'src/tests-helper.ts']) {
      expect(isTestFile(DEFAULT_CONFIG, path)).toBe(false);
    }
  });

  it('scans sources but not node_modules, dist, declarations or tests', () => {
    expect(isScannedFile(DEFAULT_CONFIG, 'src/routes/user.ts')).toBe(true);
    expect(isScannedFile(DEFAULT_CONFIG, 'node_modules/pino/index.js')).toBe(false);
    expect(isScannedFile(DEFAULT_CONFIG, 'packages/api/dist/index.js')).toBe(false);
    expect(isScannedFile(DEFAULT_CONFIG, 'src/types.d.ts')).toBe(false);
    expect(isScannedFile(DEFAULT_CONFIG, 'src/user.test.ts')).toBe(false);
    expect(isScannedFile(DEFAULT_CONFIG, 'README.md')).toBe(false);
  });

  it('scans tests when testFiles is empty', () => {
    expect(isScannedFile({ ...DEFAULT_CONFIG, testFiles: [] }, 'src/user.test.ts')).toBe(true);
  });
});
