import { describe, expect, it } from 'vitest';
import { findSanitizerProblems } from '../check-model.js';
import { jsonStringifyReplacer } from './json-stringify-replacer.js';

describe('json-stringify-replacer sanitizer', () => {
  it('is well-formed', () => {
    expect(findSanitizerProblems(jsonStringifyReplacer)).toEqual([]);
  });

  it('is an allowlist on JSON.stringify', () => {
    expect(jsonStringifyReplacer.calls).toEqual([{ callee: 'JSON.stringify' }]);
    expect(jsonStringifyReplacer.mode).toBe('allowlist');
  });
});
