import type { CategoryDefinition } from '../category.js';

/** `phone-fragment`: Phone number fragments. */
export const phoneFragment: CategoryDefinition = {
  id: 'phone-fragment',
  title: 'Phone number fragments',
  why: 'A country calling code, dial prefix, region or the last digits of a number narrow down who owns an account; answered to anonymous callers they turn an endpoint into an enumeration oracle.',
  defaultSeverity: { log: 'medium', response: 'high', 'third-party': 'high' },
  names: {
    terms: [
      'country calling code', 'calling code', 'dial code', 'dialing code', 'dial prefix', 'phone prefix',
      'phone country code', 'phone country', 'phone region', 'phone area code', 'area code', 'phone last',
      'phone ending', 'phone suffix', 'last four digits', 'last 4 digits', 'last digits', 'phone hint',
      'mobile last', 'mobile prefix', 'mobile country code', 'msisdn prefix', 'phone number prefix',
      'phone number country code', 'phone number region', 'phone number last', 'phone number country',
      'phone number hint', 'mobile hint', 'phone tail', 'international prefix',
    ],
    notTerms: [
      // the countries in which a telephony provider offers numbers for purchase
      'available phone number country',
    ],
    maskedCategory: 'phone-fragment',
  },
  valueDetectors: [],
  examples: {
    names: [
      'countryCallingCode', 'callingCode', 'dialCode', 'phonePrefix', 'phoneLast4', 'lastFourDigits', 'maskedPhone',
      'phoneRegion', 'phoneCountry', 'phoneCountryCode',
    ],
    notNames: [
      'countryCode', 'last4', 'cardLast4', 'panLast4', 'country', 'region', 'phoneFormat', 'prefix',
    ],
    values: [],
    notValues: [
      '***-***-****',
      '+44',
      '0143',
    ],
  },
};
