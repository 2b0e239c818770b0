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
    // A key cut short in a log line still carries key material.
    expect(scan(`${header}\nRkFLRS1G`)).toEqual([`${header}\nRkFLRS1G`]);
  });

  // Found in real packages (docs/decisions/0004-core-precision-audit.md): code that checks for a
  // header, and READMEs with a placeholder body. Neither carries a key.
  it.each([
    ['a header alone', '-----BEGIN RSA PRIVATE KEY-----'],
    ['a header tested for in code', `if (pkcs8.indexOf('${'-----BEGIN ' + 'PRIVATE KEY-----'}') !== 0) throw err;`],
    ['a placeholder with an END line', '-----BEGIN RSA PRIVATE KEY----- ... Kh9NV... ... -----END RSA PRIVATE KEY-----'],
    ['an escaped placeholder', '-----BEGIN RSA PRIVATE KEY-----\\nKh9NV...\\n-----END RSA PRIVATE KEY-----'],
  ])('does not find %s', (_name, text) => {
    expect(scan(text)).toEqual([]);
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
