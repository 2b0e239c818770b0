import { describe, expect, it } from 'vitest';
import { findSanitizerProblems } from '../check-model.js';
import { cardLastFour } from './card-last-four.js';

describe('card-last-four sanitizer', () => {
  it('is well-formed', () => {
    expect(findSanitizerProblems(cardLastFour)).toEqual([]);
  });

  it('removes only financial, through slice and last4 fields', () => {
    expect(cardLastFour.removes).toEqual(['financial']);
    expect(cardLastFour.properties).toContain('last4');
    expect(cardLastFour.calls).toContainEqual({ callee: 'slice' });
  });
});
