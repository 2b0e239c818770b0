import { describe, expect, it } from 'vitest';
import { findSanitizerProblems } from '../check-model.js';
import { mongooseSelect } from './mongoose-select.js';

describe('mongoose-select sanitizer', () => {
  it('is well-formed', () => {
    expect(findSanitizerProblems(mongooseSelect)).toEqual([]);
  });

  it('is a projection by the select method, whose names decide allow or deny', () => {
    expect(mongooseSelect.kind).toBe('projection');
    expect(mongooseSelect.calls).toEqual([{ callee: 'select' }]);
    expect(mongooseSelect.notes).toMatch(/-name/);
  });
});
