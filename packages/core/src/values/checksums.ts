// Check-digit algorithms used to tell real identifiers from numbers that merely look like them.

/** Luhn (mod 10) check over a string of ASCII digits, as used by payment cards. */
export function isLuhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** The Luhn check digit that completes `payload` (digits without the check digit). */
export function computeLuhnCheckDigit(payload: string): number {
  for (let d = 0; d <= 9; d++) {
    if (isLuhnValid(payload + String(d))) return d;
  }
  return 0;
}

/**
 * ISO 7064 mod 97-10 remainder of an upper-case alphanumeric string, letters counting as 10–35.
 * Computed digit by digit so it never needs big integers.
 */
export function computeMod97(value: string): number {
  let remainder = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 48 && code <= 57) remainder = (remainder * 10 + (code - 48)) % 97;
    else if (code >= 65 && code <= 90) remainder = (remainder * 100 + (code - 55)) % 97;
    else return -1;
  }
  return remainder;
}

/** Whether a compact upper-case IBAN (no spaces) passes its mod-97 check. */
export function isIbanChecksumValid(iban: string): boolean {
  return iban.length > 4 && computeMod97(iban.slice(4) + iban.slice(0, 4)) === 1;
}

/** The two check digits for an IBAN of `country` with `bban`, as a two-character string. */
export function computeIbanCheckDigits(country: string, bban: string): string {
  const check = 98 - computeMod97(bban + country + '00');
  return String(check).padStart(2, '0');
}
