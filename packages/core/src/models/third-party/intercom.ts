import type { CallSinkModel } from '../types.js';

/** Intercom (`intercom-client`): contacts, conversations, notes and events stored at Intercom. */
export const intercomModel: CallSinkModel = {
  id: 'intercom',
  title: 'Intercom',
  sink: 'third-party',
  modules: ['intercom-client'],
  receivers: [
    { kind: 'factory', module: 'intercom-client', export: 'IntercomClient', construct: true },
    { kind: 'factory', module: 'intercom-client', export: 'Client', construct: true },
    { kind: 'type', module: 'intercom-client', name: 'IntercomClient' },
  ],
  methods: [
    'contacts.create',
    'contacts.update',
    'conversations.create',
    'conversations.reply',
    'notes.create',
    'events.create',
    'companies.create',
    'companies.createOrUpdate',
    'messages.create',
    'tickets.create',
  ],
  args: [0],
  notes: 'A support vendor, not the data subject (policy point 8): what a contact or conversation carries is stored at Intercom and read by its agents. The access token given to the client authenticates and is not a send.',
};
