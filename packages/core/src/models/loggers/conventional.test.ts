import { describe, expect, it } from 'vitest';
import { findCallSinkModelProblems } from '../check-model.js';
import { conventionalModel } from './conventional.js';

function matchesName(name: string): boolean {
  return conventionalModel.receivers.some((r) => r.kind === 'name' && new RegExp(r.pattern, 'i').test(name));
}

describe('conventional logger model', () => {
  it('is well-formed', () => {
    expect(findCallSinkModelProblems(conventionalModel)).toEqual([]);
  });

  it('matches logger and log, case-insensitively', () => {
    expect(matchesName('logger')).toBe(true);
    expect(matchesName('Logger')).toBe(true);
    expect(matchesName('log')).toBe(true);
    expect(matchesName('_logger')).toBe(true);
  });

  it('does not match names that merely contain log', () => {
    expect(matchesName('catalog')).toBe(false);
    expect(matchesName('blogPost')).toBe(false);
    expect(matchesName('loginForm')).toBe(false);
  });

  it('never treats calling the receiver as logging, so Math.log is not a sink', () => {
    expect(conventionalModel.methods).not.toContain('');
  });

  it('covers this.logger and req.log', () => {
    expect(conventionalModel.receivers).toContainEqual({ kind: 'property', path: 'this.logger' });
    expect(conventionalModel.receivers).toContainEqual({ kind: 'property', path: 'req.log' });
  });
});
