import { describe, expect, it } from 'vitest';
import { findCallSinkModelProblems } from '../check-model.js';
import { sendgridModel } from './sendgrid.js';

describe('sendgrid model', () => {
  it('is a well-formed third-party model', () => {
    expect(findCallSinkModelProblems(sendgridModel)).toEqual([]);
    expect(sendgridModel.sink).toBe('third-party');
  });

  it('marks send as a delivery with to/cc/bcc recipients', () => {
    expect(sendgridModel.deliveryMethods).toContain('send');
    expect(sendgridModel.recipientKeys).toContain('to');
  });
});
