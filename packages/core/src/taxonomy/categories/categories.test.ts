import { describe, expect, it } from 'vitest';
import { classifyName } from '../../names/classify-name.js';
import { CATEGORY_IDS } from '../ids.js';
import { CATEGORIES } from './index.js';
import { IDENTIFYING_CATEGORIES, isAccountStateValue, isBareStateName } from './account-status.js';

// Each category file carries its own name examples; this runs them, so a vocabulary edit that
// breaks one of them fails here, next to the data. Value examples are checked by the value tests.
describe.each(CATEGORY_IDS.map((id) => [id, CATEGORIES[id]] as const))('category %s', (id, category) => {
  it('has at least six names and six tricky non-names', () => {
    expect(category.examples.names.length).toBeGreaterThanOrEqual(6);
    expect(category.examples.notNames.length).toBeGreaterThanOrEqual(6);
  });

  it.each(category.examples.names)(`classifies %s as ${id}`, (name) => {
    expect(classifyName(name)).toBe(id);
  });

  it.each(category.examples.notNames)('classifies %s as not sensitive', (name) => {
    expect(classifyName(name)).toBeNull();
  });
});

describe('isAccountStateValue', () => {
  it('knows the states only an account has, however they are spelt', () => {
    for (const value of ['banned', 'suspended', 'deactivated', 'locked', 'LOCKED_OUT', 'shadow-banned', 'blocklisted']) expect(isAccountStateValue(value)).toBe(true);
  });

  it('leaves order, payment, ticket and feature states alone', () => {
    for (const value of ['active', 'pending', 'settled', 'refunded', 'shipped', 'closed', 'blocked', 'disabled', 'open', 'archived', 'lock']) expect(isAccountStateValue(value)).toBe(false);
  });
});

describe('isBareStateName and IDENTIFYING_CATEGORIES', () => {
  it('knows a bare state field, not a named one', () => {
    for (const name of ['status', 'State', 'STATUS']) expect(isBareStateName(name)).toBe(true);
    for (const name of ['accountStatus', 'statusCode', 'orderState', 'stat']) expect(isBareStateName(name)).toBe(false);
  });

  it('takes a record as a person\'s by its identifying fields, not by its dates or money', () => {
    expect([...IDENTIFYING_CATEGORIES].sort()).toEqual(['contact', 'credential', 'government-id', 'phone']);
    expect(IDENTIFYING_CATEGORIES.has('financial')).toBe(false);
  });
});
