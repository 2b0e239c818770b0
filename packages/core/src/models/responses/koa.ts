import type { ResponseModel } from '../types.js';

const VERBS = ['get', 'post', 'put', 'patch', 'delete', 'del', 'head', 'options', 'all'];

/** Koa with `@koa/router` or `koa-router`: `ctx.body =`, `ctx.status =`, `ctx.set`, `ctx.throw`. */
export const koaModel: ResponseModel = {
  id: 'koa',
  title: 'Koa',
  sink: 'response',
  modules: ['koa', '@koa/router', 'koa-router'],
  routes: [
    {
      receivers: [
        { kind: 'factory', module: '@koa/router', export: 'default', construct: true },
        { kind: 'factory', module: '@koa/router', export: 'Router', construct: true },
        { kind: 'factory', module: 'koa-router', export: 'default', construct: true },
        { kind: 'type', module: '@koa/router', name: 'Router' },
        { kind: 'name', pattern: '^(router|api|\\w+Router)$' },
      ],
      methods: [...VERBS, 'use'],
      pathArg: 0,
      handlers: 'rest',
      scopeMethods: ['use'],
      notes: 'Named routes put the name first: `router.get("user", "/users/:id", handler)`; the path is then argument 1.',
    },
    {
      receivers: [
        { kind: 'factory', module: 'koa', export: 'default', construct: true },
        { kind: 'type', module: 'koa', name: 'default' },
      ],
      methods: ['use'],
      handlers: 'rest',
      scopeMethods: ['use'],
    },
  ],
  handlerParams: { context: 0 },
  handlerParamNames: { context: ['ctx', 'context'] },
  writes: [
    { on: 'context', method: 'set', part: 'header', args: [0, 1] },
    { on: 'context', method: 'append', part: 'header', args: [0, 1] },
    { on: 'context', method: 'redirect', part: 'header', args: [0] },
    { on: 'context', method: 'attachment', part: 'header', args: [0] },
    { on: 'context', method: 'cookies.set', part: 'header', args: [0, 1] },
    { on: 'context', method: 'response.set', part: 'header', args: [0, 1] },
    { on: 'context', method: 'response.append', part: 'header', args: [0, 1] },
    { on: 'context', method: 'response.redirect', part: 'header', args: [0] },
    {
      on: 'context',
      method: 'throw',
      part: 'body',
      args: [0, 1, 2],
      notes: 'http-errors takes status, message and properties in any order; messages of 4xx errors are exposed to the caller.',
    },
    { on: 'context', method: 'throw', part: 'status', args: [0, 1] },
    { on: 'context', method: 'assert', part: 'body', args: [2, 3] },
    { on: 'context', method: 'assert', part: 'status', args: [1] },
  ],
  assignments: [
    { on: 'context', property: 'body', part: 'body' },
    { on: 'context', property: 'status', part: 'status' },
    { on: 'context', property: 'message', part: 'status-message' },
    { on: 'context', property: 'response.body', part: 'body' },
    { on: 'context', property: 'response.status', part: 'status' },
    { on: 'context', property: 'response.message', part: 'status-message' },
  ],
  constructs: [],
  returnIsBody: false,
  notes: '`ctx.state` is request-local storage, not a response. `ctx.state.user` is where koa-jwt and koa-passport put the caller.',
};
