import type { CallSinkModel } from '../types.js';

/** Mailgun e-mail (`mailgun.js`): `new Mailgun(FormData).client({ … })`, then `messages.create(domain, data)`. */
export const mailgunModel: CallSinkModel = {
  id: 'mailgun',
  title: 'Mailgun',
  sink: 'third-party',
  modules: ['mailgun.js'],
  receivers: [
    { kind: 'factory', module: 'mailgun.js', export: 'default', construct: true },
    { kind: 'type', module: 'mailgun.js', name: 'IMailgunClient' },
  ],
  // The client comes from the constructed `Mailgun` object's `client()`.
  derive: ['client'],
  methods: ['messages.create', 'lists.members.createMember', 'lists.members.updateMember'],
  args: [1],
  deliveryMethods: ['messages.create'],
  recipientKeys: ['to', 'cc', 'bcc'],
  notes: 'A message to the data subject is a delivery (policy point 8); one to a staff inbox is a send to Mailgun and its reader. Mailing-list members are stored at Mailgun. The API key given to `client()` authenticates and is not a send.',
};
