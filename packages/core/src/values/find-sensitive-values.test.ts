import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIbanCheckDigits, computeLuhnCheckDigit, isLuhnValid } from './checksums.js';
import { IBAN_LENGTHS } from './detectors/iban.js';
import { VALUE_DETECTORS } from './registry.js';
import { containsSensitiveValue, createValueScanner, findSensitiveValues } from './find-sensitive-values.js';
import { ConfigError } from '../errors.js';

// Generators of valid sensitive values and of near misses for the property tests.

const digits = (min: number, max = min): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
const lowerAlnum = (min: number, max: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: min, maxLength: max });

/** A value and the category and detector it must be found as. */
interface GeneratedValue {
  readonly value: string;
  readonly category: string;
  readonly detector: string;
}

const tagged = (category: string, detector: string) => (value: string): GeneratedValue => ({ value, category, detector });

// Issuer prefixes and lengths, one or more per brand.
const CARD_BRANDS: readonly (readonly [string, number])[] = [
  ['4', 16], ['4', 13], ['4', 19], ['51', 16], ['55', 16], ['2221', 16], ['2720', 16], ['34', 15], ['37', 15],
  ['6011', 16], ['65', 19], ['3528', 16], ['3589', 19], ['36', 14], ['62', 17],
];

/** A Luhn-valid card number of a known brand, bare, or grouped by spaces or dashes. */
const cardNumber: fc.Arbitrary<{ digits: string; formatted: string }> = fc
  .tuple(fc.constantFrom(...CARD_BRANDS), digits(18), fc.constantFrom('', ' ', '-'))
  .map(([[prefix, length], fill, sep]) => {
    const payload = (prefix + fill).slice(0, length - 1);
    const number = payload + String(computeLuhnCheckDigit(payload));
    return { digits: number, formatted: sep === '' ? number : (number.match(/.{1,4}/g) ?? []).join(sep) };
  })
  // A grouped 17–19-digit number whose first 16 digits also pass Luhn reads as a card and a CVV.
  .filter(({ digits: number, formatted }) => number.length <= 16 || formatted === number || !isLuhnValid(number.slice(0, 16)));

const validCard = cardNumber.map((c) => c.formatted).map(tagged('financial', 'payment-card'));

/** A card number whose check digit is off by one (so Luhn fails). */
const cardOffByOne: fc.Arbitrary<string> = cardNumber.map(({ digits: number }) => {
  const check = Number(number.slice(-1));
  return number.slice(0, -1) + String((check + 1) % 10);
});

const COUNTRIES = ['GB', 'DE', 'FR', 'NL', 'ES', 'IT', 'BE', 'CH', 'AT', 'NO', 'SE', 'PL'] as const;

/** A BBAN of the right length: four bank letters where GB/NL use them, digits elsewhere. */
const bban = fc.tuple(fc.constantFrom(...COUNTRIES), digits(30)).map(([country, fill]) => {
  const length = (IBAN_LENGTHS[country] ?? 22) - 4;
  const letters = country === 'GB' || country === 'NL' ? 'BANK' : '';
  return { country, bban: (letters + fill).slice(0, length) };
});

/** An IBAN with computed check digits, compact or printed in groups of four. */
const validIban = fc.tuple(bban, fc.boolean()).map(([{ country, bban: body }, spaced]) => {
  const compact = country + computeIbanCheckDigits(country, body) + body;
  return tagged('financial', 'iban')(spaced ? (compact.match(/.{1,4}/g) ?? []).join(' ') : compact);
});

/** An IBAN whose check digits are wrong. */
const ibanWrongCheck = fc.tuple(bban, fc.integer({ min: 1, max: 96 })).map(([{ country, bban: body }, delta]) => {
  const right = Number(computeIbanCheckDigits(country, body));
  const wrong = String(((right - 2 + delta) % 97) + 2).padStart(2, '0');
  return country + wrong + body;
});

// National significant numbers with each listed country's structure, then an international form.
const NATIONAL: readonly (readonly [string, fc.Arbitrary<string>])[] = [
  ['1', fc.tuple(fc.integer({ min: 200, max: 999 }), fc.integer({ min: 200, max: 999 }), digits(4)).map(([a, b, c]) => `${a}${b}${c}`)],
  ['44', digits(8).map((d) => `20${d}`)],
  ['44', digits(9).map((d) => `7${d}`)],
  ['49', digits(8).map((d) => `30${d}`)],
  ['49', digits(8).map((d) => `151${d}`)],
  ['33', fc.tuple(fc.integer({ min: 1, max: 9 }), digits(8)).map(([a, d]) => `${a}${d}`)],
  ['91', fc.tuple(fc.integer({ min: 6, max: 9 }), digits(9)).map(([a, d]) => `${a}${d}`)],
  ['86', fc.tuple(fc.integer({ min: 3, max: 9 }), digits(9)).map(([a, d]) => `1${a}${d}`)],
  ['966', digits(8).map((d) => `5${d}`)],
  ['55', fc.tuple(fc.integer({ min: 11, max: 99 }), digits(8)).filter(([a]) => a % 10 !== 0).map(([a, d]) => `${a}9${d}`)],
];

/** A phone number of a listed country in E.164 form, compact or grouped. */
const validE164 = fc
  .tuple(fc.constantFrom(...NATIONAL), fc.integer({ min: 0, max: 2 }), fc.nat())
  .chain(([[code, national], style]) => national.map((n) => [code, n, style] as const))
  .map(([code, national, style]) => {
    if (style === 0) return `+${code}${national}`;
    const sep = style === 1 ? ' ' : '-';
    return `+${code}${sep}${national.slice(0, 3)}${sep}${national.slice(3, 6)}${sep}${national.slice(6)}`;
  })
  .map(tagged('phone', 'phone'));

/** A US/CA number in one of its national formats. */
const validNanp = fc
  .tuple(fc.integer({ min: 200, max: 999 }), fc.integer({ min: 200, max: 999 }), digits(4), fc.constantFrom('paren', '-', '.', ' '))
  .map(([area, exchange, line, style]) => (style === 'paren' ? `(${area}) ${exchange}-${line}` : [area, exchange, line].join(style)))
  .map(tagged('phone', 'phone'));

/** An e-mail address with common local-part characters and a letters-only TLD. */
const validEmail = fc
  .tuple(lowerAlnum(1, 12), fc.option(lowerAlnum(1, 8), { nil: undefined }), fc.array(lowerAlnum(1, 10), { minLength: 1, maxLength: 3 }), fc.constantFrom('com', 'org', 'net', 'io', 'example', 'co.uk', 'de'))
  .map(([local, tag, labels, tld]) => `${local}${tag === undefined ? '' : `.${tag}`}@${labels.join('.')}.${tld}`)
  .map(tagged('contact', 'email'));

/** An issuable SSN in the dashed form. */
const validSsn = fc
  .tuple(fc.integer({ min: 1, max: 899 }).filter((a) => a !== 666), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9999 }))
  .map(([a, g, s]) => `${String(a).padStart(3, '0')}-${String(g).padStart(2, '0')}-${String(s).padStart(4, '0')}`)
  .map(tagged('government-id', 'us-ssn'));

/** An identifying IPv4 address (not 0/8, 127/8, 224/4 and above, or the cloud metadata endpoint). */
const validIpv4 = fc
  .tuple(fc.integer({ min: 1, max: 223 }).filter((a) => a !== 127), fc.nat(255), fc.nat(255), fc.nat(255))
  .map((octets) => octets.join('.'))
  .filter((ip) => ip !== '169.254.169.254')
  .map(tagged('other-pii', 'ipv4'));

const hexGroup = fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 1, maxLength: 4 });

/**
 * An identifying IPv6 address, full or with one run of groups compressed to `::`. Its first group is
 * written and not zero: the detector deliberately skips the unspecified and loopback addresses in
 * any spelling (`0:0:0:0:0:0:0:0`) and IPv4-mapped forms, which start with zeros.
 */
const validIpv6 = fc
  .tuple(fc.array(hexGroup, { minLength: 8, maxLength: 8 }), fc.integer({ min: 1, max: 7 }), fc.integer({ min: 0, max: 6 }))
  .filter(([groups]) => Number.parseInt(groups[0]!, 16) !== 0)
  .map(([groups, at, length]) => {
    if (length === 0) return groups.join(':');
    // Keep at least two explicit groups: the detector skips `::`, `::1` and one-group forms.
    const kept = Math.max(0, Math.min(length, 6));
    const from = Math.max(1, Math.min(at, 8 - kept));
    return `${groups.slice(0, from).join(':')}::${groups.slice(from + kept).join(':')}`;
  })
  .filter((s) => s.split(':').filter((g) => g !== '').length >= 2)
  .map(tagged('other-pii', 'ipv6'));

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Dates, times, timestamps, versions, prices, order numbers, UUIDs and hashes: never sensitive. */
const nearMiss: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.integer({ min: 1970, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).chain(([y, m, d]) =>
    fc.constantFrom(`${y}-${pad(m, 2)}-${pad(d, 2)}`, `${pad(d, 2)}.${pad(m, 2)}.${y}`, `${pad(m, 2)}/${pad(d, 2)}/${y}`, `${y}-${pad(m, 2)}-${pad(d, 2)}T${pad(m, 2)}:${pad(d, 2)}:00.000Z`),
  ),
  fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.option(fc.integer({ min: 0, max: 59 }), { nil: undefined })).map(
    ([h, m, s]) => `${pad(h, 2)}:${pad(m, 2)}${s === undefined ? '' : `:${pad(s, 2)}`}`,
  ),
  fc.tuple(fc.nat(99), fc.nat(999), fc.nat(999), fc.constantFrom('', 'v', '^', '~', '>=')).map(([a, b, c, p]) => `${p}${a}.${b}.${c}`),
  fc.tuple(fc.integer({ min: 1, max: 999 }), fc.nat(999), fc.nat(99), fc.constantFrom('$', '€', '')).map(([a, b, c, cur]) => `${cur}${a},${pad(b, 3)}.${pad(c, 2)}`),
  digits(6).map((d) => `ORD-2024-${d}`),
  digits(6).map((d) => `#${d}`),
  fc.uuid(),
  fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 32, maxLength: 32 }),
  fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 }),
  fc.integer({ min: 1_500_000_000, max: 1_999_999_999 }).map(String),
  fc.nat().map((n) => `${n} bytes`),
  digits(9).map((d) => `${d.slice(0, 5)}-${d.slice(5)}`),
);

/** Surrounding text made of words, numbers and punctuation that never forms a value by itself. */
const filler: fc.Arbitrary<string> = fc
  .array(fc.constantFrom('user', 'status:', 'ok', 'error', 'the', 'request', 'id=42', '200', 'GET', '/api/v1', '{"a":1}', 'é', '—', 'done.'), { maxLength: 8 })
  .map((words) => words.join(' '));

const validValue = fc.oneof(validCard, validIban, validE164, validNanp, validEmail, validSsn, validIpv4, validIpv6);

// Enough runs to cover every brand and country several times while keeping the suite fast.
const RUNS = { numRuns: 300 };

describe('findSensitiveValues: property tests', () => {
  it('finds every generated valid value in random text, with its category, detector and exact span', () => {
    fc.assert(
      fc.property(filler, validValue, filler, (before, generated, after) => {
        // A number right after a grouped value could extend it (`4111 … 1111 200` may be 19
        // digits), so the value ends at punctuation; before it, any filler goes.
        const text = `${before} ${generated.value}, ${after}`;
        const start = before.length + 1;
        expect(findSensitiveValues(text)).toEqual([
          { category: generated.category, start, end: start + generated.value.length, detector: generated.detector },
        ]);
        expect(containsSensitiveValue(text)).toBe(true);
      }),
      RUNS,
    );
  });

  it('finds several values in one text, sorted and without overlaps', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(validValue, filler), { minLength: 1, maxLength: 6 }), (parts) => {
        let text = '';
        const expected: { start: number; end: number; detector: string }[] = [];
        for (const [generated, words] of parts) {
          text += '; ';
          expected.push({ start: text.length, end: text.length + generated.value.length, detector: generated.detector });
          text += `${generated.value} ; ${words}`;
        }
        const found = findSensitiveValues(text);
        expect(found.map(({ start, end, detector }) => ({ start, end, detector }))).toEqual(expected);
      }),
      RUNS,
    );
  });

  it('finds no value in dates, times, versions, prices, order numbers, UUIDs, hashes and timestamps', () => {
    fc.assert(
      fc.property(filler, nearMiss, filler, (before, miss, after) => {
        const text = `${before} ${miss} ${after}`;
        expect(findSensitiveValues(text)).toEqual([]);
        expect(containsSensitiveValue(text)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('does not find card numbers whose Luhn digit is off by one', () => {
    fc.assert(
      fc.property(cardOffByOne, (number) => {
        expect(findSensitiveValues(`card ${number} declined`).filter((m) => m.category === 'financial')).toEqual([]);
      }),
      RUNS,
    );
  });

  it('does not find IBANs with wrong check digits', () => {
    fc.assert(
      fc.property(ibanWrongCheck, (iban) => {
        expect(findSensitiveValues(`iban ${iban} rejected`)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('agrees with containsSensitiveValue on arbitrary text', () => {
    const piece = fc.oneof(filler, nearMiss, validValue.map((v) => v.value), fc.string({ maxLength: 20 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        const text = pieces.join(' ');
        const found = findSensitiveValues(text);
        expect(containsSensitiveValue(text)).toBe(found.length > 0);
        for (let i = 0; i < found.length; i++) {
          const match = found[i];
          expect(match !== undefined && match.start < match.end && match.end <= text.length).toBe(true);
          if (i > 0) expect(match?.start).toBeGreaterThanOrEqual(found[i - 1]?.end ?? 0);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('findSensitiveValues', () => {
  it('returns offsets and ids only, never the value', () => {
    const text = 'Reach jane.doe@example.com or +1-202-555-0143.';
    const found = findSensitiveValues(text);
    expect(found).toEqual([
      { category: 'contact', start: 6, end: 26, detector: 'email' },
      { category: 'phone', start: 30, end: 45, detector: 'phone' },
    ]);
    expect(JSON.stringify(found)).not.toContain('jane');
    expect(JSON.stringify(found)).not.toContain('555');
  });

  it('lets the longer match win when two detectors overlap', () => {
    // The phone detector alone would match the local part.
    const text = 'mail 202-555-0143@example.com now';
    expect(createValueScanner({ detectors: ['phone'] }).find(text)).toHaveLength(1);
    expect(findSensitiveValues(text)).toEqual([{ category: 'contact', start: 5, end: 29, detector: 'email' }]);
  });

  it('returns nothing for empty and short strings', () => {
    for (const text of ['', 'ok', '12345', '@a.io']) {
      expect(findSensitiveValues(text)).toEqual([]);
      expect(containsSensitiveValue(text)).toBe(false);
    }
  });
});

describe('createValueScanner', () => {
  const text = 'jane@example.com 4111 1111 1111 1111 192.0.2.1';

  it('runs only the detectors of the given categories', () => {
    const scanner = createValueScanner({ categories: ['financial', 'other-pii'] });
    expect(scanner.find(text).map((m) => m.detector)).toEqual(['payment-card', 'ipv4']);
    expect(scanner.contains('jane@example.com')).toBe(false);
    expect(scanner.contains('ip 192.0.2.1')).toBe(true);
  });

  it('runs only the named detectors, and both filters together', () => {
    expect(createValueScanner({ detectors: ['email'] }).find(text).map((m) => m.detector)).toEqual(['email']);
    expect(createValueScanner({ categories: ['contact'], detectors: ['ipv4'] }).find(text)).toEqual([]);
  });

  it('rejects unknown categories and detectors with a ConfigError', () => {
    expect(() => createValueScanner({ detectors: ['phone-number'] })).toThrow(ConfigError);
    expect(() => createValueScanner({ categories: ['pii' as never] })).toThrow(/Unknown category "pii"/);
  });

  it('lists every detector once, with a description', () => {
    const ids = VALUE_DETECTORS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('phone');
    for (const detector of VALUE_DETECTORS) expect(detector.description.length).toBeGreaterThan(20);
  });
});

describe('adversarial inputs (200 kB each; timing is measured by the bench, not here)', () => {
  const SIZE = 200_000;
  const repeat = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

  it.each([
    ['digits', '1'],
    ['digit groups', '1 '],
    ['card-like groups', '4111 '],
    ['phone-like groups', '(202) '],
    ['at signs', '@'],
    ['local parts and at signs', 'a@'],
    ['dotted labels', 'a.'],
    ['dots', '.'],
    ['dotted numbers', '1.'],
    ['plus signs', '+'],
    ['international prefixes', '+1 '],
    ['spaces', ' '],
    ['JWT starts', 'eyJ'],
    ['JWT-like segments', 'eyJ.'],
    ['BEGIN lines', '-----BEGIN '],
    ['colons', ':'],
    ['hex and colons', '1:'],
    ['AWS prefixes', 'AKIA'],
    ['AWS hints', 'aws '],
    ['OpenAI prefixes', 'sk-'],
    ['IBAN starts', 'GB82 '],
    ['dashed digits', '12-'],
  ])('finds nothing in repeated %s', (_name, unit) => {
    expect(findSensitiveValues(repeat(unit))).toEqual([]);
  });

  it('finds every value in a dense run of phone numbers', () => {
    const unit = '202-555-0143 ';
    const found = findSensitiveValues(repeat(unit));
    expect(found).toHaveLength(Math.floor(SIZE / unit.length));
    expect(found.every((m, i) => m.detector === 'phone' && m.start === i * unit.length)).toBe(true);
  });

  it('finds each private key header without an END line once', () => {
    const unit = '-----BEGIN PRIVATE KEY-----\nRkFLRS1GQUtF\n';
    const found = findSensitiveValues(repeat(unit));
    expect(found).toHaveLength(Math.floor(SIZE / unit.length));
    expect(found.every((m, i) => m.start === i * unit.length && m.end === m.start + unit.length - 1)).toBe(true);
  });

  it('finds nothing in URLs with user info and a numeric first path segment', () => {
    expect(findSensitiveValues(repeat('http://user:pass@example.com/4111111111111111 '))).toEqual([]);
    expect(findSensitiveValues(repeat(`//${'a'.repeat(64)}:@`))).toEqual([]);
  });

  it('finds nothing in headers without key material', () => {
    expect(findSensitiveValues(repeat('-----BEGIN PRIVATE KEY-----\n'))).toEqual([]);
  });

  it('caps the key material read after a header', () => {
    const found = findSensitiveValues(`-----BEGIN PRIVATE KEY-----${'A'.repeat(SIZE)}`);
    expect(found).toHaveLength(1);
    expect(found[0]?.end).toBeLessThan(20_000);
  });
});
