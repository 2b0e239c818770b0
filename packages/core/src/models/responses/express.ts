import type { ResponseModel, ResponseWrite } from '../types.js';

const VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'all'];

function write(method: string, part: ResponseWrite['part'], args: readonly number[], notes?: string): ResponseWrite {
  return notes === undefined ? { on: 'response', method, part, args } : { on: 'response', method, part, args, notes };
}

/** The response writes of Express (also Node's `ServerResponse`, which Express extends). */
export const EXPRESS_WRITES: readonly ResponseWrite[] = [
  write('json', 'body', [0]),
  write('jsonp', 'body', [0]),
  write('send', 'body', [0]),
  write('end', 'body', [0]),
  write('write', 'body', [0]),
  write('render', 'body', [1], 'The locals object (argument 1) is rendered into the page.'),
  write('set', 'header', [0, 1], '`set(name, value)` or `set({ name: value })`.'),
  write('header', 'header', [0, 1]),
  write('setHeader', 'header', [0, 1]),
  write('append', 'header', [0, 1]),
  write('cookie', 'header', [0, 1], 'A cookie value goes back to the caller in `Set-Cookie`.'),
  write('location', 'header', [0]),
  write('redirect', 'header', [0, 1], '`redirect(url)` or `redirect(status, url)`: the URL (query string included) is the `Location` header.'),
  write('attachment', 'header', [0]),
  write('links', 'header', [0]),
  write('status', 'status', [0]),
  write('sendStatus', 'status', [0]),
  write('writeHead', 'status', [0]),
  write('writeHead', 'status-message', [1]),
  write('writeHead', 'header', [1, 2]),
];

/** Express 4 and 5: `app`/`Router` registration, `app.route(path)` builders and `res` writes. */
export const expressModel: ResponseModel = {
  id: 'express',
  title: 'Express',
  sink: 'response',
  modules: ['express'],
  routes: [
    {
      receivers: [
        { kind: 'factory', module: 'express', export: 'default' },
        { kind: 'factory', module: 'express', export: 'default', path: 'Router' },
        { kind: 'factory', module: 'express', export: 'Router' },
        { kind: 'type', module: 'express', name: 'Express' },
        { kind: 'type', module: 'express', name: 'Application' },
        { kind: 'type', module: 'express', name: 'Router' },
        { kind: 'name', pattern: '^(app|router|api|routes?|\\w+Router)$' },
      ],
      methods: [...VERBS, 'use'],
      pathArg: 0,
      handlers: 'rest',
      scopeMethods: ['use'],
      pathBuilders: [{ method: 'route', verbs: VERBS }],
      notes:
        '`router.use(requireAuth)` authenticates every route registered on that router after it; `app.use("/admin", requireAuth)` only those under the path. `pathArg` is optional for `use`.',
    },
  ],
  handlerParams: { request: 0, response: 1 },
  handlerParamNames: { request: ['req', 'request'], response: ['res', 'response'] },
  writes: EXPRESS_WRITES,
  assignments: [
    { on: 'response', property: 'statusMessage', part: 'status-message' },
    { on: 'response', property: 'statusCode', part: 'status' },
  ],
  constructs: [],
  returnIsBody: false,
  notes:
    '`res.locals` is not a response: it reaches the caller only through `res.render`, whose locals argument is modelled. Express 5 forwards rejected promises to the error handler; the default handler does not send `err.message` in production.',
};
