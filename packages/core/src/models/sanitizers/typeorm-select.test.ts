import { describe, expect, it } from 'vitest';
import { findSanitizerProblems } from '../check-model.js';
import { typeormSelect } from './typeorm-select.js';

describe('typeorm-select sanitizer', () => {
  it('is well-formed', () => {
    expect(findSanitizerProblems(typeormSelect)).toEqual([]);
  });

  it('reads the select option of find methods on any repository, by name', () => {
    expect(typeormSelect.mode).toBe('allowlist');
    expect(typeormSelect.optionKeys).toEqual(['select']);
    expect(typeormSelect.calls?.map((call) => call.callee)).toContain('findOne');
    expect(typeormSelect.calls?.every((call) => call.module === undefined)).toBe(true);
  });
});
