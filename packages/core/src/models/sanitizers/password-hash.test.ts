import { describe, expect, it } from 'vitest';
import { findSanitizerProblems } from '../check-model.js';
import { passwordHash } from './password-hash.js';

describe('password-hash sanitizer', () => {
  it('is well-formed', () => {
    expect(findSanitizerProblems(passwordHash)).toEqual([]);
  });

  it('covers bcrypt, bcryptjs, argon2, scrypt and pbkdf2', () => {
    for (const [module, callee] of [['bcrypt', 'hash'], ['bcryptjs', 'hashSync'], ['argon2', 'hash'], ['node:crypto', 'scryptSync'], ['crypto', 'pbkdf2']]) {
      expect(passwordHash.calls).toContainEqual({ module, callee });
    }
  });

  it('leaves the result a credential', () => {
    expect(passwordHash.removes).not.toContain('credential');
  });
});
