import type { CallSinkModel } from '../types.js';

/** Postmark e-mail (`postmark`'s `ServerClient`). Its message keys are PascalCase. */
export const postmarkModel: CallSinkModel = {
  id: 'postmark',
  title: 'Postmark',
  sink: 'third-party',
  modules: ['postmark'],
  receivers: [
    { kind: 'factory', module: 'postmark', export: 'ServerClient', construct: true },
    { kind: 'factory', module: 'postmark', export: '*', path: 'ServerClient', construct: true },
    { kind: 'factory', module: 'postmark', export: 'default', path: 'ServerClient', construct: true },
    { kind: 'type', module: 'postmark', name: 'ServerClient' },
  ],
  methods: ['sendEmail', 'sendEmailBatch', 'sendEmailWithTemplate', 'sendEmailBatchWithTemplates'],
  args: [0],
  deliveryMethods: ['sendEmail', 'sendEmailBatch', 'sendEmailWithTemplate', 'sendEmailBatchWithTemplates'],
  recipientKeys: ['To', 'Cc', 'Bcc'],
};
