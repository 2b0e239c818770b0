import { describe, expect, it } from 'vitest';
import { findSanitizerProblems } from '../check-model.js';
import { nodeCryptoHmac } from './node-crypto-hmac.js';

describe('node-crypto-hmac sanitizer', () => {
  it('is well-formed', () => {
    expect(findSanitizerProblems(nodeCryptoHmac)).toEqual([]);
  });

  it('sanitises createHmac once digested, from node:crypto and crypto', () => {
    expect(nodeCryptoHmac.calls).toContainEqual({ module: 'node:crypto', callee: 'createHmac', chain: ['update', 'digest'] });
    expect(nodeCryptoHmac.calls).toContainEqual({ module: 'crypto', callee: 'createHmac', chain: ['update', 'digest'] });
  });

  it('removes every category, credentials included: the tag tells nothing of its key or data', () => {
    expect(nodeCryptoHmac.removes).toBe('all');
  });
});
