import { ConfigError } from '../errors.js';
import { isCategoryId, type CategoryId } from '../taxonomy/ids.js';
import type { ValueDetector } from './detector.js';
import { summarizeText, selectDetectorGates } from './prefilter.js';
import type { TextSummary } from './prefilter.js';
import { DETECTORS } from './registry.js';

/** One sensitive value found in a text. It holds offsets only, never the value itself. */
export interface SensitiveValueMatch {
  readonly category: CategoryId;
  /** Offset of the first character (UTF-16 code units, like `String.prototype.slice`). */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
  /** Id of the detector that found it (see `VALUE_DETECTORS`). */
  readonly detector: string;
}

/** Which detectors a scanner runs. Both filters apply when both are given. */
export interface ValueScannerOptions {
  readonly categories?: readonly CategoryId[];
  readonly detectors?: readonly string[];
  /** Skip detectors that cannot match a text (one pass over it first). Default true; false is for tests and benchmarks. */
  readonly prefilter?: boolean;
}

/** A value scanner over a fixed set of detectors. */
export interface ValueScanner {
  /** Every match, sorted by start, without overlaps. */
  find(text: string): SensitiveValueMatch[];
  /** Whether `find` would return at least one match; stops at the first one. */
  contains(text: string): boolean;
}

// The shortest value any detector can match (`a@b.co`); shorter strings skip every detector.
const MIN_VALUE_LENGTH = 6;

interface RawMatch {
  readonly start: number;
  readonly end: number;
  /** Index into the scanner's detector list: lower is more specific. */
  readonly rank: number;
}

/** Whether `a` should win over `b` when they overlap: longer first, then the more specific detector. */
function isPreferred(a: RawMatch, b: RawMatch): boolean {
  const lengthA = a.end - a.start;
  const lengthB = b.end - b.start;
  return lengthA !== lengthB ? lengthA > lengthB : a.rank < b.rank;
}

/**
 * Keeps non-overlapping matches in one sweep over matches sorted by start. An overlapping match
 * replaces the last kept one when it is preferred; the one kept before that ends before both
 * start, so the sweep never needs to look further back.
 */
function resolveOverlaps(matches: RawMatch[]): RawMatch[] {
  matches.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const kept: RawMatch[] = [];
  for (const match of matches) {
    const last = kept[kept.length - 1];
    if (last === undefined || match.start >= last.end) kept.push(match);
    else if (isPreferred(match, last)) kept[kept.length - 1] = match;
  }
  return kept;
}

function selectDetectors(options: ValueScannerOptions): readonly ValueDetector[] {
  const { categories, detectors } = options;
  for (const category of categories ?? []) {
    if (!isCategoryId(category)) throw new ConfigError(`Unknown category "${String(category)}" in value scanner options.`);
  }
  for (const id of detectors ?? []) {
    if (!DETECTORS.some((d) => d.id === id)) throw new ConfigError(`Unknown value detector "${id}" in value scanner options.`);
  }
  return DETECTORS.filter(
    (d) => (categories === undefined || categories.includes(d.category)) && (detectors === undefined || detectors.includes(d.id)),
  );
}

/**
 * Creates a scanner that runs only some detectors, e.g. `{ categories: ['credential'] }`.
 * @throws ConfigError when a category or detector id is unknown.
 */
export function createValueScanner(options: ValueScannerOptions = {}): ValueScanner {
  const selected = selectDetectors(options);
  const gates = options.prefilter === false ? selected.map(() => undefined) : selectDetectorGates(selected.map((d) => d.id));
  const count = selected.length;
  return {
    find(text) {
      if (text.length < MIN_VALUE_LENGTH) return [];
      const raw: RawMatch[] = [];
      const summary = summarizeText(text);
      selected.forEach((detector, rank) => {
        if (gates[rank]?.(text, summary) === false) return;
        detector.scan(text, (start, end) => {
          raw.push({ start, end, rank });
          return false;
        });
      });
      return resolveOverlaps(raw).map((m) => {
        const detector = selected[m.rank] as ValueDetector;
        return { category: detector.category, start: m.start, end: m.end, detector: detector.id };
      });
    },
    contains(text) {
      if (text.length < MIN_VALUE_LENGTH) return false;
      let found = false;
      let summary: TextSummary | undefined;
      for (let i = 0; i < count; i++) {
        const gate = gates[i];
        if (gate !== undefined && !gate(text, (summary ??= summarizeText(text)))) continue;
        const detector = selected[i] as ValueDetector;
        detector.scan(text, () => (found = true));
        if (found) return true;
      }
      return false;
    },
  };
}

const defaultScanner = createValueScanner();

/**
 * Finds sensitive values (phone numbers, e-mail addresses, cards, IBANs, SSNs, tokens, keys, IP
 * addresses) in free text. Returns offsets, sorted by start and never overlapping (the longer
 * match wins, then the more specific detector); slice the text if you must see a value.
 * Linear in the length of `text`.
 */
export function findSensitiveValues(text: string): SensitiveValueMatch[] {
  return defaultScanner.find(text);
}

/** Whether `text` holds at least one sensitive value; faster than `findSensitiveValues` on hits. */
export function containsSensitiveValue(text: string): boolean {
  return defaultScanner.contains(text);
}
