import type { CallSinkModel } from '../types.js';

/** Google Analytics and Tag Manager in the browser: `gtag(…)`, `dataLayer.push(…)`, `react-ga4`. */
export const googleAnalyticsModel: CallSinkModel = {
  id: 'google-analytics',
  title: 'Google Analytics',
  sink: 'third-party',
  modules: ['react-ga4'],
  receivers: [
    { kind: 'global', path: 'gtag' },
    { kind: 'global', path: 'window.gtag' },
    { kind: 'global', path: 'dataLayer' },
    { kind: 'global', path: 'window.dataLayer' },
    { kind: 'import', module: 'react-ga4', export: 'default' },
  ],
  methods: ['', 'push', 'event', 'send', 'set', 'gtag'],
  notes:
    '`gtag("event", name, params)`, `gtag("set", "user_properties", props)` and `gtag("config", id, { user_id })` all carry data. The Measurement Protocol is a plain HTTP call; see the destinations model (`google-analytics.com` is a known third-party host).',
};
