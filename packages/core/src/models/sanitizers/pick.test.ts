import { describe, expect, it } from 'vitest';
import { findSanitizerProblems } from '../check-model.js';
import { pick } from './pick.js';

describe('pick sanitizer', () => {
  it('is well-formed', () => {
    expect(findSanitizerProblems(pick)).toEqual([]);
  });

  it('is an allowlist from lodash, lodash-es, radash and just-pick', () => {
    expect(pick.mode).toBe('allowlist');
    expect(pick.calls).toContainEqual({ module: 'lodash', callee: 'pick' });
    expect(pick.calls).toContainEqual({ module: 'lodash-es', callee: 'pick' });
    expect(pick.calls).toContainEqual({ module: 'radash', callee: 'pick' });
    expect(pick.calls).toContainEqual({ module: 'just-pick', callee: 'default' });
  });
});
