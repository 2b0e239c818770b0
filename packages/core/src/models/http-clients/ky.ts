import type { HttpClientModel } from '../types.js';

const VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head'];

/** ky: callable default export, verb methods, and `ky.create()`/`ky.extend()` instances. */
export const kyModel: HttpClientModel = {
  id: 'ky',
  title: 'ky',
  sink: 'third-party',
  modules: ['ky'],
  receivers: [
    { kind: 'import', module: 'ky', export: 'default' },
    { kind: 'type', module: 'ky', name: 'KyInstance' },
  ],
  calls: [
    { method: '', urlArg: 0, dataArgs: [{ options: 1 }] },
    ...VERBS.map((method) => ({ method, urlArg: 0, dataArgs: [{ options: 1 }] })),
  ],
  dataKeys: ['json', 'body', 'searchParams', 'headers'],
  // ky 2 resolves relative input against `baseUrl` after joining `prefix`; ky 1 had `prefixUrl`.
  derive: [
    { method: 'create', baseUrlKeys: ['baseUrl', 'prefix', 'prefixUrl'] },
    { method: 'extend', baseUrlKeys: ['baseUrl', 'prefix', 'prefixUrl'] },
  ],
};
