import type { ResponseConstruct, ResponseModel } from '../types.js';

const INIT_KEYS: ResponseConstruct['optionKeys'] = [
  { key: 'headers', part: 'header' },
  { key: 'status', part: 'status' },
  { key: 'statusText', part: 'status-message' },
];

/** The Fetch API `Response` built in any handler: Cloudflare Workers, Bun, Deno, service workers. */
export const FETCH_RESPONSE_CONSTRUCTS: readonly ResponseConstruct[] = [
  { callee: 'Response', construct: true, args: [0], part: 'body', optionKeys: INIT_KEYS },
  { callee: 'Response.json', args: [0], part: 'body', optionKeys: INIT_KEYS },
  { callee: 'Response.redirect', args: [0], part: 'header' },
];

/** Fetch-style handlers: `(request) => Response`. */
export const fetchResponseModel: ResponseModel = {
  id: 'fetch-response',
  title: 'Fetch API Response',
  sink: 'response',
  modules: [],
  routes: [],
  handlerParams: { request: 0 },
  handlerParamNames: { request: ['request', 'req'] },
  writes: [],
  assignments: [],
  constructs: FETCH_RESPONSE_CONSTRUCTS,
  returnIsBody: false,
  notes:
    'Constructing a `Response` is the write; where it is returned (Workers `export default { fetch }`, `Bun.serve({ fetch })`, `Deno.serve(handler)`) does not matter. `response.headers.set(k, v)` on a constructed response adds a header.',
};
