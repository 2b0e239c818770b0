import type { CallSinkModel } from '../types.js';

/**
 * Stripe (`stripe`): a payment processor. An order's id and amount are what it needs (policy
 * point 8); a customer's e-mail, address or phone in `customers.create`/`update`, or personal data in
 * a payment's `metadata`, `description` or `shipping`, is personal data sent to a third party.
 */
export const stripeModel: CallSinkModel = {
  id: 'stripe',
  title: 'Stripe',
  sink: 'third-party',
  modules: ['stripe'],
  receivers: [
    { kind: 'factory', module: 'stripe', export: 'default', construct: true },
    { kind: 'factory', module: 'stripe', export: 'Stripe', construct: true },
    { kind: 'type', module: 'stripe', name: 'Stripe' },
  ],
  methods: [
    'customers.create',
    'customers.update',
    'paymentIntents.create',
    'paymentIntents.update',
    'setupIntents.create',
    'checkout.sessions.create',
    'subscriptions.create',
    'subscriptions.update',
    'invoices.create',
    'charges.create',
  ],
  // `create(params, options)` and `update(id, params, options)`: the id is Stripe's own.
  args: [0, 1],
  notes: 'Argument 0 of `update` is the Stripe object id; request options (idempotency key, connected account) carry no personal data.',
};
