import type { CallSinkModel } from '../types.js';

/** Amplitude's analytics SDKs (Node and browser share the API). */
export const amplitudeModel: CallSinkModel = {
  id: 'amplitude',
  title: 'Amplitude',
  sink: 'third-party',
  modules: ['@amplitude/analytics-node', '@amplitude/analytics-browser'],
  receivers: [
    { kind: 'import', module: '@amplitude/analytics-node', export: '*' },
    { kind: 'factory', module: '@amplitude/analytics-node', export: 'createInstance' },
    { kind: 'import', module: '@amplitude/analytics-browser', export: '*' },
    { kind: 'factory', module: '@amplitude/analytics-browser', export: 'createInstance' },
  ],
  methods: ['track', 'logEvent', 'identify', 'groupIdentify', 'setGroup', 'setUserId', 'revenue'],
  notes:
    'Named imports (`import { track } from "@amplitude/analytics-node"`) are the common form. `identify(new Identify().set("email", x))` sends what the `Identify` builder was given: engines follow `.set`/`.setOnce`/`.append` values into the call.',
};
