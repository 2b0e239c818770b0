const enum CharKind {
  Other,
  Lower,
  Upper,
  Digit,
}

function getCharKind(code: number): CharKind {
  if (code >= 97 && code <= 122) return CharKind.Lower;
  if (code >= 65 && code <= 90) return CharKind.Upper;
  if (code >= 48 && code <= 57) return CharKind.Digit;
  // Non-ASCII letters join the word they are in (`téléphone` stays one word); their case is not read.
  if (code > 127) return CharKind.Lower;
  return CharKind.Other;
}

/**
 * Splits an identifier into lower-case words: camelCase, PascalCase, snake_case, kebab-case,
 * SCREAMING_CASE and dotted or spaced text all give the same words.
 *
 * Acronyms stay whole (`userSSN` → `user ssn`, `APIKey` → `api key`, `userIDs` → `user ids`).
 * Digits leave a word of two or more letters (`last4` → `last 4`, `cvv2` → `cvv 2`) but stay
 * with a single letter, so version and standard markers read as one word (`ipV4` and `IPv4` →
 * `ip v4`, `e164Phone` → `e164 phone`, `i18nKey` → `i18n key`).
 *
 * One linear pass over the characters, no regular expressions.
 */
export function splitName(name: string): string[] {
  const words: string[] = [];
  let start = -1;
  // Letters in the current word so far, to decide whether a digit starts a new word.
  let letters = 0;
  let previous = CharKind.Other;

  const flush = (end: number): void => {
    if (start >= 0 && end > start) words.push(name.slice(start, end).toLowerCase());
    start = -1;
    letters = 0;
  };

  for (let index = 0; index < name.length; index++) {
    const kind = getCharKind(name.charCodeAt(index));
    if (kind === CharKind.Other) {
      flush(index);
      previous = kind;
      continue;
    }
    if (start < 0) {
      start = index;
    } else if (kind === CharKind.Upper && (previous === CharKind.Lower || previous === CharKind.Digit)) {
      flush(index);
      start = index;
    } else if (kind === CharKind.Lower && previous === CharKind.Upper && index - start >= 2) {
      // An acronym ends where a capitalised word begins: `APIKey` → `API` + `Key`, with two exceptions.
      const next = index + 1 < name.length ? getCharKind(name.charCodeAt(index + 1)) : CharKind.Other;
      const isPluralAcronym = name.charCodeAt(index) === 115 /* s */ && next !== CharKind.Lower;
      if (next === CharKind.Digit) {
        // `IPv4`: the lower-case letter opens a version marker of its own.
        flush(index);
        start = index;
      } else if (!isPluralAcronym) {
        flush(index - 1);
        start = index - 1;
        letters = 1;
      }
    } else if (kind === CharKind.Digit && previous !== CharKind.Digit && letters >= 2) {
      flush(index);
      start = index;
    }
    if (kind !== CharKind.Digit) letters++;
    previous = kind;
  }
  flush(name.length);
  return words;
}
