import { describe, expect, it } from 'vitest';
import { findCallSinkModelProblems } from '../check-model.js';
import { twilioModel } from './twilio.js';

describe('twilio model', () => {
  it('is a well-formed third-party model', () => {
    expect(findCallSinkModelProblems(twilioModel)).toEqual([]);
    expect(twilioModel.sink).toBe('third-party');
  });

  it('marks messages.create as a delivery to the to number', () => {
    expect(twilioModel.deliveryMethods).toContain('messages.create');
    expect(twilioModel.recipientKeys).toEqual(['to']);
  });
});
