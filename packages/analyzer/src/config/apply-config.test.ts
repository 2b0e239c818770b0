import { parseConfig } from '@leakwatch/core';
import { describe, expect, it } from 'vitest';
import { createSampleResult } from '../result/test-results.js';
import { applyConfigToResult } from './apply-config.js';

describe('applyConfigToResult', () => {
  const result = createSampleResult();

  it('leaves a result alone under the default config', () => {
    expect(applyConfigToResult(result, parseConfig({}, 'c.json'))).toBe(result);
  });

  it('drops the findings of a rule turned off, and of a category × sink turned off', () => {
    const config = parseConfig({ rules: { 'no-sensitive-log': 'off' }, severity: { contact: { 'third-party': 'off' } } }, 'c.json');
    const next = applyConfigToResult(result, config);
    expect(next.findings.some((finding) => finding.ruleId === 'no-sensitive-log')).toBe(false);
    expect(next.findings.some((finding) => finding.category === 'contact' && finding.sink === 'third-party')).toBe(false);
    expect(next.findings).toHaveLength(result.findings.filter((f) => f.ruleId !== 'no-sensitive-log' && !(f.category === 'contact' && f.sink === 'third-party')).length);
    expect(next.stats.findings).toBe(next.findings.length);
  });

  it('sets severities, a category × sink entry winning over the rule entry, and is idempotent', () => {
    const config = parseConfig({ rules: { 'no-sensitive-response': 'low' }, severity: { credential: { response: 'high' } } }, 'c.json');
    const next = applyConfigToResult(result, config);
    const responses = next.findings.filter((finding) => finding.ruleId === 'no-sensitive-response');
    expect(responses.map((finding) => `${finding.category} ${finding.severity}`)).toEqual(['contact low', 'credential high', 'phone low']);
    expect(next.stats.bySeverity).toEqual({ low: 3, medium: 1, high: 5 });
    expect(applyConfigToResult(next, config)).toEqual(next);
  });

  it('drops findings in files the config excludes or treats as tests', () => {
    const config = parseConfig({ exclude: ['src/dev/**'], testFiles: ['**/auth/**'] }, 'c.json');
    const files = new Set(applyConfigToResult(result, config).findings.map((finding) => finding.location.file));
    expect(files).toEqual(new Set(['src/billing/checkout.ts', 'src/users/users.controller.ts']));
  });
});
