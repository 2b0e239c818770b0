import type { HttpClientModel } from '../types.js';

/** `node-fetch`, the Fetch API for older Node versions. */
export const nodeFetchModel: HttpClientModel = {
  id: 'node-fetch',
  title: 'node-fetch',
  sink: 'third-party',
  modules: ['node-fetch'],
  receivers: [{ kind: 'import', module: 'node-fetch', export: 'default' }],
  calls: [{ method: '', urlArg: 0, dataArgs: [{ options: 1 }] }],
  dataKeys: ['body', 'headers'],
};
