import { describe, expect, it } from 'vitest';
import { findSanitizerProblems } from '../check-model.js';
import { ibanCountry } from './iban-country.js';

describe('iban-country sanitizer', () => {
  it('is well-formed', () => {
    expect(findSanitizerProblems(ibanCountry)).toEqual([]);
  });

  it('removes only financial', () => {
    expect(ibanCountry.removes).toEqual(['financial']);
    expect(ibanCountry.kind).toBe('truncate');
  });
});
