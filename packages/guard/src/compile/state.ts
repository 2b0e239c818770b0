import type { CategoryId } from '@leakwatch/core';
import type { CleanStringCache, TextScanner } from '../scan.js';
import { redactMatches } from '../scan.js';
import type { Violation, ViolationKind } from '../types.js';

/** Returned by a node when the value cannot be guarded; the violation is already recorded. */
export const FAIL: unique symbol = Symbol('leakwatch.guard.fail');
export type Fail = typeof FAIL;

/** Keys that must never reach an output object. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Resolved limits (every field set). */
export interface ResolvedLimits {
  readonly maxDepth: number;
  readonly maxArrayLength: number;
  readonly maxOutputSize: number;
}

/** Everything one run of a compiled guard tracks. A new one per call: guards are re-entrant. */
export class RunState {
  readonly violations: Violation[] = [];
  /** Keys and indexes from the root to the node being visited. */
  readonly path: (string | number)[] = [];
  /** Objects and arrays on the way down, to catch cycles. */
  readonly ancestors: object[] = [];
  /** Running estimate of the output size (JSON text length). */
  size = 0;
  failed = false;
  /** The key being read right now (before it is pushed on `path`), so a throwing getter is located. */
  at: string | number | undefined = undefined;

  constructor(
    readonly limits: ResolvedLimits,
    readonly scanner: TextScanner,
    readonly reportUnknown: boolean,
    private readonly clean: CleanStringCache,
  ) {}

  /** Whether a string holds no sensitive value (cached for strings seen clean before). */
  isClean(text: string): boolean {
    if (this.clean.has(text)) return true;
    if (this.scanner.contains(text)) return false;
    this.clean.add(text);
    return true;
  }

  /** Records a violation at the current path (plus an optional last segment). */
  report(kind: ViolationKind, category?: CategoryId, last?: string | number): void {
    const path = last === undefined ? this.path.slice() : [...this.path, last];
    this.violations.push(category === undefined ? { path, kind } : { path, kind, category });
  }

  private undeclaredSeen: Map<object, Set<string>> | undefined;

  /**
   * Reports an undeclared key once per object schema and call: in a 200-item list the same stray
   * key would otherwise cost 200 identical reports (the audit collapses indexes anyway). Sets, not
   * a list, so a hostile object with thousands of stray keys stays linear.
   */
  reportUndeclared(owner: object, key: string): void {
    const seen = (this.undeclaredSeen ??= new Map());
    let keys = seen.get(owner);
    if (keys === undefined) {
      keys = new Set();
      seen.set(owner, keys);
    }
    if (keys.has(key)) return;
    keys.add(key);
    this.report('unknown-field', undefined, this.describeKey(key));
  }

  /** Records an `invalid` violation at the current path and returns FAIL. */
  fail(last?: string | number): Fail {
    if (!this.failed) {
      this.failed = true;
      this.report('invalid', undefined, last);
    }
    return FAIL;
  }

  /** Enters an object or array: checks depth and cycles. */
  enter(value: object): boolean {
    const ancestors = this.ancestors;
    if (ancestors.length >= this.limits.maxDepth) return false;
    for (let i = 0; i < ancestors.length; i++) if (ancestors[i] === value) return false;
    ancestors.push(value);
    return true;
  }

  leave(): void {
    this.ancestors.pop();
  }

  /** Adds to the output size; false when the limit is crossed. */
  grow(amount: number): boolean {
    this.size += amount;
    return this.size <= this.limits.maxOutputSize;
  }

  /** Redacts sensitive values in a string of an unmarked field, reporting one violation per match. */
  scanText(text: string): string {
    if (this.isClean(text)) return text;
    const matches = this.scanner.find(text);
    if (matches.length === 0) return text;
    for (const match of matches) this.report('sensitive-value', match.category);
    return redactMatches(text, matches);
  }

  /** A key that is data (record key, undeclared key) as it may appear in a violation path. */
  describeKey(key: string): string {
    if (this.isClean(key)) return key;
    const first = this.scanner.find(key)[0];
    return first === undefined ? key : `[redacted:${first.category}]`;
  }
}

const ESCAPE = /[\u0000-\u001f"\\\ud800-\udfff]/;

/** JSON text of a string: quotes directly when nothing needs escaping (the common case). */
export function quoteString(text: string): string {
  const length = text.length;
  // Short strings: a character loop beats a regular expression call (measured on Node 20).
  if (length < 40) {
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      if (code < 32 || code === 34 || code === 92 || (code >= 0xd800 && code <= 0xdfff)) return JSON.stringify(text);
    }
    return `"${text}"`;
  }
  return ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
}
