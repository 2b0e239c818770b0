import { describe, expect, it } from 'vitest';
import { findCallSinkModelProblems } from '../check-model.js';
import { segmentModel } from './segment.js';

describe('segment model', () => {
  it('is a well-formed third-party model', () => {
    expect(findCallSinkModelProblems(segmentModel)).toEqual([]);
    expect(segmentModel.sink).toBe('third-party');
  });

  it('recognises new Analytics() from both Node SDKs', () => {
    expect(segmentModel.receivers).toContainEqual({ kind: 'factory', module: '@segment/analytics-node', export: 'Analytics', construct: true });
    expect(segmentModel.receivers).toContainEqual({ kind: 'factory', module: 'analytics-node', export: 'default', construct: true });
  });

  it('sends through track, identify, page, group and alias', () => {
    for (const method of ['track', 'identify', 'page', 'group', 'alias']) expect(segmentModel.methods).toContain(method);
    expect(segmentModel.methods).not.toContain('closeAndFlush');
  });
});
