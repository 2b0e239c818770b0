import { describe, expect, it } from 'vitest';
import { findSanitizerProblems } from '../check-model.js';
import { coarseLocation } from './coarse-location.js';

describe('coarse-location sanitizer', () => {
  it('is well-formed', () => {
    expect(findSanitizerProblems(coarseLocation)).toEqual([]);
  });

  it('reads a city, never a country (a phone-derived region) or a state (an account state)', () => {
    expect(coarseLocation.properties).toContain('city');
    expect(coarseLocation.properties).not.toContain('country');
    expect(coarseLocation.properties).not.toContain('state');
  });
});
