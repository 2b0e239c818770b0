import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64UrlAscii, encodeBase64UrlAscii } from './base64url.js';

describe('base64url', () => {
  it('decodes a JOSE header', () => {
    expect(decodeBase64UrlAscii('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9')).toBe('{"alg":"HS256","typ":"JWT"}');
  });

  it('round-trips any ASCII string', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)) }), (text) => {
        expect(decodeBase64UrlAscii(encodeBase64UrlAscii(text))).toBe(text);
      }),
    );
  });

  it('rejects characters outside the alphabet, impossible lengths and non-ASCII bytes', () => {
    expect(decodeBase64UrlAscii('eyJ+')).toBeUndefined();
    expect(decodeBase64UrlAscii('eyJhb')).toBeUndefined();
    expect(decodeBase64UrlAscii('_w')).toBeUndefined();
  });
});
