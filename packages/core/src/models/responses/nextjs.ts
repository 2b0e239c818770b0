import type { ResponseModel } from '../types.js';
import { EXPRESS_WRITES } from './express.js';
import { FETCH_RESPONSE_CONSTRUCTS } from './fetch-response.js';

const INIT_KEYS = [
  { key: 'headers', part: 'header' },
  { key: 'status', part: 'status' },
  { key: 'statusText', part: 'status-message' },
] as const;

// Pages API routes get Node's response extended with these helpers only.
const PAGES_API_WRITES = new Set(['json', 'send', 'status', 'setHeader', 'redirect', 'end', 'write', 'writeHead']);

/** Next.js: app-router route handlers, `NextResponse`, and pages API routes. */
export const nextjsModel: ResponseModel = {
  id: 'nextjs',
  title: 'Next.js',
  sink: 'response',
  modules: ['next', 'next/server'],
  routes: [],
  exportedHandlers: [
    {
      filePattern: '(^|/)app/(.+/)?route\\.(ts|tsx|js|jsx|mjs|mts)$',
      exports: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'],
      answer: 'return',
      handlerParams: { request: 0, context: 1 },
    },
    {
      filePattern: '(^|/)pages/api/.+\\.(ts|tsx|js|jsx|mjs|mts)$',
      exports: ['default'],
      answer: 'response-param',
      handlerParams: { request: 0, response: 1 },
    },
  ],
  handlerParams: { request: 0, response: 1 },
  handlerParamNames: { request: ['req', 'request'], response: ['res', 'response'] },
  writes: EXPRESS_WRITES.filter((w) => PAGES_API_WRITES.has(w.method)),
  assignments: [
    { on: 'response', property: 'statusMessage', part: 'status-message' },
    { on: 'response', property: 'statusCode', part: 'status' },
  ],
  constructs: [
    { module: 'next/server', callee: 'NextResponse.json', args: [0], part: 'body', optionKeys: INIT_KEYS },
    { module: 'next/server', callee: 'NextResponse', construct: true, args: [0], part: 'body', optionKeys: INIT_KEYS },
    { module: 'next/server', callee: 'NextResponse.redirect', args: [0], part: 'header' },
    ...FETCH_RESPONSE_CONSTRUCTS,
  ],
  returnIsBody: false,
  notes:
    'App-router handlers answer with the Response they return, built by the constructs above. `context.params` is a Promise in Next 15. Server Actions (`"use server"`) and `getServerSideProps` props also reach the browser; they are not modelled yet.',
};
