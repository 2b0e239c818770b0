import { describe, expect, it } from 'vitest';
import { findSanitizerProblems } from '../check-model.js';
import { prismaOmit } from './prisma-omit.js';

describe('prisma-omit sanitizer', () => {
  it('is well-formed', () => {
    expect(findSanitizerProblems(prismaOmit)).toEqual([]);
  });

  it('is a denylist through the omit option, also client-wide', () => {
    expect(prismaOmit.optionKeys).toEqual(['omit']);
    expect(prismaOmit.mode).toBe('denylist');
    expect(prismaOmit.calls).toContainEqual({ module: '@prisma/client', callee: 'PrismaClient' });
  });
});
