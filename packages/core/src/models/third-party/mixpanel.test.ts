import { describe, expect, it } from 'vitest';
import { findCallSinkModelProblems } from '../check-model.js';
import { mixpanelModel } from './mixpanel.js';

describe('mixpanel model', () => {
  it('is a well-formed third-party model', () => {
    expect(findCallSinkModelProblems(mixpanelModel)).toEqual([]);
    expect(mixpanelModel.sink).toBe('third-party');
  });

  it('gets the Node client from init()', () => {
    expect(mixpanelModel.receivers).toContainEqual({ kind: 'factory', module: 'mixpanel', export: 'default', path: 'init' });
  });

  it('sends through track, people.set and register', () => {
    for (const method of ['track', 'people.set', 'register']) expect(mixpanelModel.methods).toContain(method);
  });
});
