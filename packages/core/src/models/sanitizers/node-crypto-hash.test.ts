import { describe, expect, it } from 'vitest';
import { findSanitizerProblems } from '../check-model.js';
import { nodeCryptoHash } from './node-crypto-hash.js';

describe('node-crypto-hash sanitizer', () => {
  it('is well-formed', () => {
    expect(findSanitizerProblems(nodeCryptoHash)).toEqual([]);
  });

  it('sanitises createHash and createHmac once digested, from node:crypto and crypto', () => {
    expect(nodeCryptoHash.calls).toContainEqual({ module: 'node:crypto', callee: 'createHash', chain: ['update', 'digest'] });
    expect(nodeCryptoHash.calls).toContainEqual({ module: 'crypto', callee: 'createHmac', chain: ['update', 'digest'] });
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
