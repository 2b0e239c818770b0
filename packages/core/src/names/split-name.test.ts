import { describe, expect, it } from 'vitest';
import { splitName } from './split-name.js';

describe('splitName', () => {
  it.each([
    ['phoneNumber', ['phone', 'number']],
    ['PhoneNumber', ['phone', 'number']],
    ['phone_number', ['phone', 'number']],
    ['PHONE_NUMBER', ['phone', 'number']],
    ['phone-number', ['phone', 'number']],
    ['phone.number', ['phone', 'number']],
    ['phone number', ['phone', 'number']],
    ['__phone__number__', ['phone', 'number']],
    ['$password', ['password']],
    ['password', ['password']],
  ])('splits the common cases: %s', (name, words) => {
    expect(splitName(name)).toEqual(words);
  });

  it.each([
    ['userSSN', ['user', 'ssn']],
    ['APIKey', ['api', 'key']],
    ['XMLHttpRequest', ['xml', 'http', 'request']],
    ['SSNLast4', ['ssn', 'last', '4']],
    ['x-api-key', ['x', 'api', 'key']],
    ['userIDs', ['user', 'ids']],
    ['IDsByEmail', ['ids', 'by', 'email']],
    ['URLs', ['urls']],
    ['getHTTPStatus', ['get', 'http', 'status']],
  ])('keeps acronyms whole: %s', (name, words) => {
    expect(splitName(name)).toEqual(words);
  });

  it.each([
    ['e164Phone', ['e164', 'phone']],
    ['ipV4', ['ip', 'v4']],
    ['IPv6Address', ['ip', 'v6', 'address']],
    ['ipv4', ['ipv', '4']],
    ['i18nKey', ['i18n', 'key']],
    ['last4', ['last', '4']],
    ['phoneLast4', ['phone', 'last', '4']],
    ['cvv2', ['cvv', '2']],
    ['addressLine1', ['address', 'line', '1']],
    ['sha256Email', ['sha', '256', 'email']],
    ['x509Cert', ['x509', 'cert']],
    ['2faCode', ['2fa', 'code']],
    ['k8s', ['k8s']],
  ])('splits digits sensibly: %s', (name, words) => {
    expect(splitName(name)).toEqual(words);
  });

  it('returns no words for names without letters or digits', () => {
    expect(splitName('')).toEqual([]);
    expect(splitName('_-.')).toEqual([]);
  });

  it('keeps non-ASCII letters inside their word', () => {
    expect(splitName('téléphone')).toEqual(['téléphone']);
    expect(splitName('numéroTéléphone')).toEqual(['numéro', 'téléphone']);
  });
});
