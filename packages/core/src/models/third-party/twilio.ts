import type { CallSinkModel } from '../types.js';

/** Twilio: SMS and calls. Delivering to the user's own number is not a leak (policy point 8). */
export const twilioModel: CallSinkModel = {
  id: 'twilio',
  title: 'Twilio',
  sink: 'third-party',
  modules: ['twilio'],
  receivers: [
    { kind: 'factory', module: 'twilio', export: 'default' },
    { kind: 'factory', module: 'twilio', export: 'Twilio', construct: true },
    { kind: 'factory', module: 'twilio', export: 'default', path: 'Twilio', construct: true },
    { kind: 'type', module: 'twilio', name: 'Twilio' },
  ],
  methods: ['messages.create', 'calls.create'],
  args: [0],
  deliveryMethods: ['messages.create', 'calls.create'],
  recipientKeys: ['to'],
  notes:
    'Exempt only when `to` is the data subject\'s own number and the body carries only their data. Verify (`verify.v2.services(sid).verifications.create`) is reached through a call in the chain and is not modelled.',
};
