import type { SanitizerModel } from '../types.js';

const MODULES = ['lodash', 'lodash-es', 'radash', 'just-omit', 'lodash/omit', 'lodash.omit', 'remeda', 'es-toolkit', 'es-toolkit/compat'];

/** `omit(obj, keys)`: a denylist, removes only the named keys (policy point 7). */
export const omit: SanitizerModel = {
  id: 'omit',
  title: 'omit (lodash, lodash-es, radash, just-omit, remeda, es-toolkit)',
  kind: 'projection',
  mode: 'denylist',
  calls: [
    ...MODULES.map((module) => ({ module, callee: module === 'just-omit' || module === 'lodash/omit' || module === 'lodash.omit' ? 'default' : 'omit' })),
    { module: 'lodash', callee: '_.omit' },
  ],
  removes: 'all',
  notes: 'Removes only the keys listed in argument 1; every other sensitive field survives.',
};
