import { describe, expect, it } from 'vitest';
import { findSanitizerProblems } from '../check-model.js';
import { findDerivation } from '../derivations.js';
import { phoneNumberType } from './phone-number-type.js';

describe('phone-number-type sanitizer', () => {
  it('is well-formed and removes only phone categories', () => {
    expect(findSanitizerProblems(phoneNumberType)).toEqual([]);
    expect(phoneNumberType.removes).toEqual(['phone', 'phone-fragment']);
  });

  it('covers getType of libphonenumber-js and getNumberType of google-libphonenumber', () => {
    expect(phoneNumberType.calls).toContainEqual({ module: 'libphonenumber-js', callee: 'getType' });
    expect(phoneNumberType.calls).toContainEqual({ module: 'google-libphonenumber', callee: 'getNumberType' });
  });

  it('does not overlap a derivation: the type is not a fragment, the region is', () => {
    expect(findDerivation('phone', 'method', 'getType')).toBeUndefined();
    expect(findDerivation('phone', 'call', 'getNumberType')).toBeUndefined();
    expect(findDerivation('phone', 'call', 'getRegionCodeForNumber')?.to).toBe('phone-fragment');
  });
});
