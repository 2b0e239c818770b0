import type { SanitizerModel } from '../types.js';
import { ALL_BUT_CREDENTIAL } from '../category-sets.js';

/** Web Crypto: `crypto.subtle.digest(alg, data)` and HMAC `crypto.subtle.sign(alg, key, data)`. */
export const webCryptoDigest: SanitizerModel = {
  id: 'web-crypto-digest',
  title: 'Web Crypto subtle.digest / subtle.sign',
  kind: 'hash',
  calls: [
    { callee: 'crypto.subtle.digest' },
    { callee: 'crypto.subtle.sign' },
    { callee: 'globalThis.crypto.subtle.digest' },
    { callee: 'globalThis.crypto.subtle.sign' },
    { module: 'node:crypto', callee: 'webcrypto.subtle.digest' },
    { module: 'node:crypto', callee: 'subtle.digest' },
    { module: 'node:crypto', callee: 'subtle.sign' },
  ],
  removes: ALL_BUT_CREDENTIAL,
  notes: '`crypto.subtle.encrypt` is not a sanitizer: whoever holds the key reads the value back.',
};
