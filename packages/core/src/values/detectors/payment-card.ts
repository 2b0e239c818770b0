import { isLuhnValid } from '../checksums.js';
import { isAlnum, isDigit, isEndBoundary, isStartBoundary } from '../chars.js';
import type { ValueDetector } from '../detector.js';

const MIN_DIGITS = 13;
const MAX_DIGITS = 19;

// Issuer prefixes (IIN ranges) and the lengths each brand issues. A number outside every range
// is an id, however well its Luhn digit happens to work out (one in ten random numbers does).
function hasPlausibleIssuer(digits: string): boolean {
  const n = digits.length;
  const p2 = Number(digits.slice(0, 2));
  const p3 = Number(digits.slice(0, 3));
  const p4 = Number(digits.slice(0, 4));
  if (digits.startsWith('4')) return n === 13 || n === 16 || n === 19; // Visa
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return n === 16; // Mastercard
  if (p2 === 34 || p2 === 37) return n === 15; // American Express
  if (p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65) return n >= 16; // Discover
  if (p4 >= 3528 && p4 <= 3589) return n >= 16; // JCB
  if (p2 === 36 || (p3 >= 300 && p3 <= 305) || p2 === 38 || p2 === 39) return n >= 14; // Diners Club
  if (p2 === 62) return n >= 16; // UnionPay
  if (p2 === 50 || (p2 >= 56 && p2 <= 69)) return true; // Maestro and other 5x/6x debit ranges
  return false;
}

/**
 * Reads a card-shaped run at `start`: one group of 13–19 digits, or groups separated by a single
 * space or dash used consistently (`4111 1111 1111 1111`, `3782-822463-10005`). Returns the
 * candidate readings (digits and end) at each group boundary, shortest first, or [] when the run
 * is not card-shaped.
 */
function readCard(text: string, start: number): { end: number; digits: string }[] {
  const readings: { end: number; digits: string }[] = [];
  let pos = start;
  let digits = '';
  let sep = -1;
  let groups = 0;
  for (;;) {
    const groupStart = pos;
    while (isDigit(text.charCodeAt(pos)) && pos - groupStart <= MAX_DIGITS) pos++;
    const length = pos - groupStart;
    // `4111 1111 1111 1111 192.0.2.1`: a last group glued to something else is not part of the card.
    if (groups > 0 && !isEndBoundary(text, pos) && !isNextGroup(text, pos, sep)) break;
    digits += text.slice(groupStart, pos);
    groups++;
    // Grouped numbers use groups of 3–6 (the last may be shorter) after a first group of 4.
    if (digits.length > MAX_DIGITS || (groups > 1 && length > 6)) return [];
    if (digits.length >= MIN_DIGITS && isEndBoundary(text, pos)) readings.push({ end: pos, digits });
    // Only a four-digit first group starts a grouped number: `4111111111111111 200` ends at 16.
    if ((groups > 1 || length === 4) && isNextGroup(text, pos, sep)) {
      sep = text.charCodeAt(pos);
      pos++;
      continue;
    }
    break;
  }
  return readings;
}

function isNextGroup(text: string, pos: number, sep: number): boolean {
  const c = text.charCodeAt(pos);
  return (c === 32 || c === 45) && isDigit(text.charCodeAt(pos + 1)) && (sep === -1 || sep === c);
}

// Whether the card-shaped group at `index` continues a grouped number (`1234 4111 1111 1111 1111`):
// a window of such a run may pass Luhn by chance. A bare run (`200 4111111111111111`) or a number
// of another length before (`ticket 12 4111 …`, `HTTP 200 4111 …`) does not count.
function continuesGroupedNumber(text: string, index: number): boolean {
  let length = 0;
  while (isDigit(text.charCodeAt(index + length))) length++;
  const c = text.charCodeAt(index - 1);
  if (length !== 4 || !(c === 32 || c === 45) || !isDigit(text.charCodeAt(index - 2))) return false;
  let pos = index - 2;
  while (isDigit(text.charCodeAt(pos - 1)) && index - pos < 8) pos--;
  const previous = index - 1 - pos;
  return previous === 4 && !isAlnum(text.charCodeAt(pos - 1));
}

// Like isStartBoundary, but a `/` may precede a card: `/users/4111…` is a path segment, and Luhn
// plus the issuer check keep dates (`01/15/2024`) out anyway.
function isCardStart(text: string, start: number): boolean {
  if (isDigit(text.charCodeAt(start - 1))) return false;
  if (text.charCodeAt(start - 1) !== 47) return isStartBoundary(text, start);
  return !isDigit(text.charCodeAt(start - 2)) && !isFirstPathSegment(text, start - 1);
}

// Longest host (with user info and port) read back from a `/`; a DNS name is at most 253 characters.
const MAX_AUTHORITY = 320;

function isAuthorityChar(code: number): boolean {
  return isAlnum(code) || code === 46 || code === 45 || code === 58 || code === 64 || code === 95 || code === 37;
}

/**
 * Whether the `/` at `slash` ends a URL's authority (`https://key@o1.ingest.sentry.io/4510…`): the
 * first path segment right after a host is a project or tenant id (Sentry DSNs), not a card
 * resource. Reads back at most MAX_AUTHORITY characters, and only for Luhn-shaped candidates.
 */
function isFirstPathSegment(text: string, slash: number): boolean {
  let pos = slash;
  while (pos > 0 && slash - pos < MAX_AUTHORITY && isAuthorityChar(text.charCodeAt(pos - 1))) pos--;
  return pos < slash && text.charCodeAt(pos - 1) === 47 && text.charCodeAt(pos - 2) === 47;
}

function isFourDigitGroup(text: string, at: number): boolean {
  return isDigit(text.charCodeAt(at)) && isDigit(text.charCodeAt(at + 1)) && isDigit(text.charCodeAt(at + 2)) && isDigit(text.charCodeAt(at + 3)) && !isDigit(text.charCodeAt(at + 4));
}

// A card is one run of 13–19 digits, or a group of four, a separator and a group of three or more.
// The one-character lookbehind keeps the search from re-trying inside digit runs.
const CARD_CANDIDATE = /(?<![0-9])[0-9]{4}(?:[0-9]{9}|[ -][0-9]{3})/g;

/** Payment card numbers (PANs). */
export const paymentCardDetector: ValueDetector = {
  id: 'payment-card',
  category: 'financial',
  title: 'Payment card number',
  description:
    '13–19 digits, bare or grouped by spaces or dashes, with a known issuer prefix and length and a valid Luhn check digit. Truncated numbers (last four) and the first path segment after a URL host (the project id of a DSN) are not cards.',
  scan(text, report) {
    // Native regex search skips the text between candidates; the JS below checks each one.
    const candidates = CARD_CANDIDATE;
    candidates.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = candidates.exec(text)) !== null) {
      const start = m.index;
      let runEnd = start + 1;
      while (isDigit(text.charCodeAt(runEnd))) runEnd++;
      if (continuesGroupedNumber(text, start)) {
        // No card starts anywhere in a chain of four-digit groups: skip the whole chain at once.
        const sep = text.charCodeAt(start - 1);
        while (text.charCodeAt(runEnd) === sep && isFourDigitGroup(text, runEnd + 1)) runEnd += 5;
      } else if (isCardStart(text, start)) {
        // A valid shorter reading wins: `4111 1111 1111 1111 123` is a card and a CVV, not a
        // 19-digit number.
        const card = readCard(text, start).find((r) => hasPlausibleIssuer(r.digits) && isLuhnValid(r.digits));
        if (card !== undefined) {
          if (report(start, card.end)) return;
          runEnd = card.end;
        }
      }
      candidates.lastIndex = runEnd;
    }
  },
};
