import { describe, expect, it } from 'vitest';
import { findSanitizerProblems } from '../check-model.js';
import { mongooseSelectFalse } from './mongoose-select-false.js';

describe('mongoose-select-false sanitizer', () => {
  it('is well-formed', () => {
    expect(findSanitizerProblems(mongooseSelectFalse)).toEqual([]);
  });

  it('deselects schema paths until +path asks them back', () => {
    expect(mongooseSelectFalse.kind).toBe('column-exclude');
    expect(mongooseSelectFalse.calls).toEqual([{ module: 'mongoose', callee: 'Schema' }]);
    expect(mongooseSelectFalse.keepsAll).toEqual(['+']);
  });
});
