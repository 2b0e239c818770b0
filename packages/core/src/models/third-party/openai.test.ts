import { describe, expect, it } from 'vitest';
import { findCallSinkModelProblems } from '../check-model.js';
import { openaiModel } from './openai.js';

describe('openai model', () => {
  it('is a well-formed third-party model', () => {
    expect(findCallSinkModelProblems(openaiModel)).toEqual([]);
    expect(openaiModel.sink).toBe('third-party');
  });

  it('sends the request body of chat completions, responses and embeddings', () => {
    for (const method of ['chat.completions.create', 'responses.create', 'embeddings.create']) expect(openaiModel.methods).toContain(method);
    expect(openaiModel.args).toEqual([0]);
  });

  it('does not treat reads of models or files as sends', () => {
    expect(openaiModel.methods).not.toContain('models.list');
    expect(openaiModel.methods).not.toContain('files.retrieve');
  });
});
