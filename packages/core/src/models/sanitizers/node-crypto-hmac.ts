import type { SanitizerModel } from '../types.js';

const MODULES = ['node:crypto', 'crypto'];

/**
 * node:crypto HMACs: `createHmac('sha256', secret).update(body).digest('hex')`. The tag tells
 * nothing of its key, and without the key nothing of its data: the keyed hash the policy asks a
 * third party to get instead of the value (a webhook signature, a pseudonymous id).
 */
export const nodeCryptoHmac: SanitizerModel = {
  id: 'node-crypto-hmac',
  title: 'node:crypto createHmac',
  kind: 'hash',
  calls: MODULES.map((module) => ({ module, callee: 'createHmac', chain: ['update', 'digest'] })),
  removes: 'all',
  notes: 'Unlike a plain hash, an HMAC of a password is no stored password hash: without the key it cannot be checked against guesses.',
};
