import type { HttpClientModel } from '../types.js';

const VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head'];

/** got: callable default export, verb methods, and `got.extend()` instances. */
export const gotModel: HttpClientModel = {
  id: 'got',
  title: 'got',
  sink: 'third-party',
  modules: ['got'],
  receivers: [
    { kind: 'import', module: 'got', export: 'default' },
    { kind: 'type', module: 'got', name: 'Got' },
  ],
  calls: [
    { method: '', urlArg: 0, dataArgs: [{ options: 0 }, { options: 1 }], urlKey: 'url' },
    ...VERBS.map((method) => ({ method, urlArg: 0, dataArgs: [{ options: 0 }, { options: 1 }], urlKey: 'url' })),
    { method: 'stream', urlArg: 0, dataArgs: [{ options: 1 }] },
  ],
  dataKeys: ['json', 'body', 'form', 'searchParams', 'headers'],
  derive: [{ method: 'extend', baseUrlKeys: ['prefixUrl'] }],
};
