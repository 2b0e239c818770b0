import type { CallSinkModel } from '../types.js';

/** Mixpanel: the Node SDK (`Mixpanel.init(token)`) and the browser SDK (`mixpanel-browser`). */
export const mixpanelModel: CallSinkModel = {
  id: 'mixpanel',
  title: 'Mixpanel',
  sink: 'third-party',
  modules: ['mixpanel', 'mixpanel-browser'],
  receivers: [
    { kind: 'factory', module: 'mixpanel', export: 'default', path: 'init' },
    { kind: 'factory', module: 'mixpanel', export: 'init' },
    { kind: 'type', module: 'mixpanel', name: 'Mixpanel' },
    // The browser SDK is a singleton: `mixpanel.init(token)` configures the imported object itself.
    { kind: 'import', module: 'mixpanel-browser', export: 'default' },
  ],
  methods: [
    'track',
    'track_batch',
    'import',
    'import_batch',
    'alias',
    'identify',
    'register',
    'register_once',
    'people.set',
    'people.set_once',
    'people.union',
    'people.append',
    'people.track_charge',
    'groups.set',
    'groups.set_once',
  ],
  notes: '`people.set(distinctId, props)` (Node) and `people.set(props)` (browser) both send profile properties.',
};
