import type { SanitizerModel } from '../types.js';

/** The last four digits of a card number, allowed everywhere under PCI practice (policy point 5). */
export const cardLastFour: SanitizerModel = {
  id: 'card-last-four',
  title: 'Card number last four digits',
  kind: 'truncate',
  calls: [{ callee: 'slice' }, { callee: 'substr' }, { callee: 'substring' }, { callee: 'at' }],
  properties: ['last4', 'lastFour', 'last_four', 'last4Digits', 'lastFourDigits', 'cardLast4'],
  removes: ['financial'],
  keeps: { from: 'end', length: 4 },
  notes:
    'Calls count only with a literal keeping at most the last four characters (`slice(-4)`, `substr(-4)`, `substring(pan.length - 4)`); `slice(0, 6)` (the BIN) or `slice(-6)` do not. Properties are the last-four fields payment SDKs return (Stripe `card.last4`).',
};
