import { describe, expect, it } from 'vitest';
import { findCallSinkModelProblems } from '../check-model.js';
import { googleAnalyticsModel } from './google-analytics.js';

describe('google-analytics model', () => {
  it('is a well-formed third-party model', () => {
    expect(findCallSinkModelProblems(googleAnalyticsModel)).toEqual([]);
    expect(googleAnalyticsModel.sink).toBe('third-party');
  });

  it('treats calling the global gtag as a send', () => {
    expect(googleAnalyticsModel.receivers).toContainEqual({ kind: 'global', path: 'gtag' });
    expect(googleAnalyticsModel.methods).toContain('');
  });

  it('covers Tag Manager dataLayer.push', () => {
    expect(googleAnalyticsModel.receivers).toContainEqual({ kind: 'global', path: 'dataLayer' });
    expect(googleAnalyticsModel.methods).toContain('push');
  });
});
