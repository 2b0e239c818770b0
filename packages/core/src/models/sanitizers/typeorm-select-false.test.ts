import { describe, expect, it } from 'vitest';
import { findSanitizerProblems } from '../check-model.js';
import { typeormSelectFalse } from './typeorm-select-false.js';

describe('typeorm-select-false sanitizer', () => {
  it('is well-formed', () => {
    expect(findSanitizerProblems(typeormSelectFalse)).toEqual([]);
  });

  it('excludes a column declared with select: false until addSelect asks for it', () => {
    expect(typeormSelectFalse.kind).toBe('column-exclude');
    expect(typeormSelectFalse.calls).toEqual([{ module: 'typeorm', callee: 'Column' }]);
    expect(typeormSelectFalse.keepsAll).toEqual(['addSelect']);
  });
});
