import type { CallSinkModel } from '../types.js';

/** Nodemailer transports. */
export const nodemailerModel: CallSinkModel = {
  id: 'nodemailer',
  title: 'Nodemailer',
  sink: 'third-party',
  modules: ['nodemailer'],
  receivers: [
    { kind: 'factory', module: 'nodemailer', export: 'default', path: 'createTransport' },
    { kind: 'factory', module: 'nodemailer', export: 'createTransport' },
    { kind: 'type', module: 'nodemailer', name: 'Transporter' },
  ],
  methods: ['sendMail'],
  args: [0],
  deliveryMethods: ['sendMail'],
  recipientKeys: ['to', 'cc', 'bcc'],
};
