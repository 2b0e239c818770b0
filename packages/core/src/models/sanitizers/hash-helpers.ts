import type { SanitizerModel } from '../types.js';
import { ALL_BUT_CREDENTIAL } from '../category-sets.js';

/** Project helpers and small libraries that hash by name: `sha256(email)`, `hmac(key, id)`, crypto-js. */
export const hashHelpers: SanitizerModel = {
  id: 'hash-helpers',
  title: 'Hash helpers by name',
  kind: 'hash',
  calls: [
    ...['SHA1', 'SHA224', 'SHA256', 'SHA384', 'SHA512', 'SHA3', 'MD5', 'HmacSHA1', 'HmacSHA256', 'HmacSHA512', 'HmacMD5'].map((callee) => ({
      module: 'crypto-js',
      callee,
    })),
    { module: 'js-sha256', callee: 'sha256' },
  ],
  // `hashtag`, `hashMap` and friends are not hashes; the lookahead keeps them out under the `i` flag.
  namePattern: '^(sha(1|224|256|384|512|3)|md5|hmac|hash|digest)(?!tags?|table|map|set|code|router|history|ion)',
  removes: ALL_BUT_CREDENTIAL,
  notes: 'A name is trusted only when the engine cannot see the helper\'s body; with the body in view, engines analyse it instead.',
};
