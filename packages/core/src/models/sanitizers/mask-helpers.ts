import type { SanitizerModel } from '../types.js';
import { ALL_BUT_PHONE_FRAGMENT } from '../category-sets.js';

/** Masking and redaction helpers by name: `maskEmail`, `redactSsn`, `anonymizeIp`, `pseudonymise`. */
export const maskHelpers: SanitizerModel = {
  id: 'mask-helpers',
  title: 'Mask and redaction helpers by name',
  kind: 'mask',
  namePattern: '^(mask|redact|obfuscate|anonymi[sz]e|pseudonymi[sz]e|scrub)',
  removes: ALL_BUT_PHONE_FRAGMENT,
  notes:
    'A masked phone number still shows digits as a rule (`••• ••• 0142`), so it becomes a `phone-fragment` (derivation phone-mask-helper) unless the engine sees the helper reveal no digit. `truncate*` is deliberately not a sanitizer: it keeps the start of the value. `sanitize*` is not either: it usually escapes HTML and keeps the content.',
};
