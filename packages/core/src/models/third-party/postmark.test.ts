import { describe, expect, it } from 'vitest';
import { findCallSinkModelProblems } from '../check-model.js';
import { postmarkModel } from './postmark.js';

describe('postmark model', () => {
  it('is a well-formed third-party model', () => {
    expect(findCallSinkModelProblems(postmarkModel)).toEqual([]);
    expect(postmarkModel.sink).toBe('third-party');
  });

  it('delivers with sendEmail and reads PascalCase recipients', () => {
    expect(postmarkModel.deliveryMethods).toContain('sendEmail');
    expect(postmarkModel.recipientKeys).toEqual(['To', 'Cc', 'Bcc']);
  });
});
