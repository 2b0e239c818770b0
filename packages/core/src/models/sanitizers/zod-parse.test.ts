import { describe, expect, it } from 'vitest';
import { findSanitizerProblems } from '../check-model.js';
import { zodParse } from './zod-parse.js';

describe('zod-parse sanitizer', () => {
  it('is well-formed', () => {
    expect(findSanitizerProblems(zodParse)).toEqual([]);
  });

  it('projects with parse, safeParse and parseAsync', () => {
    const callees = zodParse.calls?.map((c) => c.callee);
    expect(callees).toEqual(expect.arrayContaining(['parse', 'safeParse', 'parseAsync']));
    expect(zodParse.mode).toBe('allowlist');
  });

  it('is cancelled by passthrough, looseObject and catchall', () => {
    expect(zodParse.keepsAll).toEqual(expect.arrayContaining(['passthrough', 'z.looseObject', 'catchall', 'loose']));
  });
});
