import { describe, expect, it } from 'vitest';
import { findCallSinkModelProblems } from '../check-model.js';
import { vercelAiModel } from './vercel-ai.js';

describe('vercel-ai model', () => {
  it('is a well-formed third-party model', () => {
    expect(findCallSinkModelProblems(vercelAiModel)).toEqual([]);
    expect(vercelAiModel.sink).toBe('third-party');
  });

  it('sends prompts through generateText and streamText', () => {
    expect(vercelAiModel.methods).toContain('generateText');
    expect(vercelAiModel.methods).toContain('streamText');
  });

  it('does not treat local helpers of the ai package as sends', () => {
    // `tool`, `jsonSchema` and `cosineSimilarity` run locally.
    expect(vercelAiModel.methods).not.toContain('tool');
    expect(vercelAiModel.methods).not.toContain('cosineSimilarity');
  });
});
