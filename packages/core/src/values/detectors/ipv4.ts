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

// Addresses that identify no one: unspecified, loopback, broadcast and netmasks.
function isIdentifying(octets: readonly number[]): boolean {
  const [a] = octets;
  return a !== 0 && a !== 127 && a !== 255;
}

// One to three digits and a dot: the start of every dotted quad (and of many versions and dates).
const IPV4_CANDIDATE = /[0-9]{1,3}\.[0-9]/g;

/** IPv4 addresses. */
export const ipv4Detector: ValueDetector = {
  id: 'ipv4',
  category: 'other-pii',
  title: 'IPv4 address',
  description:
    'Dotted quads of decimal octets 0–255 without leading zeros, not part of a longer dotted number or a version (`v1.2.3.4`, `1.2.3.4.5`). Unspecified, loopback (127/8), broadcast and netmask (255.…) addresses identify no one and are not matched.',
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
      if (quad === undefined || quad.end !== runEnd || isAlnum(text.charCodeAt(runEnd)) || !isIdentifying(quad.octets)) continue;
      if (report(start, quad.end)) return;
    }
  },
};
