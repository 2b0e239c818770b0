import type { SanitizerModel } from '../types.js';

/**
 * What kind of line a number is (mobile, fixed line, VoIP) and whether it is valid: derived
 * from the number but revealing no part of it, so not a phone fragment.
 */
export const phoneNumberType: SanitizerModel = {
  id: 'phone-number-type',
  title: 'Phone number type and validity',
  kind: 'conversion',
  calls: [
    { module: 'libphonenumber-js', callee: 'getType' },
    { module: 'libphonenumber-js', callee: 'isValid' },
    { module: 'libphonenumber-js', callee: 'isPossible' },
    { module: 'libphonenumber-js', callee: 'isValidPhoneNumber' },
    { module: 'libphonenumber-js', callee: 'isPossiblePhoneNumber' },
    { module: 'google-libphonenumber', callee: 'getNumberType' },
    { module: 'google-libphonenumber', callee: 'isValidNumber' },
    { module: 'google-libphonenumber', callee: 'isPossibleNumber' },
  ],
  removes: ['phone', 'phone-fragment'],
  notes: 'Decision: the line type is not a fragment (it narrows nothing down to a person). Region and calling code are (see derivations).',
};
