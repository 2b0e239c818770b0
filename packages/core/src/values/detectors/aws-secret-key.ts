import type { ValueDetector } from '../detector.js';

// A secret access key is 40 random base64 characters, a shape shared with countless hashes and
// ids; it only counts within this many characters after an AWS hint (`aws_secret_access_key=`).
const HINT_WINDOW = 120;
const KEY_LENGTH = 40;
const HINT = /aws|amazon/gi;

function isKeyChar(code: number): boolean {
  return (
    (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 43 || code === 47
  );
}

function isRandomLooking(key: string): boolean {
  // Hex digests (sha1 is 40 hex characters) and words have no upper/lower mix.
  return /[A-Z]/.test(key) && /[a-z]/.test(key) && /[0-9+/]/.test(key);
}

/** AWS secret access keys next to an AWS hint. */
export const awsSecretKeyDetector: ValueDetector = {
  id: 'aws-secret-key',
  category: 'credential',
  title: 'AWS secret access key',
  description: `Exactly ${KEY_LENGTH} base64 characters mixing upper and lower case, within ${HINT_WINDOW} characters after "aws" or "amazon" (any case).`,
  scan(text, report) {
    const hints = HINT;
    hints.lastIndex = 0;
    let scanned = 0;
    let m: RegExpExecArray | null;
    while ((m = hints.exec(text)) !== null) {
      let pos = Math.max(m.index + m[0].length, scanned);
      const limit = Math.min(text.length, m.index + m[0].length + HINT_WINDOW);
      while (pos < limit) {
        if (!isKeyChar(text.charCodeAt(pos))) {
          pos++;
          continue;
        }
        const start = pos;
        while (isKeyChar(text.charCodeAt(pos)) && pos - start <= KEY_LENGTH) pos++;
        const runLength = pos - start;
        // Skip the rest of an over-long run so it is never re-read as a fresh candidate.
        while (isKeyChar(text.charCodeAt(pos))) pos++;
        const boundaryBefore = !isKeyChar(text.charCodeAt(start - 1));
        if (runLength === KEY_LENGTH && pos - start === KEY_LENGTH && boundaryBefore && text.charCodeAt(pos) !== 61) {
          if (isRandomLooking(text.slice(start, pos)) && report(start, pos)) return;
        }
      }
      scanned = Math.max(scanned, pos);
      hints.lastIndex = Math.max(hints.lastIndex, scanned);
    }
  },
};
