import { describe, expect, it } from 'vitest';
import { findSanitizerProblems } from '../check-model.js';
import { omit } from './omit.js';

describe('omit sanitizer', () => {
  it('is well-formed', () => {
    expect(findSanitizerProblems(omit)).toEqual([]);
  });

  it('is a denylist, removing only what it names', () => {
    expect(omit.mode).toBe('denylist');
    expect(omit.calls).toContainEqual({ module: 'lodash', callee: 'omit' });
  });
});
