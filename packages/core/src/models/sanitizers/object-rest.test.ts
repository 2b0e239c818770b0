import { describe, expect, it } from 'vitest';
import { findSanitizerProblems } from '../check-model.js';
import { objectRest } from './object-rest.js';

describe('object-rest sanitizer', () => {
  it('is well-formed', () => {
    expect(findSanitizerProblems(objectRest)).toEqual([]);
  });

  it('is a denylist recognised from rest destructuring', () => {
    expect(objectRest.mode).toBe('denylist');
    expect(objectRest.operators).toEqual(['object-rest']);
  });
});
