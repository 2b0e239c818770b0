import type { CategoryDefinition } from '../category.js';
import type { CategoryId } from '../ids.js';

/** `account-status`: Account status. */
export const accountStatus: CategoryDefinition = {
  id: 'account-status',
  title: 'Account status',
  why: 'Telling an unauthenticated caller that an account is locked, suspended or banned confirms the account exists and reveals its state: an enumeration oracle.',
  defaultSeverity: { log: 'low', response: 'high', 'third-party': 'high' },
  names: {
    terms: [
      'account status', 'account state', 'user status', 'member status', 'lock reason', 'lock status', 'ban reason',
      'ban status', 'ban expires', 'ban expiry', 'ban until', 'ban duration', 'suspension reason',
      'suspension status', 'suspension end', 'account disabled', 'user disabled', 'disabled account',
      'disabled user', 'account frozen', 'account closed', 'account blocked', 'user blocked', 'account restricted',
      'account terminated', 'flagged for review', 'under review', 'deactivation reason',
    ],
    suffixTerms: [
      // counted only at the end or before a time, a reason or a message: lockedUntil, but not lockedFields
      'locked', 'lockout', 'suspended', 'banned', 'flagged', 'deactivated',
    ],
    notTerms: [
      // things that are locked or suspended that are not accounts: streams, databases, render work
      'stream locked', 'sqlite locked', 'database locked', 'db locked', 'table locked', 'row locked',
      'file locked', 'mutex locked', 'frame locked', 'scroll locked', 'root suspended', 'progress suspended',
      'transition suspended', 'blocking suspended', 'header suspended', 'thread suspended', 'fiber suspended',
      'certificate deactivated', 'config deactivated', 'being flagged', 'expression flagged',
    ],
    keepModifiers: [
      'at', 'on', 'date', 'time', 'timestamp', 'until', 'since', 'reason', 'by', 'message', 'msg', 'error',
      'status', 'state', 'expires', 'expiry', 'expiration', 'end', 'out', 'label', 'title', 'description', 'flag',
    ],
    flagsAreSensitive: true,
  },
  valueDetectors: [],
  examples: {
    names: [
      'accountStatus', 'isLocked', 'locked', 'lockedUntil', 'suspended', 'isBanned', 'banned', 'flagged',
      'underReview', 'accountState', 'lockReason', 'accountDisabled', 'deactivatedAt',
    ],
    notNames: [
      'orderStatus', 'statusCode', 'httpStatus', 'paymentStatus', 'jobStatus', 'queueStatus', 'serverStatus',
      'disabled', 'status', 'lockedFields', 'bannedWords', 'lockoutEnabled',
    ],
    values: [],
    notValues: [
      'locked',
      'suspended',
    ],
  },
};

/**
 * Values of a status field that only an account has (`'active' | 'deactivated' | 'banned'`): a
 * `status` typed with one of them is an account's state, where `'pending' | 'settled'` is an
 * order's or a payment's. Ambiguous words (`closed`, `blocked`, `disabled`) are left out: tickets
 * close, tasks block and features disable.
 */
export const ACCOUNT_STATE_VALUES: readonly string[] = Object.freeze(['locked', 'lockedout', 'suspended', 'banned', 'shadowbanned', 'deactivated', 'blacklisted', 'blocklisted']);

const STATE_VALUES = new Set(ACCOUNT_STATE_VALUES);

/** Whether a literal status value is an account state (`'banned'`, `'shadow-banned'`, `'LOCKED_OUT'`). */
export function isAccountStateValue(value: string): boolean {
  return STATE_VALUES.has(value.toLowerCase().replace(/[^a-z]/g, ''));
}

/** A bare state field (`status`, `state`): whose state it is comes from its values and its record. */
export function isBareStateName(name: string): boolean {
  return /^(status|state)$/i.test(name);
}

/**
 * Categories that make a record a person's (an e-mail, a phone, a credential, a government id):
 * only such a record's bare `status` can be an account's state; a repair job can be `suspended` too.
 */
export const IDENTIFYING_CATEGORIES: ReadonlySet<CategoryId> = new Set<CategoryId>(['contact', 'phone', 'credential', 'government-id']);
