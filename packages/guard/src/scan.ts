import { containsSensitiveValue, findSensitiveValues, VALUE_DETECTORS } from '@leakwatch/core';
import type { CategoryId } from '@leakwatch/core';

/** A match of a sensitive value inside a string: offsets only. */
export interface ValueMatch {
  readonly category: CategoryId;
  readonly start: number;
  readonly end: number;
}

/** What the guard needs from a value scanner: a cheap yes/no, then the exact matches. */
export interface TextScanner {
  contains(text: string): boolean;
  find(text: string): readonly ValueMatch[];
}

/**
 * Core's detectors, reviewed one by one: each needs a digit, or one of `@ : . - _ + /`, or a run of
 * at least 20 letters (`AKIA` + 16, `AIza` + 35). Text made only of letters, spaces and `, ' ! ?`
 * with shorter letter runs can therefore match none of them.
 */
const REVIEWED_DETECTORS: ReadonlySet<string> = new Set([
  'pem-private-key',
  'jwt',
  'aws-access-key',
  'aws-secret-key',
  'stripe-key',
  'slack-webhook',
  'slack-token',
  'github-token',
  'google-api-key',
  'openai-key',
  'iban',
  'payment-card',
  'us-ssn',
  'email',
  'ipv6',
  'ipv4',
  'phone',
]);
const PLAIN_CHARS = /^[A-Za-z ,'!?]*$/;
const LONG_LETTER_RUN = /[A-Za-z]{20}/;

/**
 * A prefilter for core's scanner: true when the text cannot hold a value any detector finds, so
 * plain words ("gift wrap please") skip the detectors. Returns undefined (no prefilter) as soon as
 * core ships a detector not reviewed above, so a new detector is never bypassed.
 */
export function createPlainTextPrefilter(detectorIds: readonly string[]): ((text: string) => boolean) | undefined {
  if (!detectorIds.every((id) => REVIEWED_DETECTORS.has(id))) return undefined;
  return (text) => PLAIN_CHARS.test(text) && !LONG_LETTER_RUN.test(text);
}

const isPlainText = createPlainTextPrefilter(VALUE_DETECTORS.map((detector) => detector.id));

/** The scanner backed by core's detectors, behind the plain-text prefilter and core's own length check. */
export const coreScanner: TextScanner = {
  contains: isPlainText === undefined ? containsSensitiveValue : (text) => !isPlainText(text) && containsSensitiveValue(text),
  find: findSensitiveValues,
};

/** The placeholder that replaces a sensitive value in free text. */
export function formatRedaction(category: CategoryId): string {
  return `[redacted:${category}]`;
}

/**
 * Replaces every match with its placeholder. Overlapping matches (two detectors on one span) are
 * merged into the first, so no fragment of the value survives between placeholders.
 */
export function redactMatches(text: string, matches: readonly ValueMatch[]): string {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let cursor = 0;
  for (const match of sorted) {
    if (match.end <= cursor) continue;
    const start = Math.max(match.start, cursor);
    out += text.slice(cursor, start) + formatRedaction(match.category);
    cursor = match.end;
  }
  return out + text.slice(cursor);
}

/** Longest string the clean-string cache remembers; longer ones are rare and costly to hash. */
export const MAX_CACHED_LENGTH = 256;

/**
 * Remembers strings the scanner found clean, with their JSON text, so that values repeated across
 * responses (titles, cities, enum-like codes) are scanned and quoted once. Only clean strings are
 * kept, never a sensitive one; when full it starts over, which bounds memory without bookkeeping
 * per hit.
 */
export class CleanStringCache {
  private readonly seen = new Map<string, string>();

  constructor(private readonly capacity: number) {}

  has(text: string): boolean {
    return this.seen.has(text);
  }

  /** The JSON text of a string found clean before, or undefined. */
  getJson(text: string): string | undefined {
    return this.seen.get(text);
  }

  /** Remembers a clean string and its JSON text. */
  add(text: string, json: string): void {
    if (this.capacity === 0 || text.length > MAX_CACHED_LENGTH) return;
    if (this.seen.size >= this.capacity) this.seen.clear();
    this.seen.set(text, json);
  }
}
