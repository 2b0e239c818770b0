import { describe, expect, it } from 'vitest';
import { findSanitizerProblems } from '../check-model.js';
import { QUERY_CHAIN_METHODS, QUERY_CONDITION_METHODS, mongooseSelect } from './mongoose-select.js';

describe('mongoose-select sanitizer', () => {
  it('is well-formed', () => {
    expect(findSanitizerProblems(mongooseSelect)).toEqual([]);
  });

  it('is a projection by the select method, whose names decide allow or deny', () => {
    expect(mongooseSelect.kind).toBe('projection');
    expect(mongooseSelect.calls).toEqual([{ callee: 'select' }]);
    expect(mongooseSelect.notes).toMatch(/-name/);
  });

  it('lists the chain methods that keep a projection, never populate', () => {
    expect(QUERY_CHAIN_METHODS).toEqual(expect.arrayContaining(['lean', 'exec', 'sort']));
    expect(QUERY_CHAIN_METHODS).not.toContain('populate');
  });

  it('keeps comparison-like condition helpers apart from the chain steps safe on any receiver', () => {
    expect(QUERY_CONDITION_METHODS).toContain('equals');
    for (const method of QUERY_CONDITION_METHODS) expect(QUERY_CHAIN_METHODS).not.toContain(method);
  });
});
