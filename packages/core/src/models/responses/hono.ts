import type { ResponseModel } from '../types.js';

const VERBS = ['get', 'post', 'put', 'patch', 'delete', 'options', 'all', 'on'];

/** Hono: `c.json`/`c.text`/… writes, returned `Response`s and `HTTPException`. */
export const honoModel: ResponseModel = {
  id: 'hono',
  title: 'Hono',
  sink: 'response',
  modules: ['hono', 'hono/http-exception'],
  routes: [
    {
      receivers: [
        { kind: 'factory', module: 'hono', export: 'Hono', construct: true },
        { kind: 'type', module: 'hono', name: 'Hono' },
        { kind: 'name', pattern: '^(app|api|router|route)$' },
      ],
      methods: [...VERBS, 'use'],
      pathArg: 0,
      handlers: 'rest',
      scopeMethods: ['use'],
      notes: '`app.on(method, path, …handlers)` puts the path at argument 1.',
    },
  ],
  handlerParams: { context: 0 },
  handlerParamNames: { context: ['c', 'ctx', 'context'] },
  writes: [
    { on: 'context', method: 'json', part: 'body', args: [0] },
    { on: 'context', method: 'json', part: 'status', args: [1] },
    { on: 'context', method: 'json', part: 'header', args: [2] },
    { on: 'context', method: 'text', part: 'body', args: [0] },
    { on: 'context', method: 'text', part: 'status', args: [1] },
    { on: 'context', method: 'html', part: 'body', args: [0] },
    { on: 'context', method: 'html', part: 'status', args: [1] },
    { on: 'context', method: 'body', part: 'body', args: [0] },
    { on: 'context', method: 'body', part: 'status', args: [1] },
    { on: 'context', method: 'newResponse', part: 'body', args: [0] },
    { on: 'context', method: 'render', part: 'body', args: [0, 1] },
    { on: 'context', method: 'header', part: 'header', args: [0, 1] },
    { on: 'context', method: 'status', part: 'status', args: [0] },
    { on: 'context', method: 'redirect', part: 'header', args: [0] },
    { on: 'context', method: 'redirect', part: 'status', args: [1] },
  ],
  assignments: [{ on: 'context', property: 'res', part: 'body' }],
  constructs: [
    { callee: 'Response', construct: true, args: [0], part: 'body', optionKeys: [{ key: 'headers', part: 'header' }, { key: 'status', part: 'status' }, { key: 'statusText', part: 'status-message' }] },
    { callee: 'Response.json', args: [0], part: 'body', optionKeys: [{ key: 'headers', part: 'header' }, { key: 'status', part: 'status' }] },
  ],
  // A handler must return a Response; the writes and constructs above build it, so the return itself adds nothing.
  returnIsBody: false,
  exceptions: [{ module: 'hono/http-exception', pattern: '^HTTPException$', args: [0, 1], optionKeys: ['message', 'res'] }],
  notes: '`c.get("user")`/`c.var.user` read request-local variables set by middleware; they are not responses.',
};
