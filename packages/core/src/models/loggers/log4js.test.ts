import { describe, expect, it } from 'vitest';
import { findCallSinkModelProblems } from '../check-model.js';
import { log4jsModel } from './log4js.js';

describe('log4js model', () => {
  it('is well-formed', () => {
    expect(findCallSinkModelProblems(log4jsModel)).toEqual([]);
  });

  it('gets loggers from getLogger, as a default-import path or a named import', () => {
    expect(log4jsModel.receivers).toContainEqual({ kind: 'factory', module: 'log4js', export: 'default', path: 'getLogger' });
    expect(log4jsModel.receivers).toContainEqual({ kind: 'factory', module: 'log4js', export: 'getLogger' });
  });

  it('counts addContext, which stamps a value on every later line', () => {
    expect(log4jsModel.methods).toContain('addContext');
    expect(log4jsModel.methods).toContain('mark');
  });
});
