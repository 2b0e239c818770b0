import { describe, expect, it } from 'vitest';
import { usSsnDetector } from './us-ssn.js';

function scan(text: string): string[] {
  const found: string[] = [];
  usSsnDetector.scan(text, (start, end) => {
    found.push(text.slice(start, end));
    return false;
  });
  return found;
}

describe('US SSN detector', () => {
  it.each(['123-45-6789', '001-01-0001', '665-99-9999', '899-12-3456'])('finds %s', (ssn) => {
    expect(scan(ssn)).toEqual([ssn]);
    expect(scan(`ssn: ${ssn}.`)).toEqual([ssn]);
  });

  it.each([
    ['area 000', '000-12-3456'],
    ['area 666', '666-12-3456'],
    ['area 9xx', '900-12-3456'],
    ['group 00', '123-00-6789'],
    ['serial 0000', '123-45-0000'],
    ['bare nine digits', '123456789'],
    ['spaces', '123 45 6789'],
    ['longer dashed number', '123-45-67890'],
    ['inside an order id', 'ORD-123-45-6789'],
    ['phone shape', '202-555-0143'],
    ['date', '2024-01-15'],
  ])('does not find %s: %s', (_name, text) => {
    expect(scan(text)).toEqual([]);
  });
});
