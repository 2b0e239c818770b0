import type { CallSinkModel } from '../types.js';

/** Segment: the Node SDK (`@segment/analytics-node`), the legacy `analytics-node` and the browser SDK. */
export const segmentModel: CallSinkModel = {
  id: 'segment',
  title: 'Segment',
  sink: 'third-party',
  modules: ['@segment/analytics-node', 'analytics-node', '@segment/analytics-next'],
  receivers: [
    { kind: 'factory', module: '@segment/analytics-node', export: 'Analytics', construct: true },
    { kind: 'factory', module: '@segment/analytics-node', export: 'default', construct: true },
    { kind: 'type', module: '@segment/analytics-node', name: 'Analytics' },
    { kind: 'factory', module: 'analytics-node', export: 'default', construct: true },
    { kind: 'factory', module: '@segment/analytics-next', export: 'AnalyticsBrowser', path: 'load' },
    { kind: 'type', module: '@segment/analytics-next', name: 'AnalyticsBrowser' },
  ],
  methods: ['track', 'identify', 'page', 'screen', 'group', 'alias'],
  notes: 'Every call takes one message object (`{ userId, event, properties, traits }`); traits and properties are where personal data ends up.',
};
