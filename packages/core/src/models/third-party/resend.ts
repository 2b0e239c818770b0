import type { CallSinkModel } from '../types.js';

/** Resend e-mail. `contacts.create` stores a contact at the provider and is not a delivery. */
export const resendModel: CallSinkModel = {
  id: 'resend',
  title: 'Resend',
  sink: 'third-party',
  modules: ['resend'],
  receivers: [
    { kind: 'factory', module: 'resend', export: 'Resend', construct: true },
    { kind: 'type', module: 'resend', name: 'Resend' },
  ],
  methods: ['emails.send', 'emails.create', 'batch.send', 'batch.create', 'contacts.create', 'contacts.update'],
  args: [0],
  deliveryMethods: ['emails.send', 'emails.create', 'batch.send', 'batch.create'],
  recipientKeys: ['to', 'cc', 'bcc'],
};
