import type { CategoryDefinition } from '../category.js';

/** `credential`: Credentials. */
export const credential: CategoryDefinition = {
  id: 'credential',
  title: 'Credentials',
  why: 'A password, token, key or stored password hash lets whoever reads it act as the user or crack their password offline; it must never leave the authentication code path.',
  defaultSeverity: { log: 'high', response: 'high', 'third-party': 'high' },
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
