import { describe, expect, it } from 'vitest';
import { findCallSinkModelProblems } from '../check-model.js';
import { anthropicModel } from './anthropic.js';

describe('anthropic model', () => {
  it('is a well-formed third-party model', () => {
    expect(findCallSinkModelProblems(anthropicModel)).toEqual([]);
    expect(anthropicModel.sink).toBe('third-party');
  });

  it('sends messages.create bodies from new Anthropic()', () => {
    expect(anthropicModel.receivers).toContainEqual({ kind: 'factory', module: '@anthropic-ai/sdk', export: 'default', construct: true });
    expect(anthropicModel.methods).toContain('messages.create');
  });
});
