import { describe, expect, it } from 'vitest';
import { findCallSinkModelProblems } from '../check-model.js';
import { winstonModel } from './winston.js';

describe('winston model', () => {
  it('is well-formed', () => {
    expect(findCallSinkModelProblems(winstonModel)).toEqual([]);
  });

  it('recognises createLogger, the module-level default logger and child', () => {
    expect(winstonModel.receivers).toContainEqual({ kind: 'factory', module: 'winston', export: 'default', path: 'createLogger' });
    expect(winstonModel.receivers).toContainEqual({ kind: 'factory', module: 'winston', export: 'createLogger' });
    expect(winstonModel.receivers).toContainEqual({ kind: 'import', module: 'winston', export: 'default' });
    expect(winstonModel.derive).toEqual(['child']);
  });

  it('treats log(level, msg, meta) as a sink with every argument', () => {
    expect(winstonModel.methods).toContain('log');
    expect(winstonModel.args).toBeUndefined();
  });
});
