import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFingerprint } from '@leakwatch/core';
import { describe, expect, it } from 'vitest';
import { createSampleResult, createTestFinding } from '../result/test-results.js';
import { applyBaseline, createBaseline, loadBaseline, parseBaseline, renderBaseline } from './baseline.js';

describe('baseline', () => {
  const result = createSampleResult();

  it('holds one entry per fingerprint, without line numbers', () => {
    const baseline = createBaseline(result);
    expect(baseline.findings).toHaveLength(result.findings.length);
    expect(renderBaseline(baseline)).not.toMatch(/"line"/);
    expect(Object.keys(baseline.findings[0]!).sort()).toEqual(['category', 'file', 'fingerprint', 'ruleId', 'sink']);
  });

  it('accepts every baselined finding, even after a line shift, and lets new ones through', () => {
    const baseline = createBaseline(result);
    const shifted = result.findings.map((finding) => ({ ...finding, location: { ...finding.location, line: finding.location.line + 3 } }));
    const fresh = createTestFinding({
      category: 'government-id',
      sink: 'log',
      severity: 'medium',
      file: 'src/kyc/verify.ts',
      line: 12,
      column: 3,
      scope: 'verify',
      sinkExpression: 'logger.info(applicant)',
      sourceExpression: 'applicant.ssn',
      trace: [],
    });
    const next = applyBaseline(createSampleResult({ findings: [...shifted, fresh] }), baseline);
    expect(next.findings).toEqual([fresh]);
    expect(next.stats.baselined).toBe(result.findings.length);
    expect(next.stats.findings).toBe(1);
    expect(next.stats.bySeverity).toEqual({ low: 0, medium: 1, high: 0 });
  });

  it('does not accept a finding whose fingerprint differs (another category at the same line)', () => {
    const [first] = result.findings;
    const baseline = createBaseline(createSampleResult({ findings: [first!] }));
    const other = { ...first!, category: 'financial' as const, fingerprint: createFingerprint({ ruleId: first!.ruleId, category: 'financial', sink: first!.sink, file: first!.location.file, scope: 'x', sinkExpression: 'y' }) };
    expect(applyBaseline(createSampleResult({ findings: [first!, other] }), baseline).findings).toEqual([other]);
  });

  it('reads a baseline file back and rejects a wrong version or shape', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'leakwatch-baseline-'));
    const file = join(dir, 'baseline.json');
    await writeFile(file, renderBaseline(createBaseline(result)));
    expect(await loadBaseline(file)).toEqual(createBaseline(result));
    expect(() => parseBaseline({ baselineVersion: 2, findings: [] }, 'b.json')).toThrow(
      'b.json: baselineVersion: expected 1; write a new one with `leakwatch baseline`',
    );
    expect(() => parseBaseline({ baselineVersion: 1, findings: [{ fingerprint: 'x', ruleId: 'nope' }] }, 'b.json')).toThrow(
      'b.json: findings[0].ruleId: expected a leakwatch rule id',
    );
    await writeFile(file, '{');
    await expect(loadBaseline(file)).rejects.toThrow(`${file}: is not JSON`);
  });
});
