import { describe, expect, it } from 'vitest';
import { findSanitizerProblems } from '../check-model.js';
import { mongooseToJson } from './mongoose-to-json.js';

describe('mongoose-to-json sanitizer', () => {
  it('is well-formed', () => {
    expect(findSanitizerProblems(mongooseToJson)).toEqual([]);
  });

  it('applies on serialisation of hydrated documents only, never to lean results', () => {
    expect(mongooseToJson.kind).toBe('serializer-exclude');
    expect(mongooseToJson.optionKeys).toEqual(['toJSON']);
    expect(mongooseToJson.notes).toMatch(/lean/);
  });
});
