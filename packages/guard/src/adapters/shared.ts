import type { z } from 'zod';
import { createAuditor } from '../audit/auditor.js';
import type { Auditor } from '../audit/auditor.js';
import type { AuditEvent } from '../audit/events.js';
import type { AuditSink } from '../audit/sink.js';
import { createGuard } from '../guard.js';
import type { Guard } from '../guard.js';
import type { GuardOptions, Violation } from '../types.js';

/** Options every adapter takes: the guard's policy plus where audit events go. */
export interface RouteGuardOptions extends Omit<GuardOptions, 'onViolation'> {
  /** Receives batches of aggregated audit events (never values). */
  readonly onViolation?: (events: readonly AuditEvent[]) => void;
  /** A pino-compatible logger or a function, receiving the same batches. */
  readonly sink?: AuditSink;
  /** Share one auditor across routes (batching and rate limits then span them); overrides onViolation/sink. */
  readonly auditor?: Auditor;
  /** Route name for audit events when the framework does not expose the matched pattern. */
  readonly route?: string;
  /** Batch window of the auditor created for this route (default 1000 ms). */
  readonly flushIntervalMs?: number;
}

/** The body every adapter answers when guarding fails: generic, never the original. */
export const FAILED_BODY = '{"error":"Internal Server Error"}';
/** Status of that answer. */
export const FAILED_STATUS = 500;
/** Content type of every guarded body and of the failure body. */
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** A guard plus its auditor, as every adapter holds them. */
export interface RouteGuard {
  readonly guard: Guard<unknown>;
  readonly auditor: Auditor;
  readonly route: string | undefined;
  /** Guards a body: the text to send, or undefined after reporting the failure. Never throws. */
  render(body: unknown, method: string, route: string | undefined): string | undefined;
  /** Reports a body the guard could not even look at (a raw string or stream on a guarded route). */
  refuse(method: string, route: string | undefined): void;
}

const REFUSED: readonly Violation[] = [{ path: [], kind: 'invalid' }];

/** Compiles the guard once per route and wires its auditor. */
export function createRouteGuard(schema: z.ZodType, options: RouteGuardOptions = {}): RouteGuard {
  const { onViolation, sink, auditor: shared, route, flushIntervalMs, ...guardOptions } = options;
  const guard = createGuard(schema, guardOptions) as Guard<unknown>;
  const auditor = shared ?? createAuditor({ onViolation, sink, flushIntervalMs });
  const routeName = (name: string | undefined): string => name ?? route ?? '(unnamed route)';
  return {
    guard,
    auditor,
    route,
    render(body, method, matched) {
      const result = guard.serialize(body);
      auditor.record({ route: routeName(matched), method }, result.violations);
      return result.ok ? result.text : undefined;
    },
    refuse(method, matched) {
      auditor.record({ route: routeName(matched), method }, REFUSED);
    },
  };
}
