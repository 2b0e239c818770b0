import { describe, expect, it } from 'vitest';
import { ibanDetector } from './iban.js';

function scan(text: string): string[] {
  const found: string[] = [];
  ibanDetector.scan(text, (start, end) => {
    found.push(text.slice(start, end));
    return false;
  });
  return found;
}

describe('IBAN detector', () => {
  it.each([
    ['GB printed', 'GB82 WEST 1234 5698 7654 32'],
    ['GB compact', 'GB82WEST12345698765432'],
    ['DE printed', 'DE89 3704 0044 0532 0130 00'],
    ['FR compact', 'FR1420041010050500013M02606'],
    ['NL printed', 'NL91 ABNA 0417 1643 00'],
    ['BE, a multiple of four', 'BE68 5390 0754 7034'],
  ])('finds %s: %s', (_name, iban) => {
    expect(scan(iban)).toEqual([iban]);
    expect(scan(`IBAN: ${iban}, thanks`)).toEqual([iban]);
  });

  it('finds an IBAN followed by an unrelated number', () => {
    expect(scan('GB82 WEST 1234 5698 7654 32 10')).toEqual(['GB82 WEST 1234 5698 7654 32']);
  });

  it.each([
    ['wrong check digits', 'GB83 WEST 1234 5698 7654 32'],
    ['one digit changed', 'DE89 3704 0044 0532 0130 01'],
    ['too short for the country', 'GB82 WEST 1234 5698 7654 3'],
    ['too long for the country', 'GB82WEST123456987654321'],
    ['unknown country', 'XX82WEST12345698765432'],
    ['country letters only', 'GB82'],
    ['lower case', 'gb82west12345698765432'],
    ['irregular grouping', 'GB82 WEST12 345698 765432'],
    ['glued to a word', 'xGB82WEST12345698765432'],
  ])('does not find %s: %s', (_name, text) => {
    expect(scan(text)).toEqual([]);
  });
});
