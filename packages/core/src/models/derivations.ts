import type { CategoryId } from '../taxonomy/ids.js';
import type { DerivationModel } from './types.js';

/**
 * Operations that turn a phone number into a phone fragment (or keep it a full number). Engines
 * look a step up with `findDerivation`; an operation not listed keeps the category it had.
 * A name ending in `*` matches any name with that prefix; template derivations match any template.
 */
export const DERIVATIONS: readonly DerivationModel[] = [
  {
    id: 'phone-substring',
    from: 'phone',
    to: 'phone-fragment',
    kind: 'method',
    names: ['slice', 'substring', 'substr', 'at', 'charAt', 'charCodeAt', 'codePointAt', 'split', 'padStart', 'padEnd'],
    notes: '`phone.slice(-4)`, `phone.split(" ")[0]`; `padStart` on a masked copy (`last4.padStart(10, "*")`) still shows the digits it had.',
  },
  {
    id: 'phone-match',
    from: 'phone',
    to: 'phone-fragment',
    kind: 'method',
    names: ['match', 'matchAll'],
    notes: 'Match groups hold parts of the number (`phone.match(/^\\+(\\d{1,3})/)[1]` is the calling code).',
  },
  {
    id: 'phone-regex-exec',
    from: 'phone',
    to: 'phone-fragment',
    kind: 'call',
    names: ['exec'],
    notes: '`/^\\+(\\d+)/.exec(phone)`: the phone is the argument of `RegExp#exec`. `test` returns a boolean (sanitizer boolean-conversion).',
  },
  {
    id: 'phone-replace',
    from: 'phone',
    to: 'phone-fragment',
    kind: 'method',
    names: ['replace', 'replaceAll'],
    notes:
      'A mask that leaves digits (`phone.replace(/\\d(?=\\d{4})/g, "*")`). When the engine can tell every digit is replaced (`/\\d/g` by a constant) the result is not sensitive; when it only strips non-digits (`/\\D/g` by "") the result is still the full `phone`.',
  },
  {
    id: 'phone-mask-helper',
    from: 'phone',
    to: 'phone-fragment',
    kind: 'call',
    names: ['mask*', 'redact*', 'obfuscate*'],
    notes: 'A masking helper whose body is out of view is assumed to show some digits (sanitizer mask-helpers).',
  },
  {
    id: 'phone-copy',
    from: 'phone',
    to: 'phone',
    kind: 'method',
    names: ['trim', 'trimStart', 'trimEnd', 'toString', 'valueOf', 'normalize', 'toLowerCase', 'toUpperCase', 'concat'],
    notes: 'Whole-value string operations keep the full number.',
  },
  {
    id: 'phone-template',
    from: 'phone',
    to: 'phone',
    kind: 'template',
    names: [''],
    notes: 'A template containing the whole number still contains it; one containing a fragment carries the fragment (phone-fragment-template).',
  },
  {
    id: 'phone-fragment-template',
    from: 'phone-fragment',
    to: 'phone-fragment',
    kind: 'template',
    names: [''],
    notes: '`` `+${cc}` ``, `` `ending in ${last4}` ``.',
  },
  {
    id: 'libphonenumber-parse',
    from: 'phone',
    to: 'phone',
    kind: 'call',
    names: ['parsePhoneNumber', 'parsePhoneNumberFromString', 'parsePhoneNumberWithError', 'parse', 'parseMax', 'parseMin'],
    module: 'libphonenumber-js',
    notes: 'The parsed `PhoneNumber` object carries the number; its properties below decide what is left.',
  },
  {
    id: 'libphonenumber-fragment',
    from: 'phone',
    to: 'phone-fragment',
    kind: 'property',
    names: ['countryCallingCode', 'country', 'countryCode', 'ext'],
    module: 'libphonenumber-js',
    notes: '`countryCode` is not a libphonenumber-js property but the usual name in wrappers and other libraries.',
  },
  {
    id: 'libphonenumber-possible-countries',
    from: 'phone',
    to: 'phone-fragment',
    kind: 'method',
    names: ['getPossibleCountries'],
    module: 'libphonenumber-js',
  },
  {
    id: 'libphonenumber-full',
    from: 'phone',
    to: 'phone',
    kind: 'property',
    names: ['number', 'nationalNumber'],
    module: 'libphonenumber-js',
    notes:
      'Decision: `nationalNumber` is the number without its calling code, which is what people dial at home: a full `phone`, not a fragment.',
  },
  {
    id: 'libphonenumber-format',
    from: 'phone',
    to: 'phone',
    kind: 'method',
    names: ['format', 'formatNational', 'formatInternational', 'getURI', 'toString'],
    module: 'libphonenumber-js',
  },
  {
    id: 'google-libphonenumber-parse',
    from: 'phone',
    to: 'phone',
    kind: 'call',
    names: ['parse', 'parseAndKeepRawInput', 'format', 'formatInOriginalFormat', 'formatOutOfCountryCallingNumber'],
    module: 'google-libphonenumber',
    notes: '`PhoneNumberUtil.getInstance().parse(raw, region)` and `format(number, PhoneNumberFormat.E164)`.',
  },
  {
    id: 'google-libphonenumber-fragment',
    from: 'phone',
    to: 'phone-fragment',
    kind: 'method',
    names: ['getCountryCode', 'getExtension', 'getItalianLeadingZero'],
    module: 'google-libphonenumber',
  },
  {
    id: 'google-libphonenumber-region',
    from: 'phone',
    to: 'phone-fragment',
    kind: 'call',
    names: ['getRegionCodeForNumber'],
    module: 'google-libphonenumber',
    notes: 'The parsed number is the argument: `phoneUtil.getRegionCodeForNumber(parsed)` is the region derived from it.',
  },
  {
    id: 'google-libphonenumber-national',
    from: 'phone',
    to: 'phone',
    kind: 'method',
    names: ['getNationalNumber', 'getRawInput'],
    module: 'google-libphonenumber',
  },
  {
    id: 'phone-fragment-substring',
    from: 'phone-fragment',
    to: 'phone-fragment',
    kind: 'method',
    names: ['slice', 'substring', 'substr', 'split', 'padStart', 'padEnd', 'replace', 'replaceAll', 'toString', 'trim'],
    notes: 'A part of a fragment is still a fragment unless it reveals no digit.',
  },
];

// One digit class, alone or repeated: `\d`, `[0-9]`, `[\d]`, `\p{Nd}`, `\d+`. A lookahead or a
// range (`\d(?=\d{2})`, `[0-7]`) leaves some digits in place, so it is no full mask.
const DIGIT_CLASS_SOURCE = /^(?:\\d|\[0-9\]|\[\\d\]|\\p\{Nd\}|\[\\p\{Nd\}\])\+?$/;

/**
 * Whether `value.replace(/source/flags, replacement)` replaces every digit by a constant: a global
 * pattern of one digit class and a replacement without `$` (a `$&` or `$1` back-reference would
 * put the digits back). Such a mask reveals no digit, so it carries no category (policy point 4),
 * while `replace(/\d(?=\d{2})/g, '•')`, which keeps the last two, stays a phone fragment.
 */
export function isDigitFreeMask(source: string, flags: string, replacement: string): boolean {
  return flags.includes('g') && DIGIT_CLASS_SOURCE.test(source) && !replacement.includes('$');
}

function matchesName(pattern: string, name: string): boolean {
  if (pattern.endsWith('*')) return name.startsWith(pattern.slice(0, -1));
  return pattern === name;
}

/**
 * The derivation that applies when a value of category `from` goes through an operation of `kind`
 * called `name` (a method, property or function name; any string for `template`). Undefined when
 * the operation is not a known derivation, in which case the value keeps its category.
 */
export function findDerivation(from: CategoryId, kind: DerivationModel['kind'], name: string): DerivationModel | undefined {
  return DERIVATIONS.find(
    (derivation) =>
      derivation.from === from &&
      derivation.kind === kind &&
      (kind === 'template' || derivation.names.some((pattern) => matchesName(pattern, name))),
  );
}
