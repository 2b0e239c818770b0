import type { CategoryId } from '@leakwatch/core';
import type { TextScanner } from './scan.js';

/** What a violation is about. Never carries the value. */
export type ViolationKind = 'unknown-field' | 'sensitive-field' | 'sensitive-value' | 'invalid';

/** One thing the guard removed, redacted or refused. Paths name keys and indexes, never values. */
export interface Violation {
  readonly path: readonly (string | number)[];
  readonly kind: ViolationKind;
  readonly category?: CategoryId;
}

/** `enforce` rewrites the value to what the schema and policy allow; `report` only reports. */
export type GuardMode = 'enforce' | 'report';

/** Which compiler backend builds the checker-serializer. */
export type GuardBackend = 'closures' | 'codegen';

/** Ceilings that turn a hostile or runaway value into a failure instead of a crash. */
export interface GuardLimits {
  /** Deepest nesting of objects and arrays (default 64). */
  readonly maxDepth?: number;
  /** Longest array or tuple, and most own keys of any object (record, `z.any()`, or stray keys of a declared object); default 10 000. */
  readonly maxArrayLength?: number;
  /** Largest output, in UTF-16 code units of JSON text (default 8 MiB). */
  readonly maxOutputSize?: number;
}

/** Options of `createGuard`. */
export interface GuardOptions {
  /** Default `enforce`. */
  readonly mode?: GuardMode;
  /** Categories that marked fields may carry out (default none). */
  readonly allow?: readonly CategoryId[];
  /** Scan strings of unmarked fields for sensitive values and redact them (default true). */
  readonly scanValues?: boolean;
  /** Report undeclared fields as `unknown-field` violations (default true). They are dropped either way. */
  readonly reportUnknownFields?: boolean;
  /** Refuse schemas that contain `z.any()` or `z.unknown()` (createGuard throws). Default false: they are scanned deeply. */
  readonly rejectAny?: boolean;
  /** `closures` (default, runs under a strict CSP) or `codegen` (`new Function`; falls back to closures where it is blocked). */
  readonly backend?: GuardBackend;
  readonly limits?: GuardLimits;
  /** Value scanner for `scanValues` (default: core's, every detector). Pass `createValueScanner({ categories })` to narrow it. */
  readonly scanner?: TextScanner;
  /** How many clean strings (up to 256 characters) the guard remembers to skip re-scanning (default 4096; 0 turns it off). */
  readonly scanCacheSize?: number;
  /** Called after each check or stringify that found violations. A throwing callback is ignored. */
  readonly onViolation?: (violations: readonly Violation[]) => void;
}

/** Result of `guard.check`. */
export type GuardResult<T> =
  | { readonly ok: true; readonly value: T; readonly violations: readonly Violation[] }
  | { readonly ok: false; readonly value: undefined; readonly violations: readonly Violation[] };
