import { isDigit, isEndBoundary, isStartBoundary } from '../chars.js';
import type { ValueDetector } from '../detector.js';

// A candidate is read as groups of digits with single separators between them, then matched
// against known shapes. Bounding groups and digits per group keeps each candidate O(1).
const MAX_GROUPS = 8;
const MAX_GROUP_DIGITS = 14;

interface Group {
  /** Digits of the group, without parentheses. */
  readonly digits: string;
  readonly end: number;
  readonly paren: boolean;
  /** Separator before the group: '' for the first group or right after `)`. */
  readonly sep: string;
}

// ITU-T E.164 calling codes. One- and two-digit codes are listed; three-digit codes are accepted
// inside the zones that only hold three-digit codes. Calling codes are a prefix code, so the first
// match is the only one.
const ONE_DIGIT_CODES = new Set(['1', '7']);
const TWO_DIGIT_CODES = new Set(
  '20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98'.split(' '),
);
const THREE_DIGIT_ZONES = new Set('21 22 23 24 25 26 29 35 37 38 42 50 59 67 68 69 80 85 87 88 96 97 99'.split(' '));

function findCallingCode(digits: string): string | undefined {
  if (ONE_DIGIT_CODES.has(digits.slice(0, 1))) return digits.slice(0, 1);
  if (TWO_DIGIT_CODES.has(digits.slice(0, 2))) return digits.slice(0, 2);
  if (THREE_DIGIT_ZONES.has(digits.slice(0, 2)) && digits.length >= 3) return digits.slice(0, 3);
  return undefined;
}

// National significant number lengths for the countries the detector knows well; any other
// calling code gets the generic E.164 bounds.
const NATIONAL_LENGTHS: Readonly<Record<string, readonly [number, number]>> = {
  '1': [10, 10],
  '44': [9, 10],
  '49': [6, 12],
  '33': [9, 9],
  '91': [10, 10],
  '86': [10, 11],
  '966': [8, 9],
  '55': [10, 11],
};

function isNanpNumber(national: string): boolean {
  // North American area codes and exchanges never start with 0 or 1.
  return /^[2-9]\d\d[2-9]\d{6}$/.test(national);
}

function isPlausibleInternational(groups: readonly Group[], viaDoubleZero: boolean): boolean {
  if (groups.some((g) => g.sep === '/')) return false;
  // `+44 (0)20 …`: the parenthesised trunk zero is not dialled from abroad.
  const kept = groups.filter((g, i) => !(i === 1 && g.paren && g.digits === '0'));
  let all = kept.map((g) => g.digits).join('');
  if (viaDoubleZero) {
    // `0044 20 …` is written with spaces; a bare `0044207946…` run or `00501-1234` is an id or a code.
    if (groups.length < 2 || !all.startsWith('00') || groups.some((g, i) => i > 0 && g.sep !== ' ')) return false;
    all = all.slice(2);
  }
  if (kept[0]?.paren) return false;
  const code = findCallingCode(all);
  if (code === undefined) return false;
  let national = all.slice(code.length);
  // `+33 01 23 45 67 89`: a trunk zero kept by mistake still leaves a full number.
  if (national.startsWith('0')) national = national.slice(1);
  const [min, max] = NATIONAL_LENGTHS[code] ?? [7, 12];
  if (national.length < min || national.length > max || code.length + national.length > 15) return false;
  if (national.startsWith('0')) return false;
  return code !== '1' || isNanpNumber(national);
}

function sameSeparators(groups: readonly Group[], from: number, allowed: string): boolean {
  const sep = groups[from]?.sep;
  if (sep === undefined || sep === '' || !allowed.includes(sep)) return false;
  for (let i = from + 1; i < groups.length; i++) if (groups[i]?.sep !== sep) return false;
  return true;
}

function hasShape(groups: readonly Group[], lengths: readonly number[]): boolean {
  return groups.length === lengths.length && groups.every((g, i) => g.digits.length === lengths[i]);
}

/** National formats of the listed countries; see docs/decisions/0002-value-detectors.md. */
function isPlausibleNational(groups: readonly Group[]): boolean {
  const first = groups[0];
  if (first === undefined || groups.length < 2) return false;
  const all = groups.map((g) => g.digits).join('');
  const parenFirst = first.paren;
  const rest = groups.slice(1);
  // Parentheses only around an area code followed by a space, a dash or nothing.
  if (groups.some((g, i) => g.paren && i > 0)) {
    // `1 (202) 555-0143`
    if (!(groups.length === 4 && first.digits === '1' && !parenFirst && groups[1]?.paren === true)) return false;
    return hasShape(groups, [1, 3, 3, 4]) && isNanpNumber(all.slice(1)) && sameSeparators(groups, 3, '- .');
  }
  if (parenFirst) {
    // US/CA `(202) 555-0143`, `(202) 555 0143`
    if (hasShape(groups, [3, 3, 4]) && isNanpNumber(all) && sameSeparators(groups, 2, '- .')) return true;
    // BR `(11) 91234-5678`, `(11) 3123-4567`
    if (/^[1-9][1-9]$/.test(first.digits) && groups.length === 3 && groups[2]?.sep === '-') {
      const local = rest.map((g) => g.digits).join('');
      if (hasShape(groups, [2, 5, 4]) && local.startsWith('9')) return true;
      if (hasShape(groups, [2, 4, 4]) && /^[2-5]/.test(local)) return true;
    }
    // UK/DE/SA with the area code in parentheses: `(020) 7946 0958`, `(030) 12345678`
    return first.digits.startsWith('0') && isPlausibleNational([{ ...first, paren: false }, ...rest]);
  }
  // US/CA `202-555-0143`, `202.555.0143`, `202 555 0143`, `1-202-555-0143`
  if (hasShape(groups, [3, 3, 4]) && isNanpNumber(all) && sameSeparators(groups, 1, '- .')) return true;
  if (hasShape(groups, [1, 3, 3, 4]) && first.digits === '1' && isNanpNumber(all.slice(1)) && sameSeparators(groups, 1, '- .')) {
    return true;
  }
  if (!first.digits.startsWith('0') || first.digits.startsWith('00')) {
    // CN mobile `138 0013 8000`
    return hasShape(groups, [3, 4, 4]) && /^1[3-9]/.test(all) && sameSeparators(groups, 1, ' -');
  }
  // From here on: a trunk prefix 0 followed by a non-zero digit.
  // FR `01 23 45 67 89`, `06.12.34.56.78`
  if (hasShape(groups, [2, 2, 2, 2, 2])) return sameSeparators(groups, 1, ' .-');
  // UK `020 7946 0958`, `0161 496 0000`, `07700 900123`, `07700 900 123`
  if (/^0[12378]/.test(all) && all.length === 11) {
    for (const shape of [[3, 4, 4], [4, 3, 4], [5, 6], [5, 3, 3]]) {
      if (hasShape(groups, shape) && sameSeparators(groups, 1, ' -')) return true;
    }
  }
  // SA and other 0xx xxx xxxx national formats: `050 123 4567`
  if (hasShape(groups, [3, 3, 4]) && sameSeparators(groups, 1, ' -')) return true;
  // IN mobile with trunk zero `098765 43210`
  if (hasShape(groups, [6, 5]) && /^0[6-9]/.test(all)) return sameSeparators(groups, 1, ' -');
  // DE `030 12345678`, `0151 23456789`, `030/12345678`
  if (groups.length === 2 && first.digits.length >= 3 && first.digits.length <= 5) {
    const subscriber = groups[1]?.digits.length ?? 0;
    return subscriber >= 5 && subscriber <= 9 && all.length >= 10 && all.length <= 12 && sameSeparators(groups, 1, ' /-');
  }
  return false;
}

// Groups of the current run of digit groups. A run (`1 202 555 0143 2024`) is read once; each of
// its groups may start a candidate, so a long run costs O(groups), not O(groups²). The arrays grow
// to the longest run seen and are reused, so rejecting a run allocates nothing.
const digitStarts: number[] = [];
const digitEnds: number[] = [];
const groupEnds: number[] = [];
const parens: number[] = [];
const seps: number[] = [];

/** Reads every group of the run starting at `i` (just after `+`, or at its first group); returns their count. */
function readRun(text: string, i: number): number {
  let count = 0;
  let sep = 0;
  for (;;) {
    let pos = i;
    const paren = text.charCodeAt(pos) === 40;
    if (paren) pos++;
    const digitsStart = pos;
    while (isDigit(text.charCodeAt(pos))) pos++;
    const digits = pos - digitsStart;
    if (digits === 0) return count;
    if (paren) {
      if (text.charCodeAt(pos) !== 41) return count;
      pos++;
    }
    digitStarts[count] = digitsStart;
    digitEnds[count] = digitsStart + digits;
    groupEnds[count] = pos;
    parens[count] = paren ? 1 : 0;
    seps[count] = sep;
    count++;
    if (digits > MAX_GROUP_DIGITS) return count;
    i = pos;
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if ((c === 32 || c === 45 || c === 46 || c === 47) && (isDigit(next) || next === 40)) {
      sep = c;
      i++;
    } else if (paren && isDigit(c)) {
      sep = 0;
    } else {
      return count;
    }
  }
}

function groupDigits(g: number): number {
  return (digitEnds[g] ?? 0) - (digitStarts[g] ?? 0);
}

function materializeGroups(text: string, from: number, to: number): Group[] {
  const groups: Group[] = [];
  for (let g = from; g < to; g++) {
    groups.push({
      digits: text.slice(digitStarts[g], digitEnds[g]),
      end: groupEnds[g] ?? 0,
      paren: parens[g] === 1,
      sep: g === from || !seps[g] ? '' : String.fromCharCode(seps[g] ?? 0),
    });
  }
  return groups;
}

type CandidateKind = 'plus' | 'double-zero' | 'national';

/**
 * Cheap digit-count filter before the format checks: every national format listed has 10–12
 * digits in 2–5 groups; international ones fit E.164 (at most 15 digits, plus a trunk zero).
 */
function hasPlausibleDigitCount(kind: CandidateKind, groups: number, digits: number): boolean {
  if (kind === 'plus') return digits >= 8 && digits <= 17;
  if (kind === 'double-zero') return groups >= 2 && digits >= 10 && digits <= 19;
  return groups >= 2 && groups <= 5 && digits >= 10 && digits <= 12;
}

const NATIONAL_SHAPES = new Set(['3,3,4', '3,4,4', '4,3,4', '5,3,3', '2,5,4', '2,4,4', '1,3,3,4', '2,2,2,2,2', '5,6', '6,5']);

/** Whether groups `g` to `k` have the group lengths of some national format (checked before allocating). */
function hasNationalShape(g: number, k: number): boolean {
  if (k - g === 2) {
    // DE: an area code of 3–5 digits and a subscriber number of 5–9.
    const area = groupDigits(g);
    const subscriber = groupDigits(g + 1);
    if (area >= 3 && area <= 5 && subscriber >= 5 && subscriber <= 9) return true;
  }
  let shape = String(groupDigits(g));
  for (let i = g + 1; i < k; i++) shape += `,${groupDigits(i)}`;
  return NATIONAL_SHAPES.has(shape);
}

function isPlausiblePhone(groups: readonly Group[], kind: CandidateKind): boolean {
  if (kind === 'plus') return isPlausibleInternational(groups, false);
  if (kind === 'double-zero') return isPlausibleInternational(groups, true);
  return isPlausibleNational(groups);
}

// Where a phone can start: `+`, `(`, or a first group followed by a separator (every national
// format has at least two groups). A compact number always has its `+`.
const PHONE_CANDIDATE = /[+(]|[0-9][ .\/-][0-9(]/g;

/** Phone numbers in international and common national formats. */
export const phoneDetector: ValueDetector = {
  id: 'phone',
  category: 'phone',
  title: 'Phone number',
  description:
    'International numbers (+ or 00, a valid calling code and a plausible length) and separated national formats of US/CA, UK, DE, FR, IN, CN, SA and BR. Bare digit runs, masked numbers and partial numbers are not phones.',
  scan(text, report) {
    const candidates = PHONE_CANDIDATE;
    candidates.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = candidates.exec(text)) !== null) {
      let start = m.index;
      const plus = text.charCodeAt(start) === 43;
      // The regex matched the last digit of a first group: walk back to the group's start.
      if (isDigit(text.charCodeAt(start))) {
        while (isDigit(text.charCodeAt(start - 1)) && m.index - start < MAX_GROUP_DIGITS) start--;
      }
      candidates.lastIndex = m.index + 1;
      const before = text.charCodeAt(start - 1);
      // Inside a digit run, or a digit right after `+` (that belongs to the `+` candidate).
      if (isDigit(before) || before === 43 || !isStartBoundary(text, start)) continue;
      const count = readRun(text, plus ? start + 1 : start);
      if (count === 0) continue;
      let g = 0;
      while (g < count) {
        const matchedTo = matchFrom(text, g, count, plus && g === 0);
        if (matchedTo > 0) {
          const from = g === 0 ? start : (digitStarts[g] ?? 0) - (parens[g] ?? 0);
          if (report(from, groupEnds[matchedTo - 1] ?? 0)) return;
          g = matchedTo;
        } else {
          g++;
        }
        // A later group only starts a candidate after a space (`12 (202) 555-0143`); after `-`,
        // `.` or `/` it continues a token (`ORD-2024-…`, `1.2.3`).
        while (g < count && seps[g] !== 32) g++;
      }
      candidates.lastIndex = Math.max(candidates.lastIndex, groupEnds[count - 1] ?? 0);
    }
  },
};

/**
 * Whether the five pairs of a French-shaped number at groups `g` to `k` sit in a longer run of pairs
 * joined the same way: a hex dump (`<Buffer 08 00 00 00 00 00 00 00>`) or a byte list, not a phone.
 */
function isWindowOfPairs(g: number, k: number, count: number): boolean {
  if (k - g !== 5) return false;
  for (let i = g; i < k; i++) if (groupDigits(i) !== 2) return false;
  const sep = seps[g + 1];
  return (k < count && seps[k] === sep && groupDigits(k) === 2) || (g > 0 && seps[g] === sep && groupDigits(g - 1) === 2);
}

/** Tries the candidates starting at group `g`, longest first; returns the group index after the match, or 0. */
function matchFrom(text: string, g: number, count: number, plus: boolean): number {
  const firstIsDoubleZero = parens[g] === 0 && groupDigits(g) >= 2 && text.startsWith('00', digitStarts[g]);
  const kind: CandidateKind = plus ? 'plus' : firstIsDoubleZero ? 'double-zero' : 'national';
  // `+4930123456789 200`: a compact international number is complete in its first group.
  const last = plus && groupDigits(g) >= 8 ? g + 1 : Math.min(count, g + MAX_GROUPS);
  let digits = 0;
  for (let k = g; k < last; k++) {
    if (groupDigits(k) > MAX_GROUP_DIGITS) return 0;
    digits += groupDigits(k);
  }
  for (let k = last; k > g; k--) {
    if (
      hasPlausibleDigitCount(kind, k - g, digits) &&
      (kind !== 'national' || hasNationalShape(g, k)) &&
      isEndBoundary(text, groupEnds[k - 1] ?? 0)
    ) {
      if (isPlausiblePhone(materializeGroups(text, g, k), kind) && !isWindowOfPairs(g, k, count)) return k;
    }
    digits -= groupDigits(k - 1);
  }
  return 0;
}
