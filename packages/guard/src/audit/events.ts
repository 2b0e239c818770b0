import type { CategoryId } from '@leakwatch/core';
import type { Violation, ViolationKind } from '../types.js';

/**
 * One aggregated audit event: how many violations of one kind at one field path a route produced
 * in one batch window. Never carries a value; `path` is the field path with array indexes as `*`.
 */
export interface AuditEvent {
  /** The route pattern (`/users/:id`), not the requested URL, which may itself carry data. */
  readonly route: string;
  readonly method: string;
  /** Field path inside the response body, e.g. `items.*.phone`; `$` for the body itself. */
  readonly path: string;
  readonly kind: ViolationKind;
  readonly category: CategoryId | null;
  readonly count: number;
  /** ISO time of the first occurrence in the batch. */
  readonly at: string;
}

/** Where a violation happened, as the adapter knows it. */
export interface AuditContext {
  readonly route: string;
  readonly method: string;
}

/** `items.*.phone`: indexes collapse so that a 200-item list yields one event, not 200. */
export function formatViolationPath(path: Violation['path']): string {
  if (path.length === 0) return '$';
  let text = '';
  for (const segment of path) {
    const part = typeof segment === 'number' ? '*' : segment;
    text += text === '' ? part : `.${part}`;
  }
  return text;
}
