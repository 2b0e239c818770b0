import type { CategoryDefinition } from '../category.js';

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
