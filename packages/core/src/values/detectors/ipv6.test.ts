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
    // Found in real packages (docs/decisions/0004-core-precision-audit.md).
    ['loopback in full', '0:0:0:0:0:0:0:1'],
    ['unspecified in full', '0:0:0:0:0:0:0:0'],
    ['IPv4-mapped loopback', '::ffff:127.0.0.1'],
    ['IPv4-compatible loopback', '::127.0.0.1'],
    ['IPv4-translated loopback', '::ffff:0:127.0.0.1'],
    ['network in CIDR notation', '2001:db8::/32'],
    ['NAT64 local-use prefix', '64:ff9b:1::/48'],
  ])('does not find %s: %s', (_name, text) => {
    expect(scan(text)).toEqual([]);
  });

  it('finds hosts written with a prefix and IPv4-mapped addresses that identify a device', () => {
    expect(scan('2001:db8::42/32')).toEqual(['2001:db8::42']);
    expect(scan('::ffff:c0a8:101')).toEqual(['::ffff:c0a8:101']);
    expect(scan('0:0:0:0:0:0:0:2')).toEqual(['0:0:0:0:0:0:0:2']);
  });
});
