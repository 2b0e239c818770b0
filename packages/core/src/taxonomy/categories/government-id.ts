import type { CategoryDefinition } from '../category.js';

/** `government-id`: Government identifiers. */
export const governmentId: CategoryDefinition = {
  id: 'government-id',
  title: 'Government identifiers',
  why: 'SSNs, passport, national id, tax id and driver licence numbers enable identity theft and are regulated almost everywhere.',
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
