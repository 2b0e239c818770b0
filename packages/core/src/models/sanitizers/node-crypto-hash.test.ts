import { describe, expect, it } from 'vitest';
import { findSanitizerProblems } from '../check-model.js';
import { nodeCryptoHash } from './node-crypto-hash.js';

describe('node-crypto-hash sanitizer', () => {
  it('is well-formed', () => {
    expect(findSanitizerProblems(nodeCryptoHash)).toEqual([]);
  });

  it('sanitises createHash once digested, from node:crypto and crypto', () => {
    expect(nodeCryptoHash.calls).toContainEqual({ module: 'node:crypto', callee: 'createHash', chain: ['update', 'digest'] });
    expect(nodeCryptoHash.calls).toContainEqual({ module: 'crypto', callee: 'createHash', chain: ['update', 'digest'] });
    // An HMAC is a keyed hash, with a model of its own (node-crypto-hmac).
    expect(nodeCryptoHash.calls?.some((call) => call.callee === 'createHmac')).toBe(false);
  });


  it('keeps credential: a hash of a password is a stored password hash', () => {
    expect(nodeCryptoHash.removes).not.toContain('credential');
    expect(nodeCryptoHash.removes).toContain('contact');
    expect(nodeCryptoHash.removes).toContain('phone');
  });

  it('does not count encryption', () => {
    expect(nodeCryptoHash.calls?.map((c) => c.callee)).not.toContain('createCipheriv');
  });
});
