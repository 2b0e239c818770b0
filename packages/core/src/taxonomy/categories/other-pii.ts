import type { CategoryDefinition } from '../category.js';

/** `other-pii`: Other personal data. */
export const otherPii: CategoryDefinition = {
  id: 'other-pii',
  title: 'Other personal data',
  why: 'Dates of birth, precise geolocation and IP addresses identify or track a person.',
  defaultSeverity: { log: 'medium', response: 'medium', 'third-party': 'high' },
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
