import type { CallSinkModel } from '../types.js';

/** Datadog: APM spans from `dd-trace`, and the browser RUM and logs SDKs. */
export const datadogModel: CallSinkModel = {
  id: 'datadog',
  title: 'Datadog',
  sink: 'third-party',
  modules: ['dd-trace', '@datadog/browser-rum', '@datadog/browser-logs'],
  receivers: [
    // `tracer.setUser({ id, email })` tags the trace with user fields.
    { kind: 'import', module: 'dd-trace', export: 'default' },
    { kind: 'type', module: 'dd-trace', name: 'Span' },
    { kind: 'import', module: '@datadog/browser-rum', export: 'datadogRum' },
    { kind: 'import', module: '@datadog/browser-logs', export: 'datadogLogs' },
    { kind: 'factory', module: '@datadog/browser-logs', export: 'datadogLogs', path: 'createLogger' },
    { kind: 'factory', module: '@datadog/browser-logs', export: 'datadogLogs', path: 'getLogger' },
    { kind: 'type', module: '@datadog/browser-logs', name: 'Logger' },
  ],
  methods: [
    'setTag',
    'addTags',
    'setUser',
    // dd-trace's App and API Protection SDK tags the root span with the user fields it is given.
    'appsec.setUser',
    'appsec.trackUserLoginSuccessEvent',
    'appsec.trackUserLoginFailureEvent',
    'appsec.trackCustomEvent',
    'setUserProperty',
    'addAction',
    'addError',
    'setGlobalContext',
    'setGlobalContextProperty',
    'setAccount',
    'logger.debug',
    'logger.info',
    'logger.warn',
    'logger.error',
    'logger.log',
    'debug',
    'info',
    'warn',
    'error',
    'log',
  ],
  notes:
    'dd-trace spans are reached by type (`tracer.scope().active()` returns a `Span`). Browser logs go straight to Datadog from the user\'s browser, so they count as third-party rather than log.',
};
