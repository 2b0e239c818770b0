import { describe, expect, it } from 'vitest';
import { findCallSinkModelProblems } from '../check-model.js';
import { stripeModel } from './stripe.js';

describe('stripe model', () => {
  it('is a well-formed call-sink model', () => {
    expect(findCallSinkModelProblems(stripeModel)).toEqual([]);
  });

  it('reads the params of create (argument 0) and of update (argument 1)', () => {
    expect(stripeModel.args).toEqual([0, 1]);
    expect(stripeModel.methods).toContain('customers.update');
    expect(stripeModel.methods).toContain('paymentIntents.create');
  });

  it('delivers nothing to the data subject: a processor is a third party', () => {
    expect(stripeModel.deliveryMethods).toBeUndefined();
  });
});
