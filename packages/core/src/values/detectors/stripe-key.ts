import { isAlnum } from '../chars.js';
import type { ValueDetector } from '../detector.js';
import { scanPrefixedTokens } from '../prefixed-token.js';

/** Stripe secret and restricted keys. */
export const stripeKeyDetector: ValueDetector = {
  id: 'stripe-key',
  category: 'credential',
  title: 'Stripe secret key',
  description:
    'Secret and restricted keys (`sk_live_`, `sk_test_`, `rk_live_`, `rk_test_`) with 16–128 letters and digits. Publishable `pk_` keys are public by design and not matched.',
  scan(text, report) {
    scanPrefixedTokens(
      text,
      { prefixes: ['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_'], isBodyChar: isAlnum, minBody: 16, maxBody: 128 },
      report,
    );
  },
};
