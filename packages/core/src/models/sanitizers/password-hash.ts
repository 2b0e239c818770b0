import type { SanitizerModel } from '../types.js';
import { ALL_BUT_CREDENTIAL } from '../category-sets.js';

/** Password hashing and key derivation: bcrypt, bcryptjs, argon2, scrypt, pbkdf2. */
export const passwordHash: SanitizerModel = {
  id: 'password-hash',
  title: 'Password hashing (bcrypt, argon2, scrypt, pbkdf2)',
  kind: 'hash',
  calls: [
    { module: 'bcrypt', callee: 'hash' },
    { module: 'bcrypt', callee: 'hashSync' },
    { module: 'bcryptjs', callee: 'hash' },
    { module: 'bcryptjs', callee: 'hashSync' },
    { module: 'argon2', callee: 'hash' },
    { module: '@node-rs/argon2', callee: 'hash' },
    { module: '@node-rs/bcrypt', callee: 'hash' },
    ...['node:crypto', 'crypto'].flatMap((module) => [
      { module, callee: 'scrypt' },
      { module, callee: 'scryptSync' },
      { module, callee: 'pbkdf2' },
      { module, callee: 'pbkdf2Sync' },
    ]),
  ],
  removes: ALL_BUT_CREDENTIAL,
  notes:
    'The result is a stored password hash: still `credential` under the policy (crackable offline), so it must not be returned or logged, but it no longer carries other categories. `bcrypt.compare` returns a boolean (see boolean-conversion).',
};
