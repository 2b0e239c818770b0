import { describe, expect, it } from 'vitest';
import { ipv4Detector } from './ipv4.js';

function scan(text: string): string[] {
  const found: string[] = [];
  ipv4Detector.scan(text, (start, end) => {
    found.push(text.slice(start, end));
    return false;
  });
  return found;
}

describe('IPv4 detector', () => {
  it.each(['192.0.2.1', '198.51.100.7', '203.0.113.255', '10.0.0.1', '8.8.8.8', '1.2.3.4'])('finds %s', (ip) => {
    expect(scan(ip)).toEqual([ip]);
    expect(scan(`client ${ip} connected`)).toEqual([ip]);
    expect(scan(`${ip}:8080`)).toEqual([ip]);
    expect(scan(`${ip}/24`)).toEqual([ip]);
    expect(scan(`[${ip}].`)).toEqual([ip]);
  });

  it.each([
    ['version', '1.2.3'],
    ['v-prefixed four-part version', 'v1.2.3.4'],
    ['longer dotted number', '1.2.3.4.5'],
    ['octet over 255', '256.1.1.1'],
    ['leading zero', '192.168.01.1'],
    ['unspecified', '0.0.0.0'],
    ['loopback', '127.0.0.1'],
    ['netmask', '255.255.255.0'],
    ['date', '15.01.2024'],
    ['glued to a word', 'host1.2.3.4'],
    ['part of a package version', 'pkg-1.2.3.4'],
    ['followed by letters', '1.2.3.4a'],
    // Found in real packages (docs/decisions/0004-core-precision-audit.md).
    ['network in CIDR notation', '10.0.0.0/8'],
    ['network with a host part of zero', '198.18.0.0/15'],
    ['network with a dotted netmask', '192.168.0.0/255.255.0.0'],
    ['multicast block', '224.0.0.0/4'],
    ['multicast group', '239.255.255.250'],
    ['reserved block', '240.0.0.0'],
    ['cloud metadata endpoint', 'http://169.254.169.254/latest/api/token'],
    ['section number', 'RFC 3986 §6.2.2.1'],
    ['build tag', '12.9.202.13-rusty'],
  ])('does not find %s: %s', (_name, text) => {
    expect(scan(text)).toEqual([]);
  });

  it('finds hosts written with a prefix, and addresses next to a range', () => {
    expect(scan('192.168.1.3/32')).toEqual(['192.168.1.3']);
    expect(scan('10.0.0.1/8')).toEqual(['10.0.0.1']);
    expect(scan('192.168.1.42/24')).toEqual(['192.168.1.42']);
    expect(scan('169.254.0.1 and 10.0.0.0/8')).toEqual(['169.254.0.1']);
    expect(scan('10.0.0.1-10.0.0.9')).toEqual(['10.0.0.1']);
  });
});
