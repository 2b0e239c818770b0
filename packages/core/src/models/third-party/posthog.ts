import type { CallSinkModel } from '../types.js';

/** PostHog: `posthog-node`'s client and the `posthog-js` browser singleton. */
export const posthogModel: CallSinkModel = {
  id: 'posthog',
  title: 'PostHog',
  sink: 'third-party',
  modules: ['posthog-node', 'posthog-js'],
  receivers: [
    { kind: 'factory', module: 'posthog-node', export: 'PostHog', construct: true },
    { kind: 'type', module: 'posthog-node', name: 'PostHog' },
    { kind: 'import', module: 'posthog-js', export: 'default' },
    { kind: 'type', module: 'posthog-js', name: 'PostHog' },
  ],
  methods: [
    'capture',
    'captureImmediate',
    'identify',
    'identifyImmediate',
    'groupIdentify',
    'group',
    'alias',
    'aliasImmediate',
    'captureException',
    'register',
    'register_once',
    'setPersonProperties',
    'people.set',
    'people.set_once',
  ],
};
