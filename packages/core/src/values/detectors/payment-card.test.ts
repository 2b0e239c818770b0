import { describe, expect, it } from 'vitest';
import { paymentCardDetector } from './payment-card.js';

function scan(text: string): string[] {
  const found: string[] = [];
  paymentCardDetector.scan(text, (start, end) => {
    found.push(text.slice(start, end));
    return false;
  });
  return found;
}

describe('payment card detector', () => {
  it.each([
    ['Visa', '4111111111111111'],
    ['Visa grouped', '4111 1111 1111 1111'],
    ['Visa dashed', '4111-1111-1111-1111'],
    ['Visa 13 digits', '4222222222222'],
    ['Mastercard', '5555 5555 5555 4444'],
    ['Mastercard 2-series', '2223 0031 2200 3222'],
    ['American Express', '3782 822463 10005'],
    ['Discover', '6011 1111 1111 1117'],
    ['Diners Club', '3056 930902 5904'],
    ['JCB', '3530 1113 3330 0000'],
  ])('finds %s: %s', (_name, card) => {
    expect(scan(card)).toEqual([card]);
    expect(scan(`card=${card};`)).toEqual([card]);
    expect(scan(`Paid with ${card}.`)).toEqual([card]);
    expect(scan(`GET /cards/${card}`)).toEqual([card]);
    expect(scan(`https://api.example.com/cards/${card}`)).toEqual([card]);
  });

  it('finds a card next to unrelated numbers', () => {
    expect(scan('200 4111111111111111 200')).toEqual(['4111111111111111']);
    expect(scan('ticket 12 4111 1111 1111 1111')).toEqual(['4111 1111 1111 1111']);
    expect(scan('4111 1111 1111 1111 192.0.2.1')).toEqual(['4111 1111 1111 1111']);
  });

  it.each([
    ['window of a longer grouped number', '1234 4111 1111 1111 1111'],
    ['Luhn off by one', '4111 1111 1111 1112'],
    ['long numeric id failing Luhn', '1234567890123456789'],
    ['Luhn-valid number without an issuer', '1234567890123452'],
    ['Visa prefix with a wrong length', '411111111111110'],
    ['Amex with a Visa length', '3782822463100052'],
    ['last four only', '**** **** **** 1111'],
    ['masked middle', '4111 11** **** 1111'],
    ['twenty digits', '41111111111111111113'],
    ['part of a longer grouped number', '4111 1111 1111 1111 1111 1111'],
    ['mixed separators', '4111 1111-1111 1111'],
    ['glued to a word', 'ORD-4111111111111111'],
    ['inside a decimal', '0.4111111111111111'],
    ['after a digit and a slash', '12/4111111111111111'],
    ['millisecond timestamp', '1718000000000'],
    // Found in real packages (docs/decisions/0004-core-precision-audit.md): a Sentry DSN's project id.
    ['project id of a DSN', 'https://0123abcd@o1.ingest.us.sentry.io/4111111111111111'],
    ['first path segment after a host', 'https://api.example.com/4111111111111111/items'],
  ])('does not find %s: %s', (_name, text) => {
    expect(scan(text)).toEqual([]);
  });
});
