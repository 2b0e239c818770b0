import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIbanCheckDigits, computeLuhnCheckDigit } from './checksums.js';
import { createValueScanner } from './find-sensitive-values.js';
import { DETECTOR_NEEDS, createDetectorGate, selectDetectorGates, summarizeText } from './prefilter.js';
import { VALUE_DETECTORS } from './registry.js';

const unfiltered = createValueScanner({ prefilter: false });
const filtered = createValueScanner();

const digits = (n: number): fc.Arbitrary<string> => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const alnum = (min: number, max: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...'ABCDEFGHJKabcdefghjk0123456789'), minLength: min, maxLength: max });
const base64url = (n: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...'ABCXYZabcxyz0189-_'), minLength: n, maxLength: n });

// Obviously fake values of every detector's shape (test card ranges, 555-01xx, example.com, FAKE bodies).
const card = fc.tuple(fc.constantFrom('4111', '5555', '3782', '6011'), digits(11), fc.constantFrom('', ' ', '-')).map(([prefix, fill, sep]) => {
  const payload = (prefix + fill).slice(0, prefix === '3782' ? 14 : 15);
  const number = payload + String(computeLuhnCheckDigit(payload));
  return sep === '' ? number : (number.match(/.{1,4}/g) ?? []).join(sep);
});
const iban = fc.tuple(fc.constantFrom('DE', 'NO', 'GB', 'FR'), digits(30), fc.boolean()).map(([country, fill, spaced]) => {
  const length = { DE: 22, NO: 15, GB: 22, FR: 27 }[country] ?? 22;
  const body = ((country === 'GB' ? 'BANK' : '') + fill).slice(0, length - 4);
  const compact = country + computeIbanCheckDigits(country, body) + body;
  return spaced ? (compact.match(/.{1,4}/g) ?? []).join(' ') : compact;
});
const phone = fc.oneof(
  digits(2).map((d) => `+1 202 555 01${d}`),
  digits(2).map((d) => `(202) 555-01${d}`),
  digits(2).map((d) => `202.555.01${d}`),
  digits(6).map((d) => `+4930${d}00`),
  digits(4).map((d) => `020 7946 ${d}`),
  digits(2).map((d) => `0044 20 7946 09${d}`),
  digits(2).map((d) => `01 23 45 67 ${d}`),
);
const ssn = fc.tuple(fc.integer({ min: 100, max: 665 }), fc.integer({ min: 10, max: 99 }), fc.integer({ min: 1000, max: 9999 })).map(([a, g, s]) => `${a}-${g}-${s}`);
const email = fc.tuple(alnum(1, 8), fc.constantFrom('example.com', 'mail.example.org', 'example.co.uk')).map(([local, domain]) => `${local}@${domain}`);
// Identifying addresses only: loopback (127/8) and the cloud metadata endpoint are not matched by design.
const ipv4 = fc
  .tuple(fc.integer({ min: 1, max: 223 }).filter((a) => a !== 127), fc.nat(255), fc.nat(255), fc.integer({ min: 1, max: 254 }))
  .map((o) => o.join('.'))
  .filter((ip) => ip !== '169.254.169.254');
const ipv6 = fc.constantFrom('2001:db8::42', 'fe80::abcd:ef01', '2001:db8:0:0:0:0:0:7', '::ffff:198.51.100.7');
const jwt = fc.constant('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJmYWtlIn0.ZmFrZS1zaWduYXR1cmU');
const pem = base64url(24).map((body) => `-----BEGIN PRIVATE KEY-----\nRkFLRS${body.replace(/[-_]/g, 'A')}\n-----END PRIVATE KEY-----`);
const awsAccess = fc.constant('AKIA' + 'IOSFODNN7EXAMPLE');
const awsSecret = fc.constant('aws_secret_access_key=' + 'wJalrXUtnFEMI/K7MDENG/' + 'bPxRfiCYEXAMPLEKEY');
const stripe = alnum(24, 24).map((body) => `sk_test_${body}`);
const github = fc.constant('ghp_' + 'FAKEfake0000FAKEfake0000FAKEfake0000');
const slackToken = digits(10).map((d) => `xoxb-${d}-${d}-FAKEfakeFAKEfake`);
const slackWebhook = fc.constant('https://hooks.slack.com/services/' + 'T00000000/B00000000/FAKEfakeFAKEfakeFAKEfake');
const google = base64url(35).map((body) => `AIza${body}`);
const openai = fc.constant('sk-proj-' + 'FAKEfake0123456789ABCDEFGHIJklmnopqrstuv');

const sensitive = fc.oneof(card, iban, phone, ssn, email, ipv4, ipv6, jwt, pem, awsAccess, awsSecret, stripe, github, slackToken, slackWebhook, google, openai);

// Near misses: the pieces detectors look for, without the rest (prefixes, short runs, dates, versions).
const nearMiss = fc.oneof(
  fc.constantFrom('2026-01-15T12:30:45.000Z', 'ORD-2024-000123', 'v1.2.3', '10:30:00', 'SKU-1009', 'GB82', 'eyJ', 'AKIA', 'sk-', 'sk_live_', 'xoxb-'),
  fc.constantFrom('-----BEGIN', 'hooks.slack.com', 'aws', '@org/pkg', 'a@b', '+44', '(202)', '555-0143', '::', 'fe80:', 'ghp_', 'AIza'),
  digits(1).chain((d) => fc.constantFrom(`${d}${d}${d}-${d}${d}`, `1.2.${d}`, `+${d}${d}`, `${d} ${d}${d} ${d}${d}${d}`)),
);
const word = fc.constantFrom('order', 'Jane', 'shipped', 'the', 'é', '—', 'note:', 'to', 'at', '/', '-', '.', ',', '(', ')', '+', '_', '1', '42', '2026');
const separator = fc.constantFrom(' ', '', '-', '.', ', ', '/', ':', '\n', '_');

/** Free text mixing words, near misses and (sometimes) sensitive values, glued in every way. */
const text = fc
  .array(fc.tuple(fc.oneof({ weight: 3, arbitrary: word }, { weight: 2, arbitrary: nearMiss }, { weight: 1, arbitrary: sensitive }), separator), { maxLength: 12 })
  .map((parts) => parts.map(([part, sep]) => part + sep).join(''));

describe('prefilter: never loses a match', () => {
  it('prefiltered find equals the unfiltered one, and contains agrees with find', () => {
    fc.assert(
      fc.property(text, (t) => {
        const expected = unfiltered.find(t);
        expect(filtered.find(t)).toEqual(expected);
        expect(filtered.contains(t)).toBe(expected.length > 0);
      }),
      { numRuns: 1500 },
    );
  });

  it('holds on arbitrary ASCII and Unicode strings too', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 })), (t) => {
        expect(filtered.find(t)).toEqual(unfiltered.find(t));
      }),
      { numRuns: 500 },
    );
  });

  it('each generated sensitive value is found, so the equality above is not vacuous', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(sensitive, (value) => {
        const matches = filtered.find(`see ${value} please`);
        expect(matches).toHaveLength(1);
        seen.add(matches[0]?.detector ?? '');
      }),
      { numRuns: 600 },
    );
    expect([...seen].sort()).toEqual(VALUE_DETECTORS.map((d) => d.id).sort());
  });
});

describe('summarizeText', () => {
  it('counts a grouped card and a formatted phone as one digit run', () => {
    expect(summarizeText('card 4111 1111 1111 1111.').longestDigitRun).toBe(16);
    expect(summarizeText('call +1 (202) 555-0143 now').longestDigitRun).toBe(11);
  });

  it('breaks runs at letters, colons and long gaps', () => {
    expect(summarizeText('2026-01-15T12:30:45.000Z').longestDigitRun).toBe(8);
    expect(summarizeText('12    34').longestDigitRun).toBe(2);
    expect(summarizeText('10:30:00').colons).toBe(2);
    expect(summarizeText('v1.2.3 and 198.51.100.7').mostDotsInRun).toBe(3);
  });
});

const GATES = Object.entries(DETECTOR_NEEDS).map(([id, needs]) => [id, createDetectorGate(needs)] as const);

describe('DETECTOR_NEEDS', () => {
  it('has needs for every registered detector, and no gate for an unknown one', () => {
    expect(Object.keys(DETECTOR_NEEDS).sort()).toEqual(VALUE_DETECTORS.map((d) => d.id).sort());
    const [email, unknown] = selectDetectorGates(['email', 'not-a-detector']);
    expect(email?.('jane@example.com', summarizeText('jane@example.com'))).toBe(true);
    expect(email?.('jane at example.com', summarizeText('jane at example.com'))).toBe(false);
    expect(unknown).toBeUndefined();
  });

  it('closes every gate for typical clean response strings', () => {
    for (const clean of ['Jane Example', '2026-01-15T12:30:45.000Z', 'ORD-58213', 'SKU-1009', 'Widget model 12', '42 Example Street', 'EX1 2MP']) {
      const summary = summarizeText(clean);
      const open = GATES.filter(([, gate]) => gate(clean, summary)).map(([id]) => id);
      expect({ clean, open }).toEqual({ clean, open: [] });
    }
  });

  it('opens only the gates a near miss needs', () => {
    const open = (t: string): string[] => GATES.filter(([, gate]) => gate(t, summarizeText(t))).map(([id]) => id).sort();
    expect(open('reach me at jane@example.com')).toEqual(['email']);
    expect(open('at 10:30:00')).toEqual([]);
    expect(open('from fe80::1')).toEqual(['ipv6']);
    expect(open('from 198.51.100.7')).toEqual(['ipv4']);
    expect(open('version 1.2.3')).toEqual([]);
    // Gates are necessary conditions only: ten digits in a run still go to the detectors.
    expect(open('ORD-2024-000123')).toEqual(['phone', 'us-ssn']);
    expect(open('call +44 20 7946 0958')).toEqual(['phone']);
  });
});
