import { describe, expect, it } from 'vitest';
import { findSanitizerProblems } from '../check-model.js';
import { webCryptoDigest } from './web-crypto-digest.js';

describe('web-crypto-digest sanitizer', () => {
  it('is well-formed', () => {
    expect(findSanitizerProblems(webCryptoDigest)).toEqual([]);
  });

  it('sanitises subtle.digest and subtle.sign but not encrypt', () => {
    const callees = webCryptoDigest.calls?.map((c) => c.callee) ?? [];
    expect(callees).toContain('crypto.subtle.digest');
    expect(callees).toContain('crypto.subtle.sign');
    expect(callees.some((c) => c.endsWith('encrypt'))).toBe(false);
  });
});
