import { describe, expect, it } from 'vitest';
import { findCallSinkModelProblems } from '../check-model.js';
import { debugModel } from './debug.js';

describe('debug model', () => {
  it('is well-formed', () => {
    expect(findCallSinkModelProblems(debugModel)).toEqual([]);
  });

  it('logs by calling the receiver that debug(namespace) returns', () => {
    expect(debugModel.receivers).toContainEqual({ kind: 'factory', module: 'debug', export: 'default' });
    expect(debugModel.methods).toEqual(['']);
  });

  it('derives namespaced loggers with extend', () => {
    expect(debugModel.derive).toEqual(['extend']);
  });
});
