import { isAlnum, isHex } from '../chars.js';
import type { ValueDetector } from '../detector.js';

const MAX_LENGTH = 45;
const OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const DOTTED_QUAD = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);

function isCandidateChar(code: number): boolean {
  return isHex(code) || code === 58 || code === 46;
}

/** Whether `s` is an IPv6 address in full or compressed form (RFC 4291 §2.2). */
function isIpv6(s: string): boolean {
  const halves = s.split('::');
  if (halves.length > 2) return false;
  const groups: string[] = [];
  let ipv4Tail = false;
  for (const half of halves) {
    if (half === '') continue;
    const parts = half.split(':');
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] ?? '';
      if (part.includes('.')) {
        // An embedded IPv4 tail (`::ffff:192.0.2.1`) must come last and counts as two groups.
        if (ipv4Tail || half !== halves[halves.length - 1] || i !== parts.length - 1) return false;
        if (!DOTTED_QUAD.test(part)) return false;
        ipv4Tail = true;
        groups.push('0', '0');
      } else if (!/^[0-9a-fA-F]{1,4}$/.test(part)) {
        return false;
      } else {
        groups.push(part);
      }
    }
  }
  if (halves.length === 1) return groups.length === 8;
  // One explicit group (`1::`, `::ffff`) is more often a typo or a scope operator than an address.
  return groups.length >= 2 && groups.length <= 7;
}

/** Whether the address identifies no one: unspecified `::` and loopback `::1`. */
function isIdentifying(s: string): boolean {
  return !/^::(?:0*1)?$/.test(s);
}

/** IPv6 addresses. */
export const ipv6Detector: ValueDetector = {
  id: 'ipv6',
  category: 'other-pii',
  title: 'IPv6 address',
  description:
    'Full (eight groups) and compressed (`::`) forms, with an optional embedded IPv4 tail. Times (`12:30:45`), MAC addresses and C++ scopes (`std::map`) are not addresses; neither are `::` and `::1`.',
  scan(text, report) {
    let from = 0;
    for (;;) {
      const colon = text.indexOf(':', from);
      if (colon === -1) return;
      // Walk back to the start of the candidate run, but never before what was already read.
      let start = colon;
      while (start > from && isCandidateChar(text.charCodeAt(start - 1)) && colon - start <= MAX_LENGTH) start--;
      let end = colon;
      let colons = 0;
      while (isCandidateChar(text.charCodeAt(end)) && end - start <= MAX_LENGTH) {
        if (text.charCodeAt(end) === 58) colons++;
        end++;
      }
      from = end + 1;
      if (end - start > MAX_LENGTH || isCandidateChar(text.charCodeAt(end))) {
        // Over-long run: skip all of it.
        while (isCandidateChar(text.charCodeAt(from))) from++;
        continue;
      }
      // A trailing `.` or `:` is punctuation (`at fe80::1.`), not part of the address.
      while (end > start && (text.charCodeAt(end - 1) === 46 || (text.charCodeAt(end - 1) === 58 && text.charCodeAt(end - 2) !== 58))) end--;
      const before = text.charCodeAt(start - 1);
      // Every address form has at least two colons (`a::b`); JSON's `"key":1` has one.
      if (colons < 2) continue;
      if (isAlnum(before) || before === 95 || before === 45 || isCandidateChar(before) || isAlnum(text.charCodeAt(end))) continue;
      const candidate = text.slice(start, end);
      if (!isIpv6(candidate) || !isIdentifying(candidate)) continue;
      if (report(start, end)) return;
    }
  },
};
