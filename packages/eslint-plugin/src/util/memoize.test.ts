import { describe, expect, it } from 'vitest';
import { memoizeByObject } from './memoize.js';

describe('memoizeByObject', () => {
  it('computes once per object, also when the result is undefined', () => {
    const calls: object[] = [];
    const lengthOf = memoizeByObject((list: readonly string[]) => {
      calls.push(list);
      return list.length === 0 ? undefined : list.length;
    });
    const a = ['x', 'y'];
    const empty: string[] = [];
    expect(lengthOf(a)).toBe(2);
    expect(lengthOf(a)).toBe(2);
    expect(lengthOf(empty)).toBeUndefined();
    expect(lengthOf(empty)).toBeUndefined();
    expect(lengthOf(['x', 'y'])).toBe(2);
    expect(calls).toEqual([a, empty, ['x', 'y']]);
  });
});
