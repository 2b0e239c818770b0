import { describe, expect, it } from 'vitest';
import { findSanitizerProblems } from '../check-model.js';
import { booleanConversion, isPredicateCallName } from './boolean-conversion.js';

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

describe('isPredicateCallName', () => {
  it('knows predicates by their yes-or-no prefix', () => {
    for (const name of ['isThisMonth', 'hasPassword', 'canPost', 'shouldNotify', 'wasVerified', 'didConsent', 'needsReview', 'is_adult', 'isOver18']) expect(isPredicateCallName(name)).toBe(true);
  });

  it('leaves look-alikes alone: a prefix must end at a word boundary of camelCase or snake_case', () => {
    for (const name of ['issue', 'hash', 'hashEmail', 'island', 'isolate', 'cancel', 'canonicalPhone', 'washPhone', 'display', 'is', 'has', 'doesnt']) expect(isPredicateCallName(name)).toBe(false);
  });
});
