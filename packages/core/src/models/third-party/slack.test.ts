import { describe, expect, it } from 'vitest';
import { findCallSinkModelProblems } from '../check-model.js';
import { slackModel } from './slack.js';

describe('slack model', () => {
  it('is a well-formed third-party model', () => {
    expect(findCallSinkModelProblems(slackModel)).toEqual([]);
    expect(slackModel.sink).toBe('third-party');
  });
});

describe('slack channels', () => {
  it('never exempts a channel message as a delivery to the data subject', () => {
    expect(slackModel.methods).toContain('chat.postMessage');
    expect(slackModel.deliveryMethods).toBeUndefined();
  });
});
