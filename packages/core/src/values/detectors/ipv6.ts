import { isAlnum, isDigit, isHex } from '../chars.js';
import type { ValueDetector } from '../detector.js';
import { isIdentifyingIpv4 } from './ipv4.js';

const MAX_LENGTH = 45;
const OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const DOTTED_QUAD = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);

function isCandidateChar(code: number): boolean {
  return isHex(code) || code === 58 || code === 46;
}

/**
 * Parses `s` as an IPv6 address in full or compressed form (RFC 4291 §2.2) into its eight 16-bit
 * groups, or returns undefined.
 */
function parseIpv6(s: string): number[] | undefined {
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const parsed: number[][] = [];
  let ipv4Tail = false;
  let explicit = 0;
  for (const half of halves) {
    const groups: number[] = [];
    parsed.push(groups);
    if (half === '') continue;
    const parts = half.split(':');
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] ?? '';
      if (part.includes('.')) {
        // An embedded IPv4 tail (`::ffff:192.0.2.1`) must come last and counts as two groups.
        if (ipv4Tail || half !== halves[halves.length - 1] || i !== parts.length - 1) return undefined;
        if (!DOTTED_QUAD.test(part)) return undefined;
        ipv4Tail = true;
        const [a = 0, b = 0, c = 0, d = 0] = part.split('.').map(Number);
        groups.push((a << 8) | b, (c << 8) | d);
        explicit += 2;
      } else if (!/^[0-9a-fA-F]{1,4}$/.test(part)) {
        return undefined;
      } else {
        groups.push(parseInt(part, 16));
        explicit++;
      }
    }
  }
  const [head = [], tail = []] = parsed;
  if (halves.length === 1) return explicit === 8 ? head : undefined;
  // One explicit group (`1::`, `::ffff`) is more often a typo or a scope operator than an address.
  if (explicit < 2 || explicit > 7) return undefined;
  return [...head, ...new Array<number>(8 - explicit).fill(0), ...tail];
}

/**
 * Whether the address can identify a device. Not the unspecified `::` or loopback `::1` in any
 * spelling (`0:0:0:0:0:0:0:1`); not an IPv4-mapped, -compatible or -translated address whose IPv4
 * part identifies no one (`::ffff:127.0.0.1`).
 */
function isIdentifying(s: string, groups: readonly number[]): boolean {
  const zerosBefore = (n: number): boolean => groups.slice(0, n).every((g) => g === 0);
  if (zerosBefore(7) && (groups[7] ?? 0) <= 1) return false;
  const mapped = zerosBefore(5) && groups[5] === 0xffff;
  const translated = zerosBefore(4) && groups[4] === 0xffff && groups[5] === 0;
  // The deprecated IPv4-compatible form is only read as such when written with a dotted tail:
  // `::a:b` is an ordinary compressed address.
  const compatible = zerosBefore(6) && s.includes('.');
  if (mapped || translated || compatible) {
    const high = groups[6] ?? 0;
    const low = groups[7] ?? 0;
    return isIdentifyingIpv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
  }
  return true;
}

/**
 * Whether a `/prefix` after the address at `end` makes it a network with all host bits zero
 * (`2001:db8::/32`, `64:ff9b:1::/48`): a range, not a device. `2001:db8::42/32` is a host.
 */
function isNetwork(text: string, end: number, groups: readonly number[]): boolean {
  if (text.charCodeAt(end) !== 47) return false;
  let pos = end + 1;
  while (isDigit(text.charCodeAt(pos)) && pos - end <= 3) pos++;
  const prefix = Number(text.slice(end + 1, pos));
  if (pos === end + 1 || prefix >= 128 || isDigit(text.charCodeAt(pos))) return false;
  for (let bit = prefix; bit < 128; bit++) {
    if (((groups[bit >> 4] ?? 0) >> (15 - (bit & 15))) & 1) return false;
  }
  return true;
}

/** IPv6 addresses. */
export const ipv6Detector: ValueDetector = {
  id: 'ipv6',
  category: 'other-pii',
  title: 'IPv6 address',
  description:
    'Full (eight groups) and compressed (`::`) forms, with an optional embedded IPv4 tail. Times (`12:30:45`), MAC addresses and C++ scopes (`std::map`) are not addresses; neither are the unspecified and loopback addresses in any spelling, IPv4-mapped forms of addresses the IPv4 detector skips, and networks written with all host bits zero (`2001:db8::/32`).',
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
      const groups = parseIpv6(candidate);
      if (groups === undefined || !isIdentifying(candidate, groups) || isNetwork(text, end, groups)) continue;
      if (report(start, end)) return;
    }
  },
};
