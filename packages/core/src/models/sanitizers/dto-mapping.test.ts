import { describe, expect, it } from 'vitest';
import { findSanitizerProblems } from '../check-model.js';
import { dtoMapping } from './dto-mapping.js';

describe('dto-mapping sanitizer', () => {
  it('is well-formed', () => {
    expect(findSanitizerProblems(dtoMapping)).toEqual([]);
  });

  it('is an allowlist recognised from object literals', () => {
    expect(dtoMapping.mode).toBe('allowlist');
    expect(dtoMapping.operators).toEqual(['object-literal']);
  });
});
