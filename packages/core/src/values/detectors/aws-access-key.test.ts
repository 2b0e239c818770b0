import { describe, expect, it } from 'vitest';
import { awsAccessKeyDetector } from './aws-access-key.js';

function scan(text: string): string[] {
  const found: string[] = [];
  awsAccessKeyDetector.scan(text, (start, end) => {
    found.push(text.slice(start, end));
    return false;
  });
  return found;
}

// AWS's documented example id, assembled so the file itself holds no key-shaped literal.
const EXAMPLE_ID = 'AKIA' + 'IOSFODNN7EXAMPLE';

describe('AWS access key id detector', () => {
  it('finds long-term and temporary key ids', () => {
    const temporary = 'ASIA' + 'IOSFODNN7EXAMPLE';
    expect(scan(`aws_access_key_id=${EXAMPLE_ID}`)).toEqual([EXAMPLE_ID]);
    expect(scan(`"${temporary}"`)).toEqual([temporary]);
  });

  it.each([
    ['too short', 'AKIA1234'],
    ['too long', `${EXAMPLE_ID}X`],
    ['lower case body', 'AKIA' + 'iosfodnn7example'],
    ['glued to a word', `X${EXAMPLE_ID}`],
    ['other id prefixes', 'AIDA' + 'IOSFODNN7EXAMPLE'],
  ])('does not find a key id %s', (_name, text) => {
    expect(scan(text)).toEqual([]);
  });
});
