import type { SanitizerModel } from '../types.js';

/** The two country letters of an IBAN (policy point 5). */
export const ibanCountry: SanitizerModel = {
  id: 'iban-country',
  title: 'IBAN country letters',
  kind: 'truncate',
  calls: [{ callee: 'slice' }, { callee: 'substring' }, { callee: 'substr' }],
  removes: ['financial'],
  keeps: { from: 'start', length: 2 },
  notes: 'Only `slice(0, 2)`, `substring(0, 2)` or `substr(0, 2)` of an IBAN; the check digits and anything after them are still `financial`.',
};
