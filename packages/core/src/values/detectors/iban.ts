import { isAlnum, isDigit, isUpper } from '../chars.js';
import type { ValueDetector } from '../detector.js';

/** IBAN lengths of the countries the detector knows (SWIFT IBAN registry); others are not matched. */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AT: 20, BE: 16, BG: 22, BH: 22, BR: 29, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18,
  EE: 20, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GI: 23, GL: 18, GR: 27, HR: 21, HU: 28, IE: 22,
  IL: 23, IS: 26, IT: 27, KW: 30, KZ: 20, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MT: 31, NL: 18,
  NO: 15, PL: 28, PT: 25, QA: 29, RO: 24, SA: 24, SE: 24, SI: 19, SK: 24, SM: 27, TR: 26, UA: 29,
};

// ISO 7064 mod 97-10 step for one character (digits 0–9, letters 10–35).
function stepMod97(remainder: number, code: number): number {
  return isDigit(code) ? (remainder * 10 + (code - 48)) % 97 : (remainder * 100 + (code - 55)) % 97;
}

/**
 * Reads `length` upper-case alphanumerics from `start`, either contiguous or in the printed
 * format (a single space after every group of four), and checks mod 97 on the way, so a
 * rejected candidate allocates nothing. Returns the end, or -1.
 */
function readValidIban(text: string, start: number, length: number): number {
  const spaced = text.charCodeAt(start + 4) === 32;
  let pos = start;
  let read = 0;
  // The check runs over BBAN + country + check digits: the first four characters go last.
  let remainder = 0;
  while (read < length) {
    const code = text.charCodeAt(pos);
    if (!isDigit(code) && !isUpper(code)) return -1;
    if (read >= 4) remainder = stepMod97(remainder, code);
    read++;
    pos++;
    if (spaced && read % 4 === 0 && read < length) {
      if (text.charCodeAt(pos) !== 32) return -1;
      pos++;
    }
  }
  // The next character must not continue the number; a separate group after a space is another
  // value (`GB82 WEST 1234 5698 7654 32 10`): length and checksum already pinned the IBAN down.
  if (isAlnum(text.charCodeAt(pos))) return -1;
  for (let i = 0; i < 4; i++) remainder = stepMod97(remainder, text.charCodeAt(start + i));
  return remainder === 1 ? pos : -1;
}

const IBAN_START = /[A-Z]{2}[0-9]{2}/g;

/** International Bank Account Numbers. */
export const ibanDetector: ValueDetector = {
  id: 'iban',
  category: 'financial',
  title: 'IBAN',
  description:
    'IBANs of the common countries, compact or printed in groups of four, with the country\'s exact length and a valid mod-97 check. The country letters alone are not sensitive.',
  scan(text, report) {
    const starts = IBAN_START;
    starts.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = starts.exec(text)) !== null) {
      const start = m.index;
      starts.lastIndex = start + 1;
      if (isAlnum(text.charCodeAt(start - 1))) continue;
      const length = IBAN_LENGTHS[m[0].slice(0, 2)];
      if (length === undefined) continue;
      const end = readValidIban(text, start, length);
      if (end === -1) continue;
      if (report(start, end)) return;
      starts.lastIndex = end;
    }
  },
};
