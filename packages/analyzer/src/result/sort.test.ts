import { describe, expect, it } from 'vitest';
import { sortScanResult } from './sort.js';
import { createSampleResult } from './test-results.js';

describe('sortScanResult', () => {
  const result = createSampleResult();

  it('gives the same order whatever the input order', () => {
    const shuffled = { ...result, findings: [...result.findings].reverse(), routes: [...result.routes].reverse(), diagnostics: [...result.diagnostics].reverse() };
    expect(sortScanResult(shuffled)).toEqual(sortScanResult(result));
  });

  it('orders findings by file, line, column, rule, then category', () => {
    const keys = sortScanResult(result).findings.map((f) => `${f.location.file}:${f.location.line}:${f.location.column} ${f.ruleId} ${f.category}`);
    expect(keys.slice(0, 4)).toEqual([
      'src/auth/login.ts:7:3 no-sensitive-log contact',
      'src/auth/login.ts:7:3 no-sensitive-log credential',
      'src/auth/login.ts:10:22 no-account-oracle account-status',
      'src/auth/login.ts:11:3 no-sensitive-log credential',
    ]);
  });

  it('compares code units, not the locale: upper-case paths sort before lower-case ones', () => {
    const upper = { ...result.findings[0]!, location: { ...result.findings[0]!.location, file: 'Src/Z.ts' } };
    const sorted = sortScanResult({ ...result, findings: [...result.findings, upper] });
    expect(sorted.findings[0]).toBe(upper);
    // File-less diagnostics come first.
    expect(sorted.diagnostics[0]?.file).toBeUndefined();
  });
});
