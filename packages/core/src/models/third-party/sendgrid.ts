import type { CallSinkModel } from '../types.js';

/** SendGrid mail (`@sendgrid/mail`). */
export const sendgridModel: CallSinkModel = {
  id: 'sendgrid',
  title: 'SendGrid',
  sink: 'third-party',
  modules: ['@sendgrid/mail'],
  // The module is a ready MailService instance (`export = mail`), used as the default import.
  receivers: [{ kind: 'import', module: '@sendgrid/mail', export: 'default' }],
  methods: ['send', 'sendMultiple'],
  args: [0],
  deliveryMethods: ['send', 'sendMultiple'],
  recipientKeys: ['to', 'cc', 'bcc', 'personalizations'],
};
