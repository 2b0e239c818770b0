import type { ReceiverPattern, ResponseModel } from '../types.js';

const VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'all'];
const HOOKS = ['onRequest', 'preParsing', 'preValidation', 'preHandler'];

const INSTANCES: readonly ReceiverPattern[] = [
  { kind: 'factory', module: 'fastify', export: 'default' },
  { kind: 'factory', module: 'fastify', export: 'fastify' },
  { kind: 'type', module: 'fastify', name: 'FastifyInstance' },
  { kind: 'name', pattern: '^(fastify|app|server|instance)$' },
];

// @fastify/sensible adds these to `reply`; their message is sent to the caller.
const SENSIBLE = ['badRequest', 'unauthorized', 'forbidden', 'notFound', 'conflict', 'gone', 'tooManyRequests', 'internalServerError', 'getHttpError'];

/** Fastify 4 and 5: shorthand and `route({ … })` registration, hooks, `reply` writes, return values. */
export const fastifyModel: ResponseModel = {
  id: 'fastify',
  title: 'Fastify',
  sink: 'response',
  modules: ['fastify'],
  routes: [
    {
      receivers: INSTANCES,
      methods: VERBS,
      pathArg: 0,
      handlers: 'last',
      scopeMethods: ['addHook'],
      hookOptionKeys: HOOKS,
      notes: '`addHook("onRequest", fn)` applies to every route of the same encapsulation context (the plugin function it is called in).',
    },
  ],
  routeOptions: [
    { receivers: INSTANCES, methods: ['route'], arg: 0, methodKey: 'method', pathKey: 'url', handlerKey: 'handler', hookKeys: HOOKS },
  ],
  handlerParams: { request: 0, response: 1 },
  handlerParamNames: { request: ['request', 'req'], response: ['reply', 'res'] },
  writes: [
    { on: 'response', method: 'send', part: 'body', args: [0] },
    { on: 'response', method: 'view', part: 'body', args: [1], notes: '@fastify/view renders its data argument into the page.' },
    { on: 'response', method: 'header', part: 'header', args: [0, 1] },
    { on: 'response', method: 'headers', part: 'header', args: [0] },
    { on: 'response', method: 'redirect', part: 'header', args: [0] },
    { on: 'response', method: 'code', part: 'status', args: [0] },
    { on: 'response', method: 'status', part: 'status', args: [0] },
    ...SENSIBLE.map((method) => ({ on: 'response' as const, method, part: 'body' as const, args: [0, 1] })),
  ],
  assignments: [{ on: 'response', property: 'statusCode', part: 'status' }],
  constructs: [],
  returnIsBody: true,
  exceptions: [
    // Fastify's default error handler answers `{ statusCode, error, message }` with the thrown error's message.
    { module: '', pattern: '^(Error|TypeError|RangeError)$', args: [0] },
    { module: '@fastify/error', pattern: '^createError$', args: [1] },
  ],
  notes:
    'A thrown error\'s message reaches the caller through the default error handler (also for 500s), so `throw new Error(`account ${email} locked`)` is a response write.',
};
