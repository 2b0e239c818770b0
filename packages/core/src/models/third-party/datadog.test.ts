import { describe, expect, it } from 'vitest';
import { findCallSinkModelProblems } from '../check-model.js';
import { datadogModel } from './datadog.js';

describe('datadog model', () => {
  it('is a well-formed third-party model', () => {
    expect(findCallSinkModelProblems(datadogModel)).toEqual([]);
    expect(datadogModel.sink).toBe('third-party');
  });

  it('tags dd-trace spans reached by type', () => {
    expect(datadogModel.receivers).toContainEqual({ kind: 'type', module: 'dd-trace', name: 'Span' });
    expect(datadogModel.methods).toContain('setTag');
    expect(datadogModel.methods).toContain('addTags');
  });

  it('covers browser RUM actions and users, and browser logs', () => {
    expect(datadogModel.receivers).toContainEqual({ kind: 'import', module: '@datadog/browser-rum', export: 'datadogRum' });
    expect(datadogModel.methods).toContain('addAction');
    expect(datadogModel.methods).toContain('setUser');
    expect(datadogModel.methods).toContain('logger.info');
  });
});
