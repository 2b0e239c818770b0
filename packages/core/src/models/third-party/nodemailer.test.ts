import { describe, expect, it } from 'vitest';
import { findCallSinkModelProblems } from '../check-model.js';
import { nodemailerModel } from './nodemailer.js';

describe('nodemailer model', () => {
  it('is a well-formed third-party model', () => {
    expect(findCallSinkModelProblems(nodemailerModel)).toEqual([]);
    expect(nodemailerModel.sink).toBe('third-party');
  });

  it('gets transports from createTransport and delivers with sendMail', () => {
    expect(nodemailerModel.receivers).toContainEqual({ kind: 'factory', module: 'nodemailer', export: 'default', path: 'createTransport' });
    expect(nodemailerModel.deliveryMethods).toEqual(['sendMail']);
  });
});
