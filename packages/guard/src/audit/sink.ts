import type { AuditEvent } from './events.js';

/** A pino-compatible logger: anything with `warn(object, message)`. */
export interface AuditLogger {
  warn(object: Record<string, unknown>, message: string): void;
}

/** Where audit batches go besides `onViolation`: a logger or a function. */
export type AuditSink = AuditLogger | ((events: readonly AuditEvent[]) => void);

/** The message logged with each event (a constant: events carry no values, messages neither). */
export const AUDIT_LOG_MESSAGE = 'leakwatch guard violation';

/** Normalises a sink into a function that receives a batch. */
export function toSinkFunction(sink: AuditSink): (events: readonly AuditEvent[]) => void {
  if (typeof sink === 'function') return sink;
  if (sink !== null && typeof sink === 'object' && typeof sink.warn === 'function') {
    return (events) => {
      for (const event of events) sink.warn({ leakwatch: event }, AUDIT_LOG_MESSAGE);
    };
  }
  throw new TypeError('an audit sink is a function or a logger with a warn(object, message) method');
}
