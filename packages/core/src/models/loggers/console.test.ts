import { describe, expect, it } from 'vitest';
import { findCallSinkModelProblems } from '../check-model.js';
import { consoleModel } from './console.js';

describe('console model', () => {
  it('is well-formed', () => {
    expect(findCallSinkModelProblems(consoleModel)).toEqual([]);
  });

  it('is the global console and logs through the usual methods', () => {
    expect(consoleModel.receivers).toContainEqual({ kind: 'global', path: 'console' });
    for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table']) {
      expect(consoleModel.methods).toContain(method);
    }
  });

  it('does not treat timers or counters as sinks', () => {
    // `console.time(label)` and `console.count(label)` print only a label the code chose.
    expect(consoleModel.methods).not.toContain('time');
    expect(consoleModel.methods).not.toContain('count');
  });
});
