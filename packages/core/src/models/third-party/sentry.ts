import type { CallSinkModel, ReceiverPattern } from '../types.js';

// Every Sentry JavaScript SDK re-exports the same top-level API from @sentry/core.
const SENTRY_MODULES = [
  '@sentry/node',
  '@sentry/nextjs',
  '@sentry/browser',
  '@sentry/react',
  '@sentry/vue',
  '@sentry/nestjs',
  '@sentry/bun',
  '@sentry/deno',
  '@sentry/cloudflare',
  '@sentry/remix',
  '@sentry/sveltekit',
  '@sentry/core',
] as const;

const SCOPE_METHODS = [
  'captureException',
  'captureMessage',
  'captureEvent',
  'setUser',
  'setContext',
  'setExtra',
  'setExtras',
  'setTag',
  'setTags',
  'addBreadcrumb',
];

/** Sentry's error tracker: top-level API, scopes (withScope callbacks, getCurrentScope) and Sentry logs. */
export const sentryModel: CallSinkModel = {
  id: 'sentry',
  title: 'Sentry',
  sink: 'third-party',
  modules: SENTRY_MODULES,
  receivers: SENTRY_MODULES.flatMap((module): ReceiverPattern[] => [
    { kind: 'import', module, export: '*' },
    { kind: 'type', module, name: 'Scope' },
  ]),
  methods: [
    ...SCOPE_METHODS,
    'captureFeedback',
    // Sentry's structured logs (SDK 9.x and later) ship log lines to Sentry.
    'logger.trace',
    'logger.debug',
    'logger.info',
    'logger.warn',
    'logger.error',
    'logger.fatal',
  ],
  derive: ['getCurrentScope', 'getIsolationScope', 'getGlobalScope'],
  callbacks: [{ method: 'withScope', arg: 0, param: 0 }],
  notes:
    'Named imports (`import { setUser } from "@sentry/node"`) call the same functions. `withScope((scope) => scope.setUser(…))` hands a scope to its callback; the scope methods are sinks too. `init({ beforeSend })` and `sendDefaultPii: true` are configuration, not data, and are out of scope.',
};
