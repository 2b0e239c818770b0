// `settings.leakwatch` takes core's config shape: custom sinks, loggers, sanitizers, names,
// authentication markers and severities change what the rules report; a bad setting is a
// located ConfigError, never a silent no-op.
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import plugin from '../index.js';
import { getKnowledge } from './settings.js';

function lint(code: string, leakwatch?: unknown, filename = 'src/app.ts'): string[] {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser },
        plugins: { '@leakwatch': plugin },
        rules: { '@leakwatch/no-sensitive-log': 'error', '@leakwatch/no-sensitive-third-party': 'error', '@leakwatch/no-sensitive-response': 'error' },
        ...(leakwatch === undefined ? {} : { settings: { leakwatch } }),
      },
    ],
    { filename },
  );
  return messages.map((m) => `${m.line} ${m.ruleId ?? 'fatal'} ${m.message.split(' ')[0]}`);
}

describe('settings.leakwatch', () => {
  it('adds custom sinks', () => {
    const code = "crm.push({ email: user.email });\naudit.write('signup', user.phone);";
    expect(lint(code)).toEqual([]);
    expect(lint(code, { sinks: [{ callee: 'crm.push', sink: 'third-party' }, { callee: 'audit.write', sink: 'log', args: [1] }] })).toEqual([
      '1 @leakwatch/no-sensitive-third-party contact',
      '2 @leakwatch/no-sensitive-log phone',
    ]);
  });

  it('adds loggers by receiver name', () => {
    expect(lint('journal.info(user.ssn);')).toEqual([]);
    expect(lint('journal.info(user.ssn);', { loggers: ['journal'] })).toEqual(['1 @leakwatch/no-sensitive-log government-id']);
  });

  it('adds sanitizers', () => {
    // A variable named `email` holding an unknown call's result is an e-mail, unless the call sanitises.
    const code = 'const email = cleanse(raw);\nconsole.log(email);';
    expect(lint(code)).toEqual(['2 @leakwatch/no-sensitive-log contact']);
    expect(lint(code, { sanitizers: ['cleanse'] })).toEqual([]);
  });

  it('adds and ignores names', () => {
    expect(lint('console.log(user.vaultToken, user.email);')).toEqual(['1 @leakwatch/no-sensitive-log credential', '1 @leakwatch/no-sensitive-log contact']);
    expect(lint('console.log(user.vaultToken, user.email);', { ignoreNames: ['email'] })).toEqual(['1 @leakwatch/no-sensitive-log credential']);
    expect(lint('console.log(user.kundennummer);', { names: { 'government-id': ['kundennummer'] } })).toEqual(['1 @leakwatch/no-sensitive-log government-id']);
  });

  it('adds authentication markers and owner paths', () => {
    const code = "import express from 'express';\nconst app = express();\napp.get('/mine', gatekeeper, (req, res) => res.json({ email: me.email }));";
    expect(lint(code)).toEqual(['3 @leakwatch/no-sensitive-response contact']);
    expect(lint(code, { auth: { middleware: ['gatekeeper'], ownerPaths: ['/mine'] } })).toEqual([]);
  });

  it('turns a category off for one sink, or a whole rule off', () => {
    const code = 'console.log(user.email);\nconsole.log(user.password);';
    expect(lint(code, { severity: { contact: { log: 'off' } } })).toEqual(['2 @leakwatch/no-sensitive-log credential']);
    expect(lint(code, { rules: { 'no-sensitive-log': 'off' } })).toEqual([]);
  });

  it('follows the configured test-file globs', () => {
    expect(lint('console.log(user.password);', undefined, 'src/app.spec.ts')).toEqual([]);
    expect(lint('console.log(user.password);', { testFiles: [] }, 'src/app.spec.ts')).toEqual(['1 @leakwatch/no-sensitive-log credential']);
  });

  it('rejects an invalid setting with a ConfigError naming the key', () => {
    expect(() => getKnowledge({ leakwatch: { sinks: [{ callee: 'audit.write', sink: 'database' }] } })).toThrow(/settings\.leakwatch/);
    expect(() => getKnowledge({ leakwatch: { logers: ['audit'] } })).toThrowError(expect.objectContaining({ code: 'CONFIG_INVALID' }));
  });

  it('shares one knowledge object per settings object', () => {
    const settings = { leakwatch: { loggers: ['journal'] } };
    expect(getKnowledge(settings)).toBe(getKnowledge(settings));
    expect(getKnowledge({})).toBe(getKnowledge({}));
    expect(getKnowledge(settings)).not.toBe(getKnowledge({}));
  });
});
