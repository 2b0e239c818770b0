import { describe, expect, it } from 'vitest';
import { ipv6Detector } from './ipv6.js';

function scan(text: string): string[] {
  const found: string[] = [];
  ipv6Detector.scan(text, (start, end) => {
    found.push(text.slice(start, end));
    return false;
  });
  return found;
}

describe('IPv6 detector', () => {
  it.each([
    '2001:db8::1',
    '2001:0db8:0000:0000:0000:ff00:0042:8329',
    '2001:db8:85a3::8a2e:370:7334',
    'fe80::1',
    '::ffff:198.51.100.7',
    '2001:db8::',
  ])('finds %s', (ip) => {
    expect(scan(ip)).toEqual([ip]);
    expect(scan(`from ${ip}, port 443`)).toEqual([ip]);
    expect(scan(`[${ip}]:8080`)).toEqual([ip]);
  });

  it.each([
    ['time', '12:30:45'],
    ['short time', '12:30'],
    ['ISO timestamp', '2024-01-15T12:30:45Z'],
    ['MAC address', '00:1a:2b:3c:4d:5e'],
    ['C++ scope', 'std::map'],
    ['CSS pseudo-element', 'a::before'],
    ['loopback', '::1'],
    ['unspecified', '::'],
    ['two compressions', '2001::db8::1'],
    ['nine groups', '1:2:3:4:5:6:7:8:9'],
    ['group over four digits', '2001:db8::12345'],
    ['one explicit group', 'fe80::'],
    ['glued to a word', 'x2001:db8::1'],
  ])('does not find %s: %s', (_name, text) => {
    expect(scan(text)).toEqual([]);
  });
});
