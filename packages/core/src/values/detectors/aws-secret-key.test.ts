import { describe, expect, it } from 'vitest';
import { awsSecretKeyDetector } from './aws-secret-key.js';

function scan(text: string): string[] {
  const found: string[] = [];
  awsSecretKeyDetector.scan(text, (start, end) => {
    found.push(text.slice(start, end));
    return false;
  });
  return found;
}

// AWS's documented example secret, assembled from parts.
const EXAMPLE_SECRET = 'wJalrXUtnFEMI/K7MDENG/' + 'bPxRfiCYEXAMPLEKEY';

describe('AWS secret access key detector', () => {
  it.each([
    `aws_secret_access_key = ${EXAMPLE_SECRET}`,
    `AWS_SECRET_ACCESS_KEY="${EXAMPLE_SECRET}"`,
    `{"provider":"amazon","secret":"${EXAMPLE_SECRET}"}`,
  ])('finds the secret after an AWS hint: %s', (text) => {
    expect(scan(text)).toEqual([EXAMPLE_SECRET]);
  });

  it.each([
    ['without a hint', `secret = ${EXAMPLE_SECRET}`],
    ['too far from the hint', `aws ${'x '.repeat(80)}${EXAMPLE_SECRET}`],
    ['before the hint', `${EXAMPLE_SECRET} aws`],
    ['a sha1 hex digest', 'aws etag 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12'],
    ['a longer base64 run', `aws ${EXAMPLE_SECRET}AB`],
    ['padded base64', `aws ${EXAMPLE_SECRET.slice(0, 39)}=`],
  ])('does not find a secret %s', (_name, text) => {
    expect(scan(text)).toEqual([]);
  });
});
