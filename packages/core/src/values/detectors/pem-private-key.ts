import type { ValueDetector } from '../detector.js';

const BEGIN = '-----BEGIN ';
const DASHES = '-----';
const MAX_LABEL = 40;
// An RSA-8192 key in PEM is about 6.5 kB; past this the END line is someone else's.
const MAX_BODY = 16384;

// A header, or a header and an ellipsis (`Kh9NV...`), is a marker or a docs placeholder: code tests
// for it (`pem.indexOf('-----BEGIN PRIVATE KEY-----')`) far more often than it leaks a key. A real
// body, even cut short in a log line, has more key material than this.
const MIN_KEY_MATERIAL = 8;

/** Counts base64 characters in `[from, to)`, skipping `\n`-style escapes. */
function countKeyMaterial(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to && count < MIN_KEY_MATERIAL; i++) {
    const code = text.charCodeAt(i);
    if (code === 92) i++;
    else if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 43 || code === 47) count++;
  }
  return count;
}

// Characters of a PEM body, including the literal `\n` escapes of keys pasted into JSON or env files.
function isBodyChar(code: number): boolean {
  return (
    (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) ||
    code === 43 || code === 47 || code === 61 || code === 92 || code === 10 || code === 13 || code === 32 || code === 9 || code === 58 || code === 44
  );
}

/** PEM-encoded private keys (`-----BEGIN … PRIVATE KEY-----`). */
export const pemPrivateKeyDetector: ValueDetector = {
  id: 'pem-private-key',
  category: 'credential',
  title: 'PEM private key',
  description:
    'A `-----BEGIN … PRIVATE KEY-----` block up to its END line; without an END line (a truncated key), the header and the key material after it. A header without key material (a marker in code, a docs placeholder), public keys and certificates are not matched.',
  scan(text, report) {
    let from = 0;
    // Position of the next END line at or after `from`, found once and reused, so a text full of
    // BEGIN lines without END lines costs one pass instead of one pass per BEGIN.
    let nextEnd = -2;
    for (;;) {
      const start = text.indexOf(BEGIN, from);
      if (start === -1) return;
      const labelStart = start + BEGIN.length;
      const labelEnd = text.indexOf(DASHES, labelStart);
      from = labelStart;
      if (labelEnd === -1) return;
      if (labelEnd - labelStart > MAX_LABEL) continue;
      const label = text.slice(labelStart, labelEnd);
      if (!label.endsWith('PRIVATE KEY') || !/^[A-Z0-9 ]+$/.test(label)) continue;
      const headerEnd = labelEnd + DASHES.length;
      if (nextEnd !== -1 && nextEnd < headerEnd) nextEnd = text.indexOf('-----END ', headerEnd);
      let end = -1;
      let bodyEnd = -1;
      const endLine = `-----END ${label}-----`;
      if (nextEnd !== -1 && nextEnd - headerEnd <= MAX_BODY && text.startsWith(endLine, nextEnd)) {
        end = nextEnd + endLine.length;
        bodyEnd = nextEnd;
      } else {
        end = headerEnd;
        while (isBodyChar(text.charCodeAt(end)) && end - headerEnd < MAX_BODY) end++;
        // Leave trailing whitespace and dashes outside the match.
        while (end > headerEnd && /[\s-]/.test(text.charAt(end - 1))) end--;
        bodyEnd = end;
      }
      if (countKeyMaterial(text, headerEnd, bodyEnd) < MIN_KEY_MATERIAL) {
        from = end;
        continue;
      }
      if (report(start, end)) return;
      from = end;
    }
  },
};
