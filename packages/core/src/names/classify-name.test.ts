import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../taxonomy/categories/index.js';
import { CATEGORY_IDS, isCategoryId, type CategoryId } from '../taxonomy/ids.js';
import { ConfigError } from '../errors.js';
import { classifyName, classifyNames, createNameClassifier, type NameClassifierOptions } from './classify-name.js';
import { NAME_MODIFIERS } from './modifiers.js';
import { splitName } from './split-name.js';

// The same table feeds bench/classify-name.bench.mjs, so the benchmark measures realistic names.
type CaseTable = Record<string, Record<string, CategoryId | null>>;
const cases = JSON.parse(
  readFileSync(new URL('./__fixtures__/name-cases.json', import.meta.url), 'utf8'),
) as CaseTable;
const allCases = Object.values(cases).flatMap((group) => Object.entries(group));

describe('the name table', () => {
  it('is large, grouped by category, and at least a quarter tricky negatives', () => {
    expect(Object.keys(cases)).toEqual([...CATEGORY_IDS]);
    expect(allCases.length).toBeGreaterThanOrEqual(300);
    const negatives = allCases.filter(([, expected]) => expected === null);
    expect(negatives.length).toBeGreaterThanOrEqual(Math.max(80, allCases.length / 4));
    for (const [, expected] of allCases) expect(expected === null || isCategoryId(expected)).toBe(true);
  });

  it('has positives and negatives in every group', () => {
    for (const [group, table] of Object.entries(cases)) {
      const expectations = Object.values(table);
      expect(expectations.filter((expected) => expected === group).length, group).toBeGreaterThanOrEqual(10);
      expect(expectations.filter((expected) => expected === null).length, group).toBeGreaterThanOrEqual(8);
    }
  });
});

describe.each(Object.entries(cases))('classifyName: %s', (_group, table) => {
  it.each(Object.entries(table))('%s → %s', (name, expected) => {
    expect(classifyName(name)).toBe(expected);
  });
});

describe('classifyName: the judgement calls table in docs/decisions/0001-name-classifier.md', () => {
  // Every row names identifiers in its first column and one result in its second; the doc and the
  // code must not drift apart.
  const doc = readFileSync(new URL('../../../../docs/decisions/0001-name-classifier.md', import.meta.url), 'utf8');
  const rows = doc
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => line.split('|').map((cell) => cell.trim()));
  const decisions = rows.flatMap(([, names = '', returns = '']) => {
    const expected = returns.replaceAll('`', '');
    return [...names.matchAll(/`([^`]+)`/g)].map((match) => [match[1] as string, expected] as const);
  });

  it('lists at least thirty decided names, each with a category id or null', () => {
    expect(decisions.length).toBeGreaterThanOrEqual(30);
    for (const [, expected] of decisions) expect(expected === 'null' || isCategoryId(expected), expected).toBe(true);
  });

  it.each(decisions)('%s → %s', (name, expected) => {
    expect(classifyName(name)).toBe(expected === 'null' ? null : expected);
  });
});

describe('classifyName: judgement calls', () => {
  it.each([
    ['token', 'credential'],
    ['secret', 'credential'],
    ['pin', 'credential'],
    ['code', null],
    ['key', null],
    ['status', null],
    ['disabled', null],
    ['address', 'contact'],
    ['location', null],
    ['tokenId', null],
    ['sessionId', 'credential'],
    ['mobile', 'phone'],
    ['securityCode', 'financial'],
    ['lastFourDigits', 'phone-fragment'],
    ['last4', null],
    ['ssnLast4', 'government-id'],
    ['deactivatedAt', 'account-status'],
    ['maskedPhone', 'phone-fragment'],
    ['maskedEmail', null],
  ] as const)('%s → %s', (name, expected) => {
    expect(classifyName(name)).toBe(expected);
  });
});

describe('classifyName: inputs that are not plain identifiers', () => {
  it('returns null for empty and punctuation-only names', () => {
    expect(classifyName('')).toBeNull();
    expect(classifyName('__')).toBeNull();
    expect(classifyName('123')).toBeNull();
  });

  it('reads dotted and spaced text the same as camelCase', () => {
    expect(classifyName('user.password')).toBe('credential');
    expect(classifyName('Phone Number')).toBe('phone');
  });

  it('reads long text by its last words', () => {
    expect(classifyName(`${'token '.repeat(5000)}policy`)).toBeNull();
    expect(classifyName(`${'order '.repeat(5000)}password`)).toBe('credential');
    expect(classifyName(`is ${'order '.repeat(100)}password`)).toBe('credential');
  });

  it('reads short messages like names, so engines can spot a status message', () => {
    expect(classifyName('account locked')).toBe('account-status');
    expect(classifyName('Your account has been suspended')).toBe('account-status');
    expect(classifyName('password reset email sent')).toBeNull();
    expect(classifyName('order status updated')).toBeNull();
  });
});

describe('createNameClassifier', () => {
  it('adds extra names as word sequences in any spelling, with the shared modifiers', () => {
    const classify = createNameClassifier({ extraNames: { 'government-id': ['memberNumber'], phone: ['pager'] } });
    expect(classify('memberNumber')).toBe('government-id');
    expect(classify('member_number')).toBe('government-id');
    expect(classify('insuranceMemberNumber')).toBe('government-id');
    expect(classify('memberNumberVerified')).toBeNull();
    expect(classify('hasMemberNumber')).toBeNull();
    expect(classify('pagerNumber')).toBe('phone');
    // Built-in terms stay.
    expect(classify('passwordHash')).toBe('credential');
  });

  it('lets extra names win over built-in not-terms', () => {
    expect(classifyName('deviceToken')).toBeNull();
    const classify = createNameClassifier({ extraNames: { credential: ['device token'] } });
    expect(classify('deviceToken')).toBe('credential');
    expect(classify('deviceTokenCount')).toBeNull();
  });

  it('rejects unknown categories and empty names with a ConfigError', () => {
    const unknownCategory = { extraNames: { password: ['x'] } } as unknown as NameClassifierOptions;
    expect(() => createNameClassifier(unknownCategory)).toThrow(ConfigError);
    expect(() => createNameClassifier(unknownCategory)).toThrow(/extraNames: unknown category "password"/);
    expect(() => createNameClassifier({ extraNames: { phone: ['pager', '--'] } })).toThrow(/extraNames\.phone\[1\]/);
    expect(() => createNameClassifier({ ignoreNames: [''] })).toThrow(ConfigError);
    const notAList = { ignoreNames: 'email' } as unknown as NameClassifierOptions;
    expect(() => createNameClassifier(notAList)).toThrow(/ignoreNames: expected a list/);
  });

  it('leaves the default classifier alone', () => {
    createNameClassifier({ extraNames: { 'government-id': ['memberNumber'] }, ignoreNames: ['email'] });
    expect(classifyName('memberNumber')).toBeNull();
    expect(classifyName('email')).toBe('contact');
  });

  it('ignores names in any spelling, ahead of built-in and extra names', () => {
    const classify = createNameClassifier({
      extraNames: { contact: ['nickname'] },
      ignoreNames: ['user_email', 'nickname', 'ipAddress'],
    });
    expect(classify('userEmail')).toBeNull();
    expect(classify('USER_EMAIL')).toBeNull();
    expect(classify('user-email')).toBeNull();
    expect(classify('nickname')).toBeNull();
    expect(classify('ip_address')).toBeNull();
    // Only the whole name is ignored, not every name that contains it.
    expect(classify('email')).toBe('contact');
    expect(classify('userEmailAddress')).toBe('contact');
    expect(classify('clientIpAddress')).toBe('other-pii');
  });

  it('bounds its cache and drops the oldest entry first', () => {
    const classify = createNameClassifier({ cacheSize: 2 });
    expect(classify.cachedNames).toBe(0);
    expect(classify('password')).toBe('credential');
    expect(classify('password')).toBe('credential');
    expect(classify.cachedNames).toBe(1);
    expect(classify('passwordPolicy')).toBeNull();
    expect(classify('email')).toBe('contact');
    expect(classify.cachedNames).toBe(2);
    // Evicted entries are recomputed, not lost or mixed up.
    expect(classify('password')).toBe('credential');
    expect(classify('passwordPolicy')).toBeNull();
    expect(classify.cachedNames).toBe(2);
  });

  it('caches null results too, and can run without a cache', () => {
    const classify = createNameClassifier();
    classify('orderStatus');
    classify('orderStatus');
    expect(classify.cachedNames).toBe(1);
    const uncached = createNameClassifier({ cacheSize: 0 });
    expect(uncached('apiKey')).toBe('credential');
    expect(uncached('apiKey')).toBe('credential');
    expect(uncached.cachedNames).toBe(0);
  });

  it('gives the same answers as the default classifier over the whole table', () => {
    const classify = createNameClassifier({ cacheSize: 16 });
    for (const [name, expected] of allCases) expect(classify(name), name).toBe(expected);
  });
});

describe('classifyNames', () => {
  it('returns the distinct categories of several names in CATEGORY_IDS order', () => {
    expect(classifyNames(['id', 'email', 'passwordHash', 'createdAt', 'phoneCountryCode', 'backupEmail'])).toEqual([
      'credential',
      'phone-fragment',
      'contact',
    ]);
  });

  it('returns an empty list for a type with no sensitive property', () => {
    expect(classifyNames(['id', 'orderStatus', 'passwordPolicy', 'emailVerified', 'last4'])).toEqual([]);
    expect(classifyNames([])).toEqual([]);
  });

  it('accepts any iterable and a custom classifier', () => {
    function* names(): Generator<string> {
      yield 'memberNumber';
      yield 'lockedUntil';
    }
    const classify = createNameClassifier({ extraNames: { 'government-id': ['member number'] } });
    expect(classifyNames(names(), classify)).toEqual(['account-status', 'government-id']);
    expect(classifyNames(new Set(['memberNumber', 'lockedUntil']))).toEqual(['account-status']);
  });
});

describe('the vocabulary data', () => {
  const phrases = CATEGORY_IDS.flatMap((id) => {
    const names = CATEGORIES[id].names;
    return [...names.terms, ...(names.suffixTerms ?? [])].map((phrase) => ({ id, phrase }));
  });

  it('writes every term in lower-case words', () => {
    for (const { phrase } of phrases) expect(splitName(phrase).join(' '), phrase).toBe(phrase);
  });

  it('gives each term to one category only', () => {
    const owners = new Map<string, CategoryId>();
    for (const { id, phrase } of phrases) {
      const owner = owners.get(phrase);
      expect(owner === undefined || owner === id, `${phrase}: ${owner} and ${id}`).toBe(true);
      owners.set(phrase, id);
    }
  });

  it('classifies every bare term as its own category', () => {
    for (const { id, phrase } of phrases) expect(classifyName(phrase), phrase).toBe(id);
  });

  it('cancels a term with every not-term', () => {
    for (const id of CATEGORY_IDS) {
      for (const phrase of CATEGORIES[id].names.notTerms ?? []) expect(classifyName(phrase), phrase).toBeNull();
    }
  });

  it('keeps only modifiers that exist in the shared list, or words the category needs after a suffix term', () => {
    const shared = new Set(Object.values(NAME_MODIFIERS).flat());
    for (const id of CATEGORY_IDS) {
      const names = CATEGORIES[id].names;
      for (const word of names.keepModifiers ?? []) {
        expect(shared.has(word) || (names.suffixTerms?.length ?? 0) > 0, `${id}: ${word}`).toBe(true);
      }
    }
  });
});
