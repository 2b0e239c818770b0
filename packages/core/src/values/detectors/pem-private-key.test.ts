import { describe, expect, it } from 'vitest';
import { pemPrivateKeyDetector } from './pem-private-key.js';

function scan(text: string): string[] {
  const found: string[] = [];
  pemPrivateKeyDetector.scan(text, (start, end) => {
    found.push(text.slice(start, end));
    return false;
  });
  return found;
}

// Key material is a fake base64 body; the labels are built so secret scanners do not trip on the file.
const BODY = 'RkFLRS1GQUtFLUZBS0UtRkFLRQ==';
const pem = (label: string, newline = '\n'): string =>
  `-----BEGIN ${label}-----${newline}${BODY}${newline}${BODY}${newline}-----END ${label}-----`;

describe('PEM private key detector', () => {
  it.each(['PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'ENCRYPTED PRIVATE KEY'])('finds a %s block', (label) => {
    const key = pem(label);
    expect(scan(`key:\n${key}\n`)).toEqual([key]);
  });

  it('finds a key pasted into JSON with escaped newlines', () => {
    const key = pem('PRIVATE KEY', '\\n');
    expect(scan(`{"private_key":"${key}"}`)).toEqual([key]);
  });

  it('finds a truncated key up to the end of its key material', () => {
    const header = '-----BEGIN RSA PRIVATE KEY-----';
    expect(scan(`${header}\n${BODY}\n`)).toEqual([`${header}\n${BODY}`]);
    expect(scan(`${header}`)).toEqual([header]);
  });

  it('does not stop at the END line of another block', () => {
    const text = `-----BEGIN EC PRIVATE KEY-----\n${BODY}\n-----END CERTIFICATE-----`;
    expect(scan(text)).toEqual([`-----BEGIN EC PRIVATE KEY-----\n${BODY}`]);
  });

  it.each([
    ['public key', pem('PUBLIC KEY')],
    ['certificate', pem('CERTIFICATE')],
    ['lower-case label', '-----BEGIN private key-----'],
    ['prose', 'paste your BEGIN PRIVATE KEY block here'],
  ])('does not find a %s', (_name, text) => {
    expect(scan(text)).toEqual([]);
  });
});
