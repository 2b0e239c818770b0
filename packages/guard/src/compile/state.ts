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

let nextRunId = 0;

/** Everything one run of a compiled guard tracks. A new one per call: guards are re-entrant. */
export class RunState {
  /** Tells runs apart without keeping a reference to one (see createUndeclaredReporter). */
  readonly id = ++nextRunId;
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
    this.clean.add(text, quoteString(text));
    return true;
  }

  /**
   * The JSON text of a string when it holds no sensitive value, else undefined: one cache lookup
   * answers both questions for strings seen before.
   */
  cleanJson(text: string): string | undefined {
    const cached = this.clean.getJson(text);
    if (cached !== undefined) return cached;
    if (this.scanner.contains(text)) return undefined;
    const json = quoteString(text);
    this.clean.add(text, json);
    return json;
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
    return this.isClean(text) ? text : this.redactText(text);
  }

  /** scanText for a string already known not to be clean. */
  redactText(text: string): string {
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

// A direct-mapped cache of number texts. Converting a double to text costs ~50 ns and prices and
// quantities repeat across responses; numbers are never sensitive (they are not scanned), so one
// cache serves every guard. Empty slots hold NaN, which equals nothing.
const NUMBER_SLOTS = 1024;
const numberKeys = new Float64Array(NUMBER_SLOTS).fill(Number.NaN);
const numberTexts: string[] = new Array<string>(NUMBER_SLOTS).fill('');

/** JSON text of a finite number (`String(value)`, as JSON.stringify writes it; -0 is `0`). */
export function writeNumber(value: number): string {
  const slot = ((value * 1000003) ^ (value * 40503)) & (NUMBER_SLOTS - 1);
  if (numberKeys[slot] === value) return numberTexts[slot]!;
  const text = String(value);
  numberKeys[slot] = value;
  numberTexts[slot] = text;
  return text;
}

// Objects with more keys than this are not memoised: the memo is for the repeated shapes of a list.
const MAX_MEMO_KEYS = 64;

/**
 * Reports the undeclared keys among `keys` (own enumerable keys of an object of one schema). Items of
 * a list usually share their key order, so the last key list and its undeclared keys are kept: the
 * same list again costs one identity compare per key instead of a set lookup, and within one run
 * its keys were already reported (reportUndeclared reports once per run anyway).
 */
export function createUndeclaredReporter(declared: ReadonlySet<string>): (keys: readonly string[], st: RunState) => void {
  let lastKeys: readonly string[] | undefined;
  let lastUndeclared: readonly string[] = [];
  let lastRun = 0;
  return (keys, st) => {
    const length = keys.length;
    let same = lastKeys !== undefined && lastKeys.length === length;
    for (let i = 0; same && i < length; i++) if (keys[i] !== lastKeys![i]) same = false;
    if (same && lastRun === st.id) return;
    if (!same) {
      const undeclared: string[] = [];
      for (let i = 0; i < length; i++) if (!declared.has(keys[i]!)) undeclared.push(keys[i]!);
      lastKeys = length <= MAX_MEMO_KEYS ? keys : undefined;
      lastUndeclared = undeclared;
    }
    const undeclared = lastUndeclared;
    for (let i = 0; i < undeclared.length; i++) st.reportUndeclared(declared, undeclared[i]!);
    lastRun = st.id;
  };
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
