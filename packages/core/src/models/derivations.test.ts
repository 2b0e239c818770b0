import { describe, expect, it } from 'vitest';
import { findDerivationProblems } from './check-model.js';
import { DERIVATIONS, findDerivation, isDigitFreeMask } from './derivations.js';

describe('DERIVATIONS', () => {
  it('are well-formed and have unique ids', () => {
    expect(DERIVATIONS.flatMap(findDerivationProblems)).toEqual([]);
    const ids = DERIVATIONS.map((d) => d.id);
    expect(ids.every((id) => id !== undefined)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('findDerivation', () => {
  it('turns string parts of a phone into a phone fragment', () => {
    for (const method of ['slice', 'substring', 'substr', 'at', 'charAt', 'split', 'padStart', 'match', 'replace', 'replaceAll']) {
      expect(findDerivation('phone', 'method', method)?.to).toBe('phone-fragment');
    }
    expect(findDerivation('phone', 'call', 'exec')?.to).toBe('phone-fragment');
  });

  it('reads libphonenumber-js properties: calling code and country are fragments, the national number is the phone', () => {
    expect(findDerivation('phone', 'call', 'parsePhoneNumber')?.to).toBe('phone');
    expect(findDerivation('phone', 'property', 'countryCallingCode')?.to).toBe('phone-fragment');
    expect(findDerivation('phone', 'property', 'country')?.to).toBe('phone-fragment');
    expect(findDerivation('phone', 'property', 'countryCode')?.to).toBe('phone-fragment');
    expect(findDerivation('phone', 'property', 'nationalNumber')?.to).toBe('phone');
  });

  it('reads google-libphonenumber getters', () => {
    expect(findDerivation('phone', 'method', 'getCountryCode')?.to).toBe('phone-fragment');
    expect(findDerivation('phone', 'call', 'getRegionCodeForNumber')?.to).toBe('phone-fragment');
    expect(findDerivation('phone', 'method', 'getNationalNumber')?.to).toBe('phone');
  });

  it('matches mask helpers by prefix and templates of any shape', () => {
    expect(findDerivation('phone', 'call', 'maskPhone')?.id).toBe('phone-mask-helper');
    expect(findDerivation('phone-fragment', 'template', '')?.to).toBe('phone-fragment');
    expect(findDerivation('phone', 'template', 'anything')?.to).toBe('phone');
  });

  it('keeps whole-value string operations a full phone', () => {
    expect(findDerivation('phone', 'method', 'trim')?.to).toBe('phone');
    expect(findDerivation('phone', 'method', 'toString')?.to).toBe('phone');
  });

  it('returns undefined for unknown operations, other kinds and other categories', () => {
    expect(findDerivation('phone', 'method', 'toFixed')).toBeUndefined();
    expect(findDerivation('phone', 'property', 'slice')).toBeUndefined();
    expect(findDerivation('contact', 'method', 'slice')).toBeUndefined();
    // A prefix pattern does not match a shorter or different name.
    expect(findDerivation('phone', 'call', 'unmaskPhone')).toBeUndefined();
  });
});

describe('isDigitFreeMask', () => {
  it('accepts a global digit class replaced by a constant', () => {
    expect(isDigitFreeMask('\\d', 'g', '•')).toBe(true);
    expect(isDigitFreeMask('[0-9]', 'g', '*')).toBe(true);
    expect(isDigitFreeMask('\\d', 'gu', 'x')).toBe(true);
    expect(isDigitFreeMask('[\\d]', 'g', '')).toBe(true);
    expect(isDigitFreeMask('\\d+', 'g', '###')).toBe(true);
    expect(isDigitFreeMask('\\p{Nd}', 'gu', '•')).toBe(true);
  });

  it('rejects masks that keep digits or put them back', () => {
    // keeps the last two digits
    expect(isDigitFreeMask('\\d(?=\\d{2})', 'g', '•')).toBe(false);
    // not global: only the first digit goes
    expect(isDigitFreeMask('\\d', '', '•')).toBe(false);
    expect(isDigitFreeMask('\\d', 'i', '•')).toBe(false);
    // back-references restore what was matched
    expect(isDigitFreeMask('\\d', 'g', '$&')).toBe(false);
    expect(isDigitFreeMask('(\\d)', 'g', '$1')).toBe(false);
    // a range or the non-digit class leaves digits
    expect(isDigitFreeMask('[0-7]', 'g', '•')).toBe(false);
    expect(isDigitFreeMask('\\D', 'g', '')).toBe(false);
    expect(isDigitFreeMask('\\d{3}', 'g', '•')).toBe(false);
  });
});
