import type { CategoryDefinition } from '../category.js';

/** `phone`: Phone numbers. */
export const phone: CategoryDefinition = {
  id: 'phone',
  title: 'Phone numbers',
  why: 'A full phone number identifies a person, enables SIM-swap and smishing attacks, and links accounts across services.',
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
