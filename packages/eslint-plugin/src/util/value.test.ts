// `findCategory` and `hasCategories` replace `collectCategories(...)` on the engine's hot paths:
// they must answer exactly what the flattened map answers, first origin included.
import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { EMPTY, type Value, collectCategories, createSourceValue, findCategory, hasCategories } from './value.js';

const node = { type: 'Identifier', name: 'x' } as unknown as TSESTree.Node;
const source = (category: Parameters<typeof createSourceValue>[0], expression: string): Value => createSourceValue(category, { expression, node });
const shape = (fields: [string, Value][], own: Value = EMPTY): Value => ({ cats: own.cats, fields: new Map(fields) });

const cases: [string, Value][] = [
  ['empty', EMPTY],
  ['an empty shape', shape([])],
  ['own category only', source('contact', 'user.email')],
  ['own category before a field with the same one', shape([['email', source('contact', 'row.email')]], source('contact', 'user'))],
  ['first field in order wins', shape([['a', source('phone', 'a.phone')], ['b', source('phone', 'b.phone')]])],
  ['nested field', shape([['profile', shape([['empty', EMPTY], ['phone', source('phone', 'profile.phone')]])]])],
  ['fields without categories', shape([['id', EMPTY], ['nested', shape([['count', EMPTY]])]])],
];

describe('findCategory', () => {
  it.each(cases)('matches the flattened map: %s', (_name, value) => {
    const flat = collectCategories(value);
    for (const category of ['contact', 'phone', 'credential'] as const) {
      expect(findCategory(value, category)).toBe(flat.get(category));
    }
  });

  it('returns the outer origin, not a nested one', () => {
    const value = shape([['email', source('contact', 'row.email')]], source('contact', 'user'));
    expect(findCategory(value, 'contact')?.expression).toBe('user');
  });

  it('returns the first field in order when the value has no own origin', () => {
    const value = shape([['a', source('phone', 'a.phone')], ['b', source('phone', 'b.phone')]]);
    expect(findCategory(value, 'phone')?.expression).toBe('a.phone');
  });
});

describe('hasCategories', () => {
  it.each(cases)('matches the flattened map: %s', (_name, value) => {
    expect(hasCategories(value)).toBe(collectCategories(value).size > 0);
  });

  it('finds a category two fields down and none in fields without any', () => {
    expect(hasCategories(shape([['profile', shape([['phone', source('phone', 'p')]])]]))).toBe(true);
    expect(hasCategories(shape([['id', EMPTY], ['nested', shape([['count', EMPTY]])]]))).toBe(false);
  });
});
