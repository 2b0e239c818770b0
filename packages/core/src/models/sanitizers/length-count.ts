import type { SanitizerModel } from '../types.js';

/** Lengths and counts: `password.length`, `emails.size`, `prisma.user.count()`. */
export const lengthCount: SanitizerModel = {
  id: 'length-count',
  title: 'Lengths and counts',
  kind: 'conversion',
  properties: ['length', 'size', 'byteLength'],
  calls: [{ callee: 'count' }, { callee: 'countDocuments' }, { callee: 'estimatedDocumentCount' }],
  removes: 'all',
  notes: 'A length reveals at most how long the value is. `Number(x)`/`parseInt(x)` are not conversions: they keep a phone\'s digits.',
};

// Case matters: `countTravellers`, `userCount` and `tallyVotes` count, while `country`, `counter`,
// `discount` and `getAccount` do not.
const COUNT_CALL_NAME = /^(?:count|tally)(?:[A-Z0-9_$]|$)|[a-z0-9](?:Count|Counts|Tally)$|_(?:count|counts|tally)$/;

/**
 * Whether a called function's name says it counts (`count`, `countTravellers`, `getUserCount`,
 * `tallyVotes`). What it returns, and each property destructured from it
 * (`const { total, suspended } = await countTravellers()`), is a number of records, not any
 * record's data: `suspended` there is no account's state (policy point 6, counts).
 */
export function isCountCallName(name: string): boolean {
  return COUNT_CALL_NAME.test(name);
}
