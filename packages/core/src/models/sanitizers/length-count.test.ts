import { describe, expect, it } from 'vitest';
import { findSanitizerProblems } from '../check-model.js';
import { lengthCount } from './length-count.js';

describe('length-count sanitizer', () => {
  it('is well-formed', () => {
    expect(findSanitizerProblems(lengthCount)).toEqual([]);
  });

  it('covers length, size and counts, but not Number()', () => {
    expect(lengthCount.properties).toEqual(expect.arrayContaining(['length', 'size']));
    expect(lengthCount.calls?.map((c) => c.callee)).toContain('count');
    expect(lengthCount.calls?.map((c) => c.callee)).not.toContain('Number');
  });
});
