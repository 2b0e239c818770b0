import type { CallSinkModel } from '../types.js';

/** Svix webhooks: payloads are delivered to the endpoints the project's customers registered. */
export const svixModel: CallSinkModel = {
  id: 'svix',
  title: 'Svix',
  sink: 'third-party',
  modules: ['svix'],
  receivers: [
    { kind: 'factory', module: 'svix', export: 'Svix', construct: true },
    { kind: 'type', module: 'svix', name: 'Svix' },
  ],
  methods: ['message.create'],
  args: [1],
  notes:
    '`svix.message.create(appId, { eventType, payload })`: argument 1 is the message. Plain HTTP webhooks (`fetch(webhookUrl, …)`) are covered by the destinations model.',
};
