import type { Violation } from '../types.js';
import type { AuditContext, AuditEvent } from './events.js';
import { formatViolationPath } from './events.js';
import type { AuditSink } from './sink.js';
import { toSinkFunction } from './sink.js';

/** Options of `createAuditor`. */
export interface AuditorOptions {
  /** Receives each batch of aggregated events. */
  readonly onViolation?: ((events: readonly AuditEvent[]) => void) | undefined;
  /** A pino-compatible logger or a function, receiving the same batches. */
  readonly sink?: AuditSink | undefined;
  /** Batch window in milliseconds (default 1000). 0 delivers each record at once. */
  readonly flushIntervalMs?: number | undefined;
  /** Most distinct events per window; further ones are counted in `dropped` (default 100). */
  readonly maxEventsPerWindow?: number | undefined;
  /** Clock, for tests. */
  readonly now?: (() => number) | undefined;
}

/** Batches, aggregates and rate-limits violations into audit events. */
export interface Auditor {
  /** Adds the violations of one response. Never throws. */
  record(context: AuditContext, violations: readonly Violation[]): void;
  /** Delivers the pending batch now. */
  flush(): void;
  /** Distinct events refused by the rate limit since the auditor was created. */
  readonly dropped: number;
}

interface TimerHost {
  setTimeout?: (callback: () => void, ms: number) => unknown;
}

/**
 * Creates an auditor. Events with the same route, method, path, kind and category in one window
 * become one event with a count, so a flood of bad responses costs one line per distinct problem.
 */
export function createAuditor(options: AuditorOptions = {}): Auditor {
  const receivers: ((events: readonly AuditEvent[]) => void)[] = [];
  if (options.onViolation) receivers.push(options.onViolation);
  if (options.sink !== undefined) receivers.push(toSinkFunction(options.sink));
  const interval = options.flushIntervalMs ?? 1000;
  const maxEvents = options.maxEventsPerWindow ?? 100;
  const now = options.now ?? Date.now;
  // setTimeout is a host global (Node, browsers, workers); the core entry declares no host types.
  const timers = globalThis as TimerHost;
  let pending = new Map<string, { event: Omit<AuditEvent, 'count'>; count: number }>();
  let scheduled = false;
  let dropped = 0;

  function deliver(): void {
    scheduled = false;
    if (pending.size === 0) return;
    const batch: AuditEvent[] = [];
    for (const { event, count } of pending.values()) batch.push({ ...event, count });
    pending = new Map();
    for (const receive of receivers) {
      try {
        receive(batch);
      } catch {
        // A failing log transport must not take the response path down with it.
      }
    }
  }

  function schedule(): void {
    if (scheduled) return;
    if (interval <= 0 || typeof timers.setTimeout !== 'function') {
      deliver();
      return;
    }
    scheduled = true;
    const handle = timers.setTimeout(deliver, interval) as { unref?: () => void } | undefined;
    // Node: a pending audit batch must not keep the process alive.
    if (handle !== undefined && typeof handle === 'object' && typeof handle.unref === 'function') handle.unref();
  }

  return {
    record(context, violations) {
      if (violations.length === 0 || receivers.length === 0) return;
      try {
        const at = new Date(now()).toISOString();
        for (const violation of violations) {
          const path = formatViolationPath(violation.path);
          const category = violation.category ?? null;
          const key = `${context.method}\u0000${context.route}\u0000${path}\u0000${violation.kind}\u0000${category ?? ''}`;
          const entry = pending.get(key);
          if (entry !== undefined) entry.count++;
          else if (pending.size >= maxEvents) dropped++;
          else pending.set(key, { event: { route: context.route, method: context.method, path, kind: violation.kind, category, at }, count: 1 });
        }
        schedule();
      } catch {
        // Auditing is best effort; the guard already failed closed.
      }
    },
    flush: deliver,
    get dropped() {
      return dropped;
    },
  };
}
