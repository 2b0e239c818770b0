import { describe, expect, it } from 'vitest';
import { findCallSinkModelProblems } from '../check-model.js';
import { resendModel } from './resend.js';

describe('resend model', () => {
  it('is a well-formed third-party model', () => {
    expect(findCallSinkModelProblems(resendModel)).toEqual([]);
    expect(resendModel.sink).toBe('third-party');
  });

  it('delivers with emails.send', () => {
    expect(resendModel.deliveryMethods).toContain('emails.send');
  });

  it('does not exempt contacts.create, which stores the address at the provider', () => {
    expect(resendModel.methods).toContain('contacts.create');
    expect(resendModel.deliveryMethods).not.toContain('contacts.create');
  });
});
