import type { CategoryDefinition } from '../category.js';

/** `account-status`: Account status. */
export const accountStatus: CategoryDefinition = {
  id: 'account-status',
  title: 'Account status',
  why: 'Telling an unauthenticated caller that an account is locked, suspended or banned confirms the account exists and reveals its state: an enumeration oracle.',
  defaultSeverity: { log: 'low', response: 'high', 'third-party': 'high' },
  names: {
    terms: [],
  },
  valueDetectors: [],
  examples: {
    names: [],
    notNames: [],
    values: [],
    notValues: [],
  },
};
