import { describe, expect, it } from 'vitest';
import { findCallSinkModelProblems } from '../check-model.js';
import { sentryModel } from './sentry.js';

describe('sentry model', () => {
  it('is a well-formed third-party model', () => {
    expect(findCallSinkModelProblems(sentryModel)).toEqual([]);
    expect(sentryModel.sink).toBe('third-party');
  });

  it('covers every SDK the brief names, through namespace imports', () => {
    for (const module of ['@sentry/node', '@sentry/nextjs', '@sentry/browser', '@sentry/react']) {
      expect(sentryModel.receivers).toContainEqual({ kind: 'import', module, export: '*' });
    }
  });

  it('sends user, context, extras, tags and breadcrumbs', () => {
    for (const method of ['captureException', 'captureMessage', 'setUser', 'setContext', 'setExtra', 'setExtras', 'setTag', 'setTags', 'addBreadcrumb']) {
      expect(sentryModel.methods).toContain(method);
    }
  });

  it('hands a scope receiver to withScope callbacks and derives scopes from getCurrentScope', () => {
    expect(sentryModel.callbacks).toEqual([{ method: 'withScope', arg: 0, param: 0 }]);
    expect(sentryModel.derive).toContain('getCurrentScope');
  });

  it('does not treat init or flush as sinks', () => {
    expect(sentryModel.methods).not.toContain('init');
    expect(sentryModel.methods).not.toContain('flush');
  });
});
