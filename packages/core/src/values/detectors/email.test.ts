import { describe, expect, it } from 'vitest';
import { emailDetector } from './email.js';

function scan(text: string): string[] {
  const found: string[] = [];
  emailDetector.scan(text, (start, end) => {
    found.push(text.slice(start, end));
    return false;
  });
  return found;
}

describe('email detector', () => {
  it.each(['jane.doe@example.com', 'j.doe+newsletter@mail.example.co.uk', 'support_team@example.org', 'a@b.io', 'x-y%z@xn--bcher-kva.example'])(
    'finds %s alone, in a sentence and in JSON',
    (address) => {
      expect(scan(address)).toEqual([address]);
      expect(scan(`Contact ${address}.`)).toEqual([address]);
      expect(scan(`{"email":"${address}"}`)).toEqual([address]);
      expect(scan(`email=${address}&x=1`)).toEqual([address]);
      expect(scan(`<${address}>`)).toEqual([address]);
    },
  );

  it.each([
    ['npm spec', 'lodash@4.17.21'],
    ['scoped package', '@example/package'],
    ['scoped package with version', '@example/package@1.2.3'],
    ['retina asset', 'logo@2x.png'],
    ['script asset', 'bundle@3.js'],
    ['host without a TLD', 'user@localhost'],
    ['numeric TLD', 'user@example.123'],
    ['dangling at', 'jane.doe@'],
    ['repeated at signs', '@@@@'],
    ['decorator', '@Injectable()'],
    ['mention', 'thanks @jane'],
    ['label starting with a dash', 'jane@-example.com'],
    ['local part ending with a dot', 'jane.@example.com'],
    // Found in real packages (docs/decisions/0004-core-precision-audit.md): the user info of URLs.
    ['user and password in a URL', 'https://username:password@www.example.com/'],
    ['user in a URL', 'http://User@example.com/'],
    ['host-like user info', 'http://trusted.com@evil.example.com/'],
    ['key as the password of a URL', 'dotenv://:key_1234@dotenv.example.org/vault/.env.vault'],
    ['percent-encoded user info', '//user%40%2F%3F:%23%5B%5D%5C@example.test'],
    ['git over ssh', 'ssh://git@github.example.com/org/repo.git'],
  ])('does not find %s: %s', (_name, text) => {
    expect(scan(text)).toEqual([]);
  });

  it('still finds addresses in mailto links and after a URL', () => {
    expect(scan('mailto:jane@example.com?subject=hi')).toEqual(['jane@example.com']);
    expect(scan('see https://example.com/ or jane@example.com')).toEqual(['jane@example.com']);
    expect(scan('https://example.com/contact?to=jane@example.com')).toEqual(['jane@example.com']);
  });

  it('drops a sentence dot and leading dots of the local part', () => {
    expect(scan('mail ..jane@example.com.')).toEqual(['jane@example.com']);
  });

  it('finds consecutive addresses separately', () => {
    expect(scan('a@example.com,b@example.org;c@example.net')).toEqual(['a@example.com', 'b@example.org', 'c@example.net']);
  });

  it('rejects a local part over 64 characters', () => {
    expect(scan(`${'a'.repeat(65)}@example.com`)).toEqual([]);
    expect(scan(`${'a'.repeat(64)}@example.com`)).toEqual([`${'a'.repeat(64)}@example.com`]);
  });
});
