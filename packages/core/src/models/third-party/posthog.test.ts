import { describe, expect, it } from 'vitest';
import { findCallSinkModelProblems } from '../check-model.js';
import { posthogModel } from './posthog.js';

describe('posthog model', () => {
  it('is a well-formed third-party model', () => {
    expect(findCallSinkModelProblems(posthogModel)).toEqual([]);
    expect(posthogModel.sink).toBe('third-party');
  });

  it('recognises new PostHog() and the posthog-js singleton', () => {
    expect(posthogModel.receivers).toContainEqual({ kind: 'factory', module: 'posthog-node', export: 'PostHog', construct: true });
    expect(posthogModel.receivers).toContainEqual({ kind: 'import', module: 'posthog-js', export: 'default' });
  });

  it('sends through capture, identify and groupIdentify but not feature-flag reads', () => {
    for (const method of ['capture', 'identify', 'groupIdentify']) expect(posthogModel.methods).toContain(method);
    expect(posthogModel.methods).not.toContain('isFeatureEnabled');
    expect(posthogModel.methods).not.toContain('shutdown');
  });
});
