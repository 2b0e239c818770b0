import { describe, expect, it } from 'vitest';
import { findCallSinkModelProblems } from '../check-model.js';
import { bunyanModel } from './bunyan.js';

describe('bunyan model', () => {
  it('is well-formed', () => {
    expect(findCallSinkModelProblems(bunyanModel)).toEqual([]);
  });

  it('recognises createLogger and child loggers', () => {
    expect(bunyanModel.receivers).toContainEqual({ kind: 'factory', module: 'bunyan', export: 'default', path: 'createLogger' });
    expect(bunyanModel.derive).toEqual(['child']);
    expect(bunyanModel.methods).toEqual(['fatal', 'error', 'warn', 'info', 'debug', 'trace']);
  });
});
