import type { CategoryDefinition } from '../category.js';

/** `contact`: Contact details. */
export const contact: CategoryDefinition = {
  id: 'contact',
  title: 'Contact details',
  why: 'E-mail and postal addresses identify and locate a person and feed phishing and account takeover.',
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
