import { describe, expect, it } from 'vitest';
import { findCallSinkModelProblems } from '../check-model.js';
import { svixModel } from './svix.js';

describe('svix model', () => {
  it('is a well-formed third-party model', () => {
    expect(findCallSinkModelProblems(svixModel)).toEqual([]);
    expect(svixModel.sink).toBe('third-party');
  });

  it('sends the message argument of message.create', () => {
    expect(svixModel.methods).toContain('message.create');
    expect(svixModel.args).toEqual([1]);
  });
});
