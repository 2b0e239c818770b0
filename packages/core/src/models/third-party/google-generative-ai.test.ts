import { describe, expect, it } from 'vitest';
import { findCallSinkModelProblems } from '../check-model.js';
import { googleGenerativeAiModel } from './google-generative-ai.js';

describe('google-generative-ai model', () => {
  it('is a well-formed third-party model', () => {
    expect(findCallSinkModelProblems(googleGenerativeAiModel)).toEqual([]);
    expect(googleGenerativeAiModel.sink).toBe('third-party');
  });

  it('derives models with getGenerativeModel and sends with generateContent', () => {
    expect(googleGenerativeAiModel.derive).toContain('getGenerativeModel');
    expect(googleGenerativeAiModel.methods).toContain('generateContent');
  });
});
