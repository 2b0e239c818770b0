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
  serverActions: {
    directive: 'use server',
    // Any error class: Next.js sends the message of whatever an action throws (a digest in
    // production builds, where a throw is still told apart from an answer).
    thrownErrors: { pattern: 'Error$', args: [0] },
    sessionCalls: [
      { callee: 'auth' },
      { module: 'next-auth', callee: 'getServerSession' },
      { module: 'next-auth/next', callee: 'getServerSession' },
      { module: '@clerk/nextjs/server', callee: 'auth' },
      { module: '@clerk/nextjs/server', callee: 'currentUser' },
      { module: 'next/headers', callee: 'cookies' },
    ],
    // The project's own readers (`getSession()` in `lib/session.ts`, `getCurrentUser()`, `requireUser()`),
    // called without arguments: `getUser(id)` is a lookup, not a session read.
    sessionCallPattern: '^(get|read|load|fetch)_?(server|current)?_?(session|auth|user|viewer|caller|identity)$|^(require|ensure|verify|validate)_?(session|auth|user|signin|signedin|loggedin)$',
    exitCalls: [
      { module: 'next/navigation', callee: 'redirect' },
      { module: 'next/navigation', callee: 'permanentRedirect' },
      { module: 'next/navigation', callee: 'notFound' },
      { module: 'next/navigation', callee: 'unauthorized' },
      { module: 'next/navigation', callee: 'forbidden' },
    ],
    body: { paramType: 'FormData', readers: ['get', 'getAll'] },
  },
  notes:
    'App-router handlers answer with the Response they return, built by the constructs above. `context.params` is a Promise in Next 15. A Server Action (an exported async function of a `\'use server\'` module, or a function whose body starts with the directive) is a handler of its own: its return value and the message of what it throws reach the browser that called it; it is anonymous unless it reads the session (`auth()`, `getSession()`, `cookies()`) and leaves early (return, throw, `redirect()`, `notFound()`, `unauthorized()`, `forbidden()`) when that is absent; a lookup keyed by the session\'s id is owner-scoped; its `FormData` parameter is the request body, a password on a sign-in, sign-up or password-change action (named like core\'s credential routes). `getServerSideProps` props also reach the browser; they are not modelled yet.',
};

/**
 * The route path an engine gives a Server Action, from its name: `signIn` is `/sign-in`, so the
 * path conventions of core's auth model (credential bodies, issuing routes) apply to actions too.
 */
export function createServerActionPath(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .replace(/[_\s]+/g, '-')
    .toLowerCase();
  return `/${words}`;
}
