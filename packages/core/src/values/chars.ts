// Character tests on UTF-16 code units. Detectors walk strings with charCodeAt instead of regexes
// so their cost stays linear and predictable; NaN (out of range) fails every test on purpose.

/** True for `0`–`9`. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** True for `A`–`Z`. */
export function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** True for `a`–`z`. */
export function isLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** True for ASCII letters and digits. */
export function isAlnum(code: number): boolean {
  return isDigit(code) || isUpper(code) || isLower(code);
}

/** True for `0`–`9`, `a`–`f`, `A`–`F`. */
export function isHex(code: number): boolean {
  return isDigit(code) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

/** True for the base64url alphabet (`A–Z a–z 0–9 - _`). */
export function isBase64Url(code: number): boolean {
  return isAlnum(code) || code === 45 || code === 95;
}

// Punctuation that glues two runs into one token: `ORD-2024`, `v1.2`, `a_b`, `01/15`. A comma or a
// colon only glues digits (`1,234`, `12:30`): after a word they are field separators (`phone:`, CSV).
function isWordJoiner(code: number): boolean {
  return code === 45 || code === 46 || code === 47 || code === 95;
}

function isDigitJoiner(code: number): boolean {
  return code === 44 || code === 58;
}

/**
 * Whether a value may start at `start`: the character before it is not alphanumeric and is not
 * a joiner that continues a token (`ORD-`, `v1.`, `id_`, `1,`).
 */
export function isStartBoundary(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 1);
  if (isAlnum(before)) return false;
  const beforeThat = text.charCodeAt(start - 2);
  if (isWordJoiner(before)) return !isAlnum(beforeThat);
  if (isDigitJoiner(before)) return !isDigit(beforeThat);
  return true;
}

/**
 * Whether a value may end at `end`: the next character is not alphanumeric and is not a joiner
 * followed by more of the token (`555-0143-99`, `1.2.3.4.5`, `0143,5`). `allowed` lists joiners
 * that may follow anyway (`:` before a port).
 */
export function isEndBoundary(text: string, end: number, allowed = ''): boolean {
  const after = text.charCodeAt(end);
  if (isAlnum(after)) return false;
  if (allowed.includes(text.charAt(end))) return true;
  const afterThat = text.charCodeAt(end + 1);
  if (isWordJoiner(after)) return !isAlnum(afterThat);
  if (isDigitJoiner(after)) return !isDigit(afterThat);
  return true;
}
