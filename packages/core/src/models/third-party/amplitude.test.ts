import { describe, expect, it } from 'vitest';
import { findCallSinkModelProblems } from '../check-model.js';
import { amplitudeModel } from './amplitude.js';

describe('amplitude model', () => {
  it('is a well-formed third-party model', () => {
    expect(findCallSinkModelProblems(amplitudeModel)).toEqual([]);
    expect(amplitudeModel.sink).toBe('third-party');
  });

  it('sends through track and identify from the Node SDK', () => {
    expect(amplitudeModel.receivers).toContainEqual({ kind: 'import', module: '@amplitude/analytics-node', export: '*' });
    expect(amplitudeModel.methods).toContain('track');
    expect(amplitudeModel.methods).toContain('identify');
    expect(amplitudeModel.methods).not.toContain('init');
  });
});
