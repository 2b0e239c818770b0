import { describe, expect, it } from 'vitest';
import { parseScanResult } from '../result/parse.js';
import { SENSITIVE_LITERALS, createSampleResult } from '../result/test-results.js';
import { expectNoSensitiveLiterals, findSensitiveLiterals } from '../result/test-sensitive.js';
import { renderJson } from './json.js';

describe('renderJson', () => {
  const result = createSampleResult();

  it('writes the documented top-level keys in order, newline-terminated', () => {
    const text = renderJson(result);
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      'schemaVersion',
      'tool',
      'typescriptVersion',
      'root',
      'findings',
      'routes',
      'diagnostics',
      'stats',
    ]);
  });

  it('round-trips through parseScanResult without loss', () => {
    expect(parseScanResult(JSON.parse(renderJson(result)), 'saved.json')).toEqual(result);
  });

  it('keeps file paths relative to the root and the shard when there is one', () => {
    const parsed = JSON.parse(renderJson({ ...result, shard: { index: 2, count: 3 } })) as {
      shard: unknown;
      findings: { location: { file: string } }[];
    };
    expect(parsed.shard).toEqual({ index: 2, count: 3 });
    expect(parsed.findings.every((finding) => !finding.location.file.startsWith('/'))).toBe(true);
  });

  it('contains no sensitive literal from the sample sources', () => {
    const text = renderJson(result);
    expectNoSensitiveLiterals(text, SENSITIVE_LITERALS);
    // The helper itself must catch a leak, or the assertion above proves nothing.
    expect(findSensitiveLiterals(`${text}"+12025550147"`, SENSITIVE_LITERALS)).toEqual(['+1 202-555-0147']);
  });
});
