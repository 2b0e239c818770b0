import { isAlnum, isLower, isUpper } from '../chars.js';
import type { ValueDetector } from '../detector.js';

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;
const MAX_LABEL = 63;

// `logo@2x.png` and `icon@3x.svg` are asset names, not addresses: these are not TLDs.
const FILE_EXTENSIONS = new Set(['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'avif', 'ico', 'js', 'mjs', 'cjs', 'ts', 'tsx', 'jsx', 'css', 'map', 'json', 'html', 'md', 'txt']);

// The unquoted local-part characters people actually use. `=`, `/`, `'` and the like are legal
// but far more often delimiters in logs (`email=jane@…`), so they end the local part.
function isLocalChar(code: number): boolean {
  return isAlnum(code) || code === 46 || code === 95 || code === 37 || code === 43 || code === 45;
}

function isLabelChar(code: number): boolean {
  return isAlnum(code) || code === 45;
}

/** Returns the end of a valid domain starting at `start`, or -1. */
function readDomain(text: string, start: number): number {
  let pos = start;
  let labels = 0;
  let lastLabelStart = start;
  let end = -1;
  while (pos - start <= MAX_DOMAIN) {
    const labelStart = pos;
    while (isLabelChar(text.charCodeAt(pos)) && pos - labelStart <= MAX_LABEL) pos++;
    const length = pos - labelStart;
    if (length === 0 || length > MAX_LABEL) break;
    if (text.charCodeAt(labelStart) === 45 || text.charCodeAt(pos - 1) === 45) break;
    labels++;
    lastLabelStart = labelStart;
    end = pos;
    if (text.charCodeAt(pos) === 46 && isLabelChar(text.charCodeAt(pos + 1))) pos++;
    else break;
  }
  if (labels < 2 || end - start > MAX_DOMAIN) return -1;
  // Stopped inside an over-long label or domain: the address is not well-formed there.
  if (isLabelChar(text.charCodeAt(end))) return -1;
  const tld = text.slice(lastLabelStart, end);
  const isLetters = [...tld].every((ch) => isLower(ch.charCodeAt(0)) || isUpper(ch.charCodeAt(0)));
  if (!(tld.length >= 2 && tld.length <= 24 && isLetters) && !tld.toLowerCase().startsWith('xn--')) return -1;
  return FILE_EXTENSIONS.has(tld.toLowerCase()) ? -1 : end;
}

/**
 * Whether the local part starting at `start` is the user info of a URL (`https://user:pass@host`,
 * `ssh://git@host`, `http://trusted.com@evil.com`): a login and a host, not a mailbox. Reads back
 * over at most one user name (MAX_LOCAL characters).
 */
function isUrlUserInfo(text: string, start: number): boolean {
  let pos = start;
  if (text.charCodeAt(pos - 1) === 58) {
    pos--;
    while (pos > 0 && start - pos <= MAX_LOCAL + 1 && isLocalChar(text.charCodeAt(pos - 1))) pos--;
  }
  return text.charCodeAt(pos - 1) === 47 && text.charCodeAt(pos - 2) === 47;
}

/** E-mail addresses (`local@domain.tld`). */
export const emailDetector: ValueDetector = {
  id: 'email',
  category: 'contact',
  title: 'E-mail address',
  description:
    'Addresses with a local part of common characters and a domain of at least two labels ending in an alphabetic TLD. Only runs around `@`; npm specs (`pkg@1.2.3`), scopes (`@org/pkg`), asset names (`logo@2x.png`) and the user info of URLs (`https://user:pass@host`) are not addresses.',
  scan(text, report) {
    let floor = 0;
    let at = text.indexOf('@');
    while (at !== -1) {
      let start = at;
      while (start > floor && at - start <= MAX_LOCAL && isLocalChar(text.charCodeAt(start - 1))) start--;
      while (start < at && text.charCodeAt(start) === 46) start++;
      const localLength = at - start;
      const end = localLength > 0 && localLength <= MAX_LOCAL && text.charCodeAt(at - 1) !== 46 ? readDomain(text, at + 1) : -1;
      if (end !== -1 && !isUrlUserInfo(text, start)) {
        if (report(start, end)) return;
        floor = end;
        at = text.indexOf('@', end);
      } else {
        at = text.indexOf('@', at + 1);
      }
    }
  },
};
