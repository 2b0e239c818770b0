import { describe, expect, it } from 'vitest';
import { findCallSinkModelProblems } from '../check-model.js';
import { processStdoutModel } from './process-stdout.js';

describe('process-stdout model', () => {
  it('is well-formed', () => {
    expect(findCallSinkModelProblems(processStdoutModel)).toEqual([]);
  });

  it('covers both standard streams and only their chunk argument', () => {
    expect(processStdoutModel.receivers.map((r) => (r.kind === 'global' ? r.path : ''))).toEqual(['process.stdout', 'process.stderr']);
    expect(processStdoutModel.methods).toEqual(['write']);
    expect(processStdoutModel.args).toEqual([0]);
  });
});
