import type { CategoryDefinition } from '../category.js';

/** `phone-fragment`: Phone number fragments. */
export const phoneFragment: CategoryDefinition = {
  id: 'phone-fragment',
  title: 'Phone number fragments',
  why: 'A country calling code, dial prefix, region or the last digits of a number narrow down who owns an account; answered to anonymous callers they turn an endpoint into an enumeration oracle.',
  defaultSeverity: { log: 'medium', response: 'high', 'third-party': 'high' },
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
