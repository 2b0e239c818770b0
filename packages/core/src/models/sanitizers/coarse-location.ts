import type { SanitizerModel } from '../types.js';

/** The city or time zone of an address or a position: coarse location, outside the taxonomy (policy point 9). */
export const coarseLocation: SanitizerModel = {
  id: 'coarse-location',
  title: 'City and time zone of an address or position',
  kind: 'conversion',
  properties: ['city', 'town', 'timezone', 'timeZone'],
  removes: 'all',
  notes:
    "`row.homeAddress.city` names a place many people share, like a country of residence. Not `country` or `region`: libphonenumber's `parsed.country` is a region derived from a phone number, a phone fragment. Not `state`, which is also an account's state.",
};
