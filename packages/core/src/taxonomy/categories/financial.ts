import type { CategoryDefinition } from '../category.js';

/** `financial`: Financial data. */
export const financial: CategoryDefinition = {
  id: 'financial',
  title: 'Financial data',
  why: 'Card numbers, CVVs, IBANs and bank account numbers enable fraud and fall under PCI DSS and banking secrecy rules.',
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
