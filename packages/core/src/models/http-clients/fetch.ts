import type { HttpClientModel } from '../types.js';

/** The Fetch API's global `fetch` (Node ≥ 18, browsers, Deno, Bun, workers). */
export const fetchModel: HttpClientModel = {
  id: 'fetch',
  title: 'fetch (global)',
  sink: 'third-party',
  modules: [],
  receivers: [
    { kind: 'global', path: 'fetch' },
    { kind: 'global', path: 'globalThis.fetch' },
    { kind: 'global', path: 'window.fetch' },
  ],
  calls: [{ method: '', urlArg: 0, dataArgs: [0, { options: 1 }], urlKey: 'url' }],
  dataKeys: ['body', 'headers'],
  notes:
    'Argument 0 may be a `Request` whose body and headers were set by `new Request(url, init)`; engines follow the `init` of that construction (the `url` key then holds the address).',
};
