import { describe, expect, it } from 'vitest';
import { encodeBase64UrlAscii } from '../base64url.js';
import { jwtDetector } from './jwt.js';

function scan(text: string): string[] {
  const found: string[] = [];
  jwtDetector.scan(text, (start, end) => {
    found.push(text.slice(start, end));
    return false;
  });
  return found;
}

function token(header: string, payload = '{"sub":"fake-user"}', signature = 'ZmFrZS1zaWduYXR1cmU'): string {
  return `${encodeBase64UrlAscii(header)}.${encodeBase64UrlAscii(payload)}.${signature}`;
}

describe('JWT detector', () => {
  it.each([
    ['HS256 JWS', token('{"alg":"HS256","typ":"JWT"}')],
    ['unsecured token with an empty signature', token('{"alg":"none"}', '{"sub":"x"}', '')],
    ['JWE in five parts', `${encodeBase64UrlAscii('{"alg":"RSA-OAEP","enc":"A256GCM"}')}.a2V5.aXY.Y2lwaGVy.dGFn`],
  ])('finds a %s', (_name, jwt) => {
    expect(scan(jwt)).toEqual([jwt]);
    expect(scan(`Authorization: Bearer ${jwt}`)).toEqual([jwt]);
    expect(scan(`{"token":"${jwt}"}`)).toEqual([jwt]);
  });

  it.each([
    ['header without alg', token('{"typ":"JWT"}')],
    ['header that is not JSON', token('{alg:HS256}')],
    ['header that is an array', token('["alg"]')],
    ['two segments', `${encodeBase64UrlAscii('{"alg":"HS256"}')}.${encodeBase64UrlAscii('{}')}`],
    ['four segments', `${token('{"alg":"HS256"}')}.eXo`],
    ['inside a longer base64 run', `x${token('{"alg":"HS256"}')}`],
    ['eyJ alone', 'eyJ'],
    ['eyJ in a word', 'keyJar.value.x'],
  ])('does not find a %s', (_name, text) => {
    expect(scan(text)).toEqual([]);
  });
});
