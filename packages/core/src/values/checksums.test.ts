import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIbanCheckDigits, computeLuhnCheckDigit, computeMod97, isIbanChecksumValid, isLuhnValid } from './checksums.js';

describe('Luhn', () => {
  it('accepts documented test numbers and rejects a changed digit', () => {
    expect(isLuhnValid('4111111111111111')).toBe(true);
    expect(isLuhnValid('378282246310005')).toBe(true);
    expect(isLuhnValid('4111111111111112')).toBe(false);
    expect(isLuhnValid('')).toBe(false);
    expect(isLuhnValid('4111-1111')).toBe(false);
  });

  it('computes the check digit that makes any payload valid, and only that one', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 18 }), (payload) => {
        const check = computeLuhnCheckDigit(payload);
        expect(isLuhnValid(payload + String(check))).toBe(true);
        expect(isLuhnValid(payload + String((check + 1) % 10))).toBe(false);
      }),
    );
  });
});

describe('mod 97', () => {
  it('validates documented example IBANs and rejects wrong check digits', () => {
    expect(isIbanChecksumValid('GB82WEST12345698765432')).toBe(true);
    expect(isIbanChecksumValid('DE89370400440532013000')).toBe(true);
    expect(isIbanChecksumValid('GB83WEST12345698765432')).toBe(false);
    expect(computeMod97('gb82')).toBe(-1);
  });

  it('computes the check digits of the documented examples', () => {
    expect(computeIbanCheckDigits('GB', 'WEST12345698765432')).toBe('82');
    expect(computeIbanCheckDigits('DE', '370400440532013000')).toBe('89');
  });
});
