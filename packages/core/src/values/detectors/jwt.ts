import { decodeBase64UrlAscii } from '../base64url.js';
import { isBase64Url } from '../chars.js';
import type { ValueDetector } from '../detector.js';

// Caps per segment: real headers are well under 1 kB; payloads can be large but not unbounded.
const MAX_HEADER = 2048;
const MAX_SEGMENT = 65536;

function hasJoseHeader(segment: string): boolean {
  const json = decodeBase64UrlAscii(segment);
  if (json === undefined) return false;
  try {
    const header: unknown = JSON.parse(json);
    return typeof header === 'object' && header !== null && !Array.isArray(header) && typeof (header as { alg?: unknown }).alg === 'string';
  } catch {
    return false;
  }
}

function skipBase64Url(text: string, pos: number, max: number): number {
  const start = pos;
  while (isBase64Url(text.charCodeAt(pos)) && pos - start <= max) pos++;
  return pos;
}

/** JSON Web Tokens (JWS, and JWE in its five-part form). */
export const jwtDetector: ValueDetector = {
  id: 'jwt',
  category: 'credential',
  title: 'JSON Web Token',
  description:
    'Three (JWS) or five (JWE) base64url segments whose first segment decodes to a JSON object with an `alg` member. Only runs where `eyJ` occurs.',
  scan(text, report) {
    let from = 0;
    for (;;) {
      const start = text.indexOf('eyJ', from);
      if (start === -1) return;
      from = start + 3;
      if (isBase64Url(text.charCodeAt(start - 1))) continue;
      const headerEnd = skipBase64Url(text, start, MAX_HEADER);
      from = headerEnd;
      if (headerEnd - start > MAX_HEADER || text.charCodeAt(headerEnd) !== 46) continue;
      // Segments after the header; the signature of an unsecured token may be empty.
      let pos = headerEnd;
      let segments = 1;
      while (segments < 5 && text.charCodeAt(pos) === 46) {
        const segmentEnd = skipBase64Url(text, pos + 1, MAX_SEGMENT);
        if (segmentEnd - pos - 1 > MAX_SEGMENT) break;
        pos = segmentEnd;
        segments++;
      }
      from = Math.max(from, pos);
      if ((segments !== 3 && segments !== 5) || text.charCodeAt(pos) === 46 || isBase64Url(text.charCodeAt(pos))) continue;
      if (!hasJoseHeader(text.slice(start, headerEnd))) continue;
      if (report(start, pos)) return;
    }
  },
};
