import { describe, expect, it } from 'vitest';
import { findCallSinkModelProblems } from '../check-model.js';
import { intercomModel } from './intercom.js';

describe('intercom model', () => {
  it('is a well-formed third-party model', () => {
    expect(findCallSinkModelProblems(intercomModel)).toEqual([]);
    expect(intercomModel.sink).toBe('third-party');
  });
});

describe('intercom stores', () => {
  it('counts contacts and conversations as sends to the vendor', () => {
    expect(intercomModel.methods).toEqual(expect.arrayContaining(['contacts.create', 'conversations.create']));
    expect(intercomModel.deliveryMethods).toBeUndefined();
  });
});
