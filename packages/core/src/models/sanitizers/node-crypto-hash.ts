import type { SanitizerModel } from '../types.js';
import { ALL_BUT_CREDENTIAL } from '../category-sets.js';

const MODULES = ['node:crypto', 'crypto'];

/** node:crypto hashes: `createHash('sha256').update(x).digest('hex')`. */
export const nodeCryptoHash: SanitizerModel = {
  id: 'node-crypto-hash',
  title: 'node:crypto createHash / hash',
  kind: 'hash',
  calls: MODULES.flatMap((module) => [
    { module, callee: 'createHash', chain: ['update', 'digest'] },
    // Node 21.7+: crypto.hash(algorithm, data).
    { module, callee: 'hash' },
  ]),
  removes: ALL_BUT_CREDENTIAL,
  notes:
    'Only the `digest()` result is sanitised; the hash object before `digest` still holds nothing readable but is not a value anyone sends. A hash of a password stays `credential` (a stored password hash).',
};
