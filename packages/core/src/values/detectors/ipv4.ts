import { isAlnum, isDigit } from '../chars.js';
import type { ValueDetector } from '../detector.js';

/** Reads a dotted quad at `start`; returns its end and octets, or undefined. */
function readDottedQuad(text: string, start: number): { end: number; octets: number[] } | undefined {
  const octets: number[] = [];
  let pos = start;
  for (;;) {
    const octetStart = pos;
    while (isDigit(text.charCodeAt(pos)) && pos - octetStart < 4) pos++;
    const length = pos - octetStart;
    // No leading zeros: `01.02.2024` is a date, and `010` is octal in some parsers.
    if (length === 0 || length > 3 || (length > 1 && text.charCodeAt(octetStart) === 48)) return undefined;
    const value = Number(text.slice(octetStart, pos));
    if (value > 255) return undefined;
    octets.push(value);
    if (octets.length === 4) break;
    if (text.charCodeAt(pos) !== 46) return undefined;
    pos++;
  }
  return { end: pos, octets };
}

/**
 * Whether an IPv4 address can identify a device: not unspecified, loopback, a multicast group
 * (224/4), the reserved block (240/4, with broadcast and netmasks), or the cloud metadata endpoint
 * that every instance of every cloud shares. The IPv6 detector applies it to embedded IPv4 tails.
 */
export function isIdentifyingIpv4(octets: readonly number[]): boolean {
  const [a = 0, b, c, d] = octets;
  if (a === 169 && b === 254 && c === 169 && d === 254) return false;
  return a !== 0 && a !== 127 && a < 224;
}

function toUint32(octets: readonly number[]): number {
  return (((octets[0] ?? 0) << 24) | ((octets[1] ?? 0) << 16) | ((octets[2] ?? 0) << 8) | (octets[3] ?? 0)) >>> 0;
}

/**
 * Whether a `/prefix` or `/netmask` after the quad at `end` makes it a network (`10.0.0.0/8`,
 * `192.168.0.0/255.255.0.0`): a range with all host bits zero names no device.
 */
function isNetworkAddress(text: string, end: number, octets: readonly number[]): boolean {
  if (text.charCodeAt(end) !== 47) return false;
  let hostMask: number;
  const mask = readDottedQuad(text, end + 1);
  if (mask !== undefined) {
    hostMask = ~toUint32(mask.octets) >>> 0;
  } else {
    let pos = end + 1;
    while (isDigit(text.charCodeAt(pos)) && pos - end <= 2) pos++;
    const prefix = Number(text.slice(end + 1, pos));
    if (pos === end + 1 || prefix >= 32 || isDigit(text.charCodeAt(pos))) return false;
    hostMask = prefix === 0 ? 0xffffffff : (0xffffffff >>> prefix) >>> 0;
  }
  return hostMask !== 0 && (toUint32(octets) & hostMask) >>> 0 === 0;
}

// After a section sign (`RFC 3986 §6.2.2.1`) a dotted number is a section, and glued to a word by
// `-` or `_` (`12.9.202.13-rusty`) it is a version or a build tag.
function isTokenContext(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) === 167 || text.charCodeAt(start - 2) === 167) return true;
  const after = text.charCodeAt(end);
  return (after === 45 || after === 95) && isAlnum(text.charCodeAt(end + 1)) && !isDigit(text.charCodeAt(end + 1));
}

// One to three digits and a dot: the start of every dotted quad (and of many versions and dates).
const IPV4_CANDIDATE = /[0-9]{1,3}\.[0-9]/g;

/** IPv4 addresses. */
export const ipv4Detector: ValueDetector = {
  id: 'ipv4',
  category: 'other-pii',
  title: 'IPv4 address',
  description:
    'Dotted quads of decimal octets 0–255 without leading zeros, not part of a longer dotted number, a version (`v1.2.3.4`, `1.2.3.4.5`, `1.2.3.4-beta`) or a section number (`§6.2.2.1`). Unspecified, loopback (127/8), multicast and reserved (224.0.0.0 and up, with broadcast and netmasks) addresses, the cloud metadata endpoint and networks written with all host bits zero (`10.0.0.0/8`) identify no one and are not matched.',
  scan(text, report) {
    const candidates = IPV4_CANDIDATE;
    candidates.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = candidates.exec(text)) !== null) {
      const start = m.index;
      // Skip the rest of this dotted run either way: no address starts inside it.
      let runEnd = start;
      while (isDigit(text.charCodeAt(runEnd)) || (text.charCodeAt(runEnd) === 46 && isDigit(text.charCodeAt(runEnd + 1)))) runEnd++;
      candidates.lastIndex = runEnd;
      const before = text.charCodeAt(start - 1);
      if (isAlnum(before) || before === 46 || before === 95 || before === 45) continue;
      const quad = readDottedQuad(text, start);
      if (quad === undefined || quad.end !== runEnd || isAlnum(text.charCodeAt(runEnd)) || !isIdentifyingIpv4(quad.octets)) continue;
      if (isNetworkAddress(text, quad.end, quad.octets) || isTokenContext(text, start, quad.end)) continue;
      if (report(start, quad.end)) return;
    }
  },
};
