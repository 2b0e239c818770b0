import type { SanitizerModel } from '../types.js';

/** Rest destructuring: `const { password, ...safe } = user` removes only `password` from `safe`. */
export const objectRest: SanitizerModel = {
  id: 'object-rest',
  title: 'Object rest destructuring',
  kind: 'projection',
  mode: 'denylist',
  operators: ['object-rest'],
  removes: 'all',
  notes: 'A denylist like `omit`: the rest object keeps every field the pattern does not name.',
};
