import type { SanitizerModel } from '../types.js';

const MODULES = ['lodash', 'lodash-es', 'radash', 'just-pick', 'lodash/pick', 'lodash.pick', 'remeda', 'es-toolkit', 'es-toolkit/compat'];

/** `pick(obj, keys)`: keeps only the named keys. */
export const pick: SanitizerModel = {
  id: 'pick',
  title: 'pick (lodash, lodash-es, radash, just-pick, remeda, es-toolkit)',
  kind: 'projection',
  mode: 'allowlist',
  calls: [
    ...MODULES.map((module) => ({ module, callee: module === 'just-pick' || module === 'lodash/pick' || module === 'lodash.pick' ? 'default' : 'pick' })),
    { module: 'lodash', callee: '_.pick' },
  ],
  removes: 'all',
  notes: 'Keeps the keys listed in argument 1 (remeda: the data-last form `pick(keys)` too); everything else is removed. A key listed that is itself sensitive stays sensitive.',
};
