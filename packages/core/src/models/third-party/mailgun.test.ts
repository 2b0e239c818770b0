import { describe, expect, it } from 'vitest';
import { findCallSinkModelProblems } from '../check-model.js';
import { mailgunModel } from './mailgun.js';

describe('mailgun model', () => {
  it('is a well-formed third-party model', () => {
    expect(findCallSinkModelProblems(mailgunModel)).toEqual([]);
    expect(mailgunModel.sink).toBe('third-party');
  });
});

describe('mailgun deliveries', () => {
  it('delivers with messages.create, whose data is its second argument, and stores list members', () => {
    expect(mailgunModel.deliveryMethods).toEqual(['messages.create']);
    expect(mailgunModel.args).toEqual([1]);
    expect(mailgunModel.methods).toContain('lists.members.createMember');
    expect(mailgunModel.deliveryMethods).not.toContain('lists.members.createMember');
  });
});
