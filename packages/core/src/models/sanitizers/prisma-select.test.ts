import { describe, expect, it } from 'vitest';
import { findSanitizerProblems } from '../check-model.js';
import { prismaSelect } from './prisma-select.js';

describe('prisma-select sanitizer', () => {
  it('is well-formed', () => {
    expect(findSanitizerProblems(prismaSelect)).toEqual([]);
  });

  it('is an allowlist through the select option of queries', () => {
    expect(prismaSelect.optionKeys).toEqual(['select']);
    expect(prismaSelect.mode).toBe('allowlist');
    expect(prismaSelect.calls).toContainEqual({ module: '@prisma/client', callee: 'findUnique' });
  });
});
