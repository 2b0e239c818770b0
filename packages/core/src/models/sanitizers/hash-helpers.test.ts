import { describe, expect, it } from 'vitest';
import { findSanitizerProblems } from '../check-model.js';
import { hashHelpers } from './hash-helpers.js';

describe('hash-helpers sanitizer', () => {
  it('is well-formed', () => {
    expect(findSanitizerProblems(hashHelpers)).toEqual([]);
  });

  const pattern = new RegExp(hashHelpers.namePattern ?? '$^', 'i');

  it('matches hashing helpers by name', () => {
    for (const name of ['sha256', 'sha256Hex', 'hmac', 'hmacSha256', 'hashEmail', 'md5', 'digest']) expect(pattern.test(name)).toBe(true);
  });

  it('does not match names that only start like a hash', () => {
    for (const name of ['hashtag', 'hashtags', 'hashMap', 'shareLink', 'shadow', 'digestion', 'rehash']) expect(pattern.test(name)).toBe(false);
  });
});
