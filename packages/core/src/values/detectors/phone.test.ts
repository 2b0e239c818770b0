import { describe, expect, it } from 'vitest';
import { phoneDetector } from './phone.js';

function scan(text: string): string[] {
  const found: string[] = [];
  phoneDetector.scan(text, (start, end) => {
    found.push(text.slice(start, end));
    return false;
  });
  return found;
}

describe('phone detector', () => {
  it.each([
    ['international E.164 with spaces', '+44 20 7946 0958'],
    ['international with dashes', '+1-202-555-0143'],
    ['international compact', '+12025550143'],
    ['international with 00', '0044 20 7946 0958'],
    ['UK trunk zero in parentheses', '+44 (0)20 7946 0958'],
    ['international with a trunk zero kept by mistake', '+33 01 23 45 67 89'],
    ['NANP with parentheses after the code', '+1 (202) 555-0143'],
    ['US parentheses', '(202) 555-0143'],
    ['US parentheses without a space', '(202)555-0143'],
    ['US dashes', '202-555-0143'],
    ['US dots', '202.555.0143'],
    ['US spaces', '202 555 0143'],
    ['US with country prefix', '1-202-555-0143'],
    ['US with country prefix and parentheses', '1 (202) 555-0143'],
    ['UK London', '020 7946 0958'],
    ['UK mobile', '07700 900123'],
    ['UK mobile in threes', '07700 900 123'],
    ['UK regional', '0161 496 0000'],
    ['DE Berlin', '030 12345678'],
    ['DE with a slash', '030/12345678'],
    ['DE international', '+49 30 12345678'],
    ['DE mobile', '0151 23456789'],
    ['FR fixed', '01 23 45 67 89'],
    ['FR mobile with dots', '06.12.34.56.78'],
    ['IN international', '+91 98765 43210'],
    ['IN national with trunk zero', '098765 43210'],
    ['CN mobile', '138 0013 8000'],
    ['CN international', '+86 138 0013 8000'],
    ['SA mobile', '050 123 4567'],
    ['SA international', '+966 50 123 4567'],
    ['BR mobile', '(11) 91234-5678'],
    ['BR landline', '(11) 3123-4567'],
    ['BR international', '+55 11 91234-5678'],
  ])('finds %s: %s', (_name, phone) => {
    expect(scan(phone)).toEqual([phone]);
    expect(scan(`Call ${phone} today.`)).toEqual([phone]);
    expect(scan(`phone:${phone},next`)).toEqual([phone]);
  });

  it.each([
    ['ISO date', '2024-01-15'],
    ['European date', '15.01.2024'],
    ['US date', '01/15/2024'],
    ['time', '12:30:45'],
    ['ISO timestamp', '2024-01-15T12:30:45.123Z'],
    ['version', '2.31.1'],
    ['v-version', 'v10.4.0'],
    ['price', '1,234.56'],
    ['dollar price', '$12,345'],
    ['order number', 'ORD-2024-000123'],
    ['hash order number', '#100234'],
    ['UUID', '550e8400-e29b-41d4-a716-446655440000'],
    ['byte count', '1048576 bytes'],
    ['port', 'localhost:8080'],
    ['status line', 'HTTP/1.1 200 OK'],
    ['unix timestamp', '1718000000'],
    ['long id', '1234567890123456789'],
    ['bare ten digits', '2025550143'],
    ['ZIP+4', '12345-6789'],
    ['SSN shape', '123-45-6789'],
    ['NANP with area code starting 1', '123-456-7890'],
    ['version range', '^1.2.3 || >=2.0.0'],
    ['fully masked number', '***-***-****'],
    ['masked number with visible last digits', '***-***-0143'],
    ['masked international number', '+1 ***-***-0143'],
    ['partial number', '555-0143'],
    ['IPv4', '192.168.100.200'],
    ['card', '4111 1111 1111 1111'],
    ['relative offset', '+30 days'],
    ['timezone offset', '+05:30'],
    ['international with an unknown calling code', '+28 1234 5678'],
    ['international too short for its country', '+44 20 7946'],
    ['number glued to a word', 'ID202-555-0143'],
    ['number continuing after a dash', '202-555-0143-99'],
    ['00 prefix without separators', '00442079460958'],
    ['mixed separators', '202-555.0143'],
    // Found in real packages (docs/decisions/0004-core-precision-audit.md): byte dumps in READMEs.
    ['hex dump of a buffer', '<Buffer 08 00 00 00 00 00 00 00 28 58 01 82>'],
    ['five pairs after other pairs', 'fe 7f 00 00 02 00 00 00 00'],
  ])('does not find %s: %s', (_name, text) => {
    expect(scan(text)).toEqual([]);
    expect(scan(`value ${text} here`)).toEqual([]);
  });

  it('finds each number in a list and a number after unrelated digits', () => {
    expect(scan('+1-202-555-0143, +44 20 7946 0958; (202) 555-0188')).toEqual(['+1-202-555-0143', '+44 20 7946 0958', '(202) 555-0188']);
    expect(scan('ticket 12 (202) 555-0143')).toEqual(['(202) 555-0143']);
    expect(scan('+1 202 555 0143 2024')).toEqual(['+1 202 555 0143']);
    // Five pairs next to other numbers that are not pairs still read as a French number.
    expect(scan('appelez le 01 23 45 67 89 de 9 à 18 h')).toEqual(['01 23 45 67 89']);
    expect(scan('tel 01 23 45 67 89 2024')).toEqual(['01 23 45 67 89']);
  });

  it('stops when the reporter asks it to', () => {
    let calls = 0;
    phoneDetector.scan('202-555-0143 and 202-555-0144', () => {
      calls++;
      return true;
    });
    expect(calls).toBe(1);
  });
});
