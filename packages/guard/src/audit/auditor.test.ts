import { describe, expect, it, vi } from 'vitest';
import { createAuditor } from './auditor.js';
import { formatViolationPath } from './events.js';
import type { AuditEvent } from './events.js';
import { AUDIT_LOG_MESSAGE } from './sink.js';

const context = { route: '/users/:id', method: 'GET' };
const at = Date.UTC(2026, 0, 2, 3, 4, 5);

describe('createAuditor', () => {
  it('aggregates identical violations into one event with a count, indexes collapsed', () => {
    const onViolation = vi.fn<(events: readonly AuditEvent[]) => void>();
    const auditor = createAuditor({ onViolation, flushIntervalMs: 60_000, now: () => at });
    auditor.record(context, [
      { path: ['items', 0, 'phone'], kind: 'sensitive-field', category: 'phone' },
      { path: ['items', 1, 'phone'], kind: 'sensitive-field', category: 'phone' },
      { path: ['extra'], kind: 'unknown-field' },
    ]);
    auditor.record(context, [{ path: ['items', 7, 'phone'], kind: 'sensitive-field', category: 'phone' }]);
    expect(onViolation).not.toHaveBeenCalled();
    auditor.flush();
    expect(onViolation).toHaveBeenCalledTimes(1);
    expect(onViolation.mock.calls[0]![0]).toEqual([
      { route: '/users/:id', method: 'GET', path: 'items.*.phone', kind: 'sensitive-field', category: 'phone', count: 3, at: '2026-01-02T03:04:05.000Z' },
      { route: '/users/:id', method: 'GET', path: 'extra', kind: 'unknown-field', category: null, count: 1, at: '2026-01-02T03:04:05.000Z' },
    ]);
    auditor.flush();
    expect(onViolation).toHaveBeenCalledTimes(1);
  });

  it('keeps routes and methods apart', () => {
    const onViolation = vi.fn<(events: readonly AuditEvent[]) => void>();
    const auditor = createAuditor({ onViolation, flushIntervalMs: 0 });
    auditor.record(context, [{ path: [], kind: 'invalid' }]);
    auditor.record({ route: '/users/:id', method: 'POST' }, [{ path: [], kind: 'invalid' }]);
    expect(onViolation.mock.calls.map((call) => call[0].map((e) => `${e.method} ${e.path} ${e.count}`))).toEqual([['GET $ 1'], ['POST $ 1']]);
  });

  it('rate-limits distinct events per window and counts what it dropped', () => {
    const onViolation = vi.fn<(events: readonly AuditEvent[]) => void>();
    const auditor = createAuditor({ onViolation, flushIntervalMs: 60_000, maxEventsPerWindow: 2 });
    auditor.record(context, [
      { path: ['a'], kind: 'unknown-field' },
      { path: ['b'], kind: 'unknown-field' },
      { path: ['c'], kind: 'unknown-field' },
      { path: ['a'], kind: 'unknown-field' },
    ]);
    auditor.flush();
    expect(onViolation.mock.calls[0]![0].map((e) => [e.path, e.count])).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
    expect(auditor.dropped).toBe(1);
  });

  it('delivers a batch after the window on its own', async () => {
    const onViolation = vi.fn<(events: readonly AuditEvent[]) => void>();
    const auditor = createAuditor({ onViolation, flushIntervalMs: 20 });
    auditor.record(context, [{ path: ['x'], kind: 'unknown-field' }]);
    await vi.waitFor(() => expect(onViolation).toHaveBeenCalledTimes(1), { timeout: 2000 });
  });

  it('logs each event to a pino-compatible sink, and survives a throwing one', () => {
    const warn = vi.fn();
    const auditor = createAuditor({ sink: { warn }, flushIntervalMs: 0 });
    auditor.record(context, [{ path: ['phone'], kind: 'sensitive-field', category: 'phone' }]);
    expect(warn).toHaveBeenCalledWith({ leakwatch: expect.objectContaining({ path: 'phone', category: 'phone', count: 1 }) }, AUDIT_LOG_MESSAGE);
    const broken = createAuditor({
      sink: () => {
        throw new Error('down');
      },
      flushIntervalMs: 0,
    });
    expect(() => broken.record(context, [{ path: [], kind: 'invalid' }])).not.toThrow();
    expect(() => createAuditor({ sink: {} as never })).toThrow(TypeError);
  });

  it('formats paths', () => {
    expect(formatViolationPath([])).toBe('$');
    expect(formatViolationPath(['a', 3, 'b'])).toBe('a.*.b');
  });
});
