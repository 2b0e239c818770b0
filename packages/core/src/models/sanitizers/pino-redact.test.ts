import { describe, expect, it } from 'vitest';
import { findSanitizerProblems } from '../check-model.js';
import { isRedactedByPino, parsePinoRedactPath, pinoRedact } from './pino-redact.js';

describe('pino-redact sanitizer', () => {
  it('is well-formed and reads the redact option', () => {
    expect(findSanitizerProblems(pinoRedact)).toEqual([]);
    expect(pinoRedact.optionKeys).toEqual(['redact', 'redact.paths']);
  });
});

describe('parsePinoRedactPath', () => {
  it('splits dots, quoted brackets, indexes and wildcards', () => {
    expect(parsePinoRedactPath('req.headers.authorization')).toEqual(['req', 'headers', 'authorization']);
    expect(parsePinoRedactPath('user["email"]')).toEqual(['user', 'email']);
    expect(parsePinoRedactPath("req.headers['x-api-key']")).toEqual(['req', 'headers', 'x-api-key']);
    expect(parsePinoRedactPath('*.password')).toEqual(['*', 'password']);
    expect(parsePinoRedactPath('users[*].ssn')).toEqual(['users', '*', 'ssn']);
    expect(parsePinoRedactPath('items[0].card')).toEqual(['items', '0', 'card']);
  });

  it('rejects malformed paths', () => {
    expect(parsePinoRedactPath('')).toBeUndefined();
    expect(parsePinoRedactPath('user.')).toBeUndefined();
    expect(parsePinoRedactPath('user[email]')).toBeUndefined();
    expect(parsePinoRedactPath('a..b')).toBeUndefined();
  });
});

describe('isRedactedByPino', () => {
  it('matches exact paths and whole subtrees', () => {
    expect(isRedactedByPino(['user.password'], ['user', 'password'])).toBe(true);
    expect(isRedactedByPino(['user'], ['user', 'email'])).toBe(true);
  });

  it('lets * stand for exactly one level', () => {
    expect(isRedactedByPino(['*.password'], ['user', 'password'])).toBe(true);
    expect(isRedactedByPino(['*.password'], ['body', 'user', 'password'])).toBe(false);
    expect(isRedactedByPino(['*.password'], ['password'])).toBe(false);
  });

  it('does not match a path that names another field or a deeper redaction than what is logged', () => {
    expect(isRedactedByPino(['user.password'], ['user', 'email'])).toBe(false);
    // Engines ask about the path of the sensitive field itself, so a parent path is not redacted.
    expect(isRedactedByPino(['user.password'], ['account', 'password'])).toBe(false);
    expect(isRedactedByPino(['req.headers.authorization'], ['req', 'headers'])).toBe(false);
  });

  it('ignores malformed paths instead of treating them as redaction', () => {
    expect(isRedactedByPino(['user[email]'], ['user', 'email'])).toBe(false);
  });
});
