import { describe, expect, it } from 'vitest';
import { findSanitizerProblems } from '../check-model.js';
import { booleanConversion } from './boolean-conversion.js';

describe('boolean-conversion sanitizer', () => {
  it('is well-formed', () => {
    expect(findSanitizerProblems(booleanConversion)).toEqual([]);
  });

  it('covers Boolean(), !!, comparisons and typeof', () => {
    expect(booleanConversion.calls).toContainEqual({ callee: 'Boolean' });
    expect(booleanConversion.operators).toEqual(expect.arrayContaining(['!!', '===', 'typeof']));
  });

  it('does not treat logical operators, which return an operand, as conversions', () => {
    for (const operator of ['||', '&&', '??']) expect(booleanConversion.operators).not.toContain(operator);
  });
});
