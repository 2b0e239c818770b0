// A one-pass summary of a text and, per detector, a necessary condition on it. Most strings in a
// response (names, dates, order numbers, prose) satisfy none of them, so they cost one linear pass
// instead of seventeen detector scans. A gate may let through text its detector then rejects; it
// must never hold back text its detector would match (the property test in prefilter.test.ts).

/** Bits of `TextSummary.flags`. */
const AT = 1;
const DOT = 2;
const DASH = 4;
const PLUS = 8;
const UNDERSCORE = 16;
/** Two upper-case letters followed by two digits somewhere (`GB82`): where every IBAN starts. */
const IBAN_START = 32;
/** `::` somewhere: every compressed IPv6 address has it. */
const DOUBLE_COLON = 64;

/** What the gates need to know about a text, computed in one pass. */
export interface TextSummary {
  /** Bit set of the characters and shapes seen (`@`, `.`, `-`, `+`, `_`, an IBAN-like start). */
  readonly flags: number;
  readonly colons: number;
  /**
   * Digits in the longest run of digit groups joined by at most three of ` -./()+`, so a grouped
   * card (`4111 1111 1111 1111`), a phone (`+1 (202) 555-0143`) or a dotted quad counts as one run.
   */
  readonly longestDigitRun: number;
  /** Most dots inside one such run (`198.51.100.7` has three). */
  readonly mostDotsInRun: number;
}

// Joiners are generous on purpose (any mix, up to three): a longer run only lets more text through.
function isJoiner(code: number): boolean {
  return code === 32 || code === 45 || code === 46 || code === 47 || code === 40 || code === 41 || code === 43;
}

/** Computes the summary of `text` in one pass over its UTF-16 code units. */
export function summarizeText(text: string): TextSummary {
  let flags = 0;
  let colons = 0;
  let longest = 0;
  let run = 0;
  let joiners = 0;
  let dots = 0;
  let mostDots = 0;
  // Consecutive upper-case letters just before the current contiguous digits, and those digits.
  let uppers = 0;
  let upperBeforeDigits = 0;
  let contiguous = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      if (contiguous === 0) upperBeforeDigits = uppers;
      contiguous++;
      if (contiguous === 2 && upperBeforeDigits >= 2) flags |= IBAN_START;
      uppers = 0;
      joiners = 0;
      run++;
      if (run > longest) longest = run;
      continue;
    }
    contiguous = 0;
    if (code >= 65 && code <= 90) {
      uppers++;
      run = 0;
      dots = 0;
      continue;
    }
    uppers = 0;
    if (isJoiner(code)) {
      if (++joiners > 3) {
        run = 0;
        dots = 0;
      }
      if (code === 46) {
        flags |= DOT;
        if (run > 0 && ++dots > mostDots) mostDots = dots;
      }
      else if (code === 45) flags |= DASH;
      else if (code === 43) flags |= PLUS;
      continue;
    }
    run = 0;
    dots = 0;
    if (code === 64) flags |= AT;
    else if (code === 58) {
      if (text.charCodeAt(i - 1) === 58) flags |= DOUBLE_COLON;
      colons++;
    }
    else if (code === 95) flags |= UNDERSCORE;
  }
  return { flags, colons, longestDigitRun: longest, mostDotsInRun: mostDots };
}

/**
 * What a detector needs to have any chance of matching, as data: every field set must hold, or
 * else the `or` alternative. Lengths are its prefix plus the shortest body; digit counts are the
 * detector's own lower bounds (see each detector's file).
 */
export interface DetectorNeeds {
  readonly minLength?: number;
  /** `SUMMARY_FLAGS` bits that must all be set. */
  readonly flags?: number;
  readonly minDigitRun?: number;
  readonly minDotsInRun?: number;
  readonly minColons?: number;
  /** At least one of these must occur in the text. */
  readonly anyOf?: readonly string[];
  readonly pattern?: RegExp;
  readonly or?: DetectorNeeds;
}

/** The bits of `TextSummary.flags`, for `DetectorNeeds.flags`. */
export const SUMMARY_FLAGS = { AT, DOT, DASH, PLUS, UNDERSCORE, IBAN_START, DOUBLE_COLON } as const;

/** The needs of each registered detector. Detectors without an entry always run. */
export const DETECTOR_NEEDS: Readonly<Record<string, DetectorNeeds>> = {
  'pem-private-key': { flags: DASH, anyOf: ['BEGIN'] },
  jwt: { flags: DOT, anyOf: ['eyJ'] },
  'aws-access-key': { minLength: 20, anyOf: ['AKIA', 'ASIA'] },
  // A 40-character key after a hint of at least three characters.
  'aws-secret-key': { minLength: 43, pattern: /aws|amazon/i },
  'stripe-key': { minLength: 24, flags: UNDERSCORE, anyOf: ['k_live_', 'k_test_'] },
  'github-token': { minLength: 40, flags: UNDERSCORE, anyOf: ['gh', 'github_pat_'] },
  'slack-webhook': { anyOf: ['hooks.slack.com'] },
  'slack-token': { minLength: 25, flags: DASH, anyOf: ['xox'] },
  'google-api-key': { minLength: 39, anyOf: ['AIza'] },
  'openai-key': { minLength: 35, flags: DASH, anyOf: ['sk-'] },
  // Norway's 15 characters are the shortest IBAN.
  iban: { minLength: 15, flags: IBAN_START },
  'payment-card': { minDigitRun: 13 },
  'us-ssn': { flags: DASH, minDigitRun: 9 },
  // A domain has at least two labels.
  email: { flags: AT | DOT },
  // Compressed forms have `::`; eight groups have seven colons, six and an IPv4 tail six. No digit
  // is needed (`fe80::abcd`).
  ipv6: { flags: DOUBLE_COLON, or: { minColons: 6 } },
  ipv4: { minDigitRun: 4, minDotsInRun: 3 },
  // National formats have 10–12 digits; international ones at least 8 after the `+` (one spare).
  phone: { minDigitRun: 10, or: { flags: PLUS, minDigitRun: 7 } },
};

/** DetectorNeeds with every field present, so the check below sees one object shape. */
interface CompiledNeeds {
  readonly minLength: number;
  readonly flags: number;
  readonly minDigitRun: number;
  readonly minDotsInRun: number;
  readonly minColons: number;
  readonly anyOf: readonly string[];
  readonly pattern: RegExp | null;
  readonly or: CompiledNeeds | null;
}

function compileNeeds(needs: DetectorNeeds): CompiledNeeds {
  return {
    minLength: needs.minLength ?? 0,
    flags: needs.flags ?? 0,
    minDigitRun: needs.minDigitRun ?? 0,
    minDotsInRun: needs.minDotsInRun ?? 0,
    minColons: needs.minColons ?? 0,
    anyOf: needs.anyOf ?? [],
    // A global or sticky regex would carry lastIndex from one test to the next.
    pattern: needs.pattern === undefined ? null : new RegExp(needs.pattern.source, needs.pattern.flags.replace(/[gy]/g, '')),
    or: needs.or === undefined ? null : compileNeeds(needs.or),
  };
}

function includesAny(text: string, parts: readonly string[]): boolean {
  if (parts.length === 0) return true;
  for (const part of parts) if (text.includes(part)) return true;
  return false;
}

/** A necessary condition for one detector to match: false means it cannot match `text`. */
export type DetectorGate = (text: string, summary: TextSummary) => boolean;

/** Turns a detector's needs into its gate. */
export function createDetectorGate(needs: DetectorNeeds): DetectorGate {
  const compiled = compileNeeds(needs);
  return (text, s) => {
    for (let n: CompiledNeeds | null = compiled; n !== null; n = n.or) {
      if (
        text.length >= n.minLength &&
        (s.flags & n.flags) === n.flags &&
        s.longestDigitRun >= n.minDigitRun &&
        s.mostDotsInRun >= n.minDotsInRun &&
        s.colons >= n.minColons &&
        includesAny(text, n.anyOf) &&
        (n.pattern === null || n.pattern.test(text))
      ) {
        return true;
      }
    }
    return false;
  };
}

/**
 * The gates for a list of detector ids, in the same order; `undefined` for a detector without
 * needs, which then always runs (a detector added later is never skipped by accident).
 */
export function selectDetectorGates(ids: readonly string[]): (DetectorGate | undefined)[] {
  return ids.map((id) => {
    const needs = Object.prototype.hasOwnProperty.call(DETECTOR_NEEDS, id) ? DETECTOR_NEEDS[id] : undefined;
    return needs === undefined ? undefined : createDetectorGate(needs);
  });
}
