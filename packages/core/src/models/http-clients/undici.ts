import type { HttpClientModel } from '../types.js';

/** undici: `request` and `fetch` (named imports or on the namespace), and `Client`/`Pool` bound to one origin. */
export const undiciModel: HttpClientModel = {
  id: 'undici',
  title: 'undici',
  sink: 'third-party',
  modules: ['undici'],
  receivers: [
    { kind: 'import', module: 'undici', export: '*' },
    { kind: 'import', module: 'undici', export: 'default' },
    // The functions imported by name and called directly: `import { request } from 'undici'`.
    { kind: 'import', module: 'undici', export: 'request' },
    { kind: 'import', module: 'undici', export: 'fetch' },
    // The origin is the constructor's first argument; `request({ path, body })` is relative to it.
    { kind: 'factory', module: 'undici', export: 'Client', construct: true },
    { kind: 'factory', module: 'undici', export: 'Pool', construct: true },
  ],
  calls: [
    { method: '', urlArg: 0, dataArgs: [{ options: 1 }] },
    { method: 'request', urlArg: 0, dataArgs: [{ options: 0 }, { options: 1 }], urlKey: 'path' },
    { method: 'fetch', urlArg: 0, dataArgs: [{ options: 1 }] },
    { method: 'stream', urlArg: 0, dataArgs: [{ options: 1 }] },
  ],
  dataKeys: ['body', 'headers', 'query'],
  notes: 'For `Client`/`Pool` receivers the destination is the origin passed to the constructor; `path` only selects a resource on it.',
};
