import { describe, expect, it } from 'vitest';
import { findSanitizerProblems } from '../check-model.js';
import { isCountCallName, lengthCount } from './length-count.js';

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

describe('isCountCallName', () => {
  it('knows calls named for counting', () => {
    for (const name of ['count', 'countTravellers', 'countDocuments', 'count_users', 'getUserCount', 'memberCounts', 'user_count', 'tally', 'tallyVotes', 'voteTally']) {
      expect(isCountCallName(name), name).toBe(true);
    }
  });

  it('leaves names that only contain the letters alone', () => {
    for (const name of ['country', 'countryCode', 'counter', 'getCounter', 'discount', 'getAccount', 'findAccount', 'account', 'recount1x', 'Count', 'encounter', 'tallyho']) {
      expect(isCountCallName(name), name).toBe(false);
    }
  });
});
