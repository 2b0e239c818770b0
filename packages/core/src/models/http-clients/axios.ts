import type { HttpClientModel } from '../types.js';

// Verbs whose second argument is the request body.
const BODY_VERBS = ['post', 'put', 'patch', 'postForm', 'putForm', 'patchForm'];
const NO_BODY_VERBS = ['get', 'delete', 'head', 'options'];

/** axios: the default instance (callable), verb methods, and instances from `axios.create()`. */
export const axiosModel: HttpClientModel = {
  id: 'axios',
  title: 'axios',
  sink: 'third-party',
  modules: ['axios'],
  receivers: [
    { kind: 'import', module: 'axios', export: 'default' },
    { kind: 'factory', module: 'axios', export: 'default', path: 'create' },
    { kind: 'type', module: 'axios', name: 'AxiosInstance' },
    { kind: 'type', module: 'axios', name: 'AxiosStatic' },
  ],
  calls: [
    // `axios(url, config)` or `axios(config)` with `config.url`.
    { method: '', urlArg: 0, dataArgs: [{ options: 0 }, { options: 1 }], urlKey: 'url' },
    { method: 'request', urlArg: 0, dataArgs: [{ options: 0 }], urlKey: 'url' },
    ...NO_BODY_VERBS.map((method) => ({ method, urlArg: 0, dataArgs: [{ options: 1 }] })),
    ...BODY_VERBS.map((method) => ({ method, urlArg: 0, dataArgs: [1, { options: 2 }] })),
  ],
  dataKeys: ['data', 'params', 'headers', 'auth'],
  derive: [{ method: 'create', baseUrlKeys: ['baseURL'] }],
  notes: 'An instance created with a `baseURL` sends relative URLs to that origin; an instance without one sends them nowhere else than given.',
};
