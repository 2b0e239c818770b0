import { CATEGORIES, containsSensitiveValue, VALUE_DETECTORS } from '@leakwatch/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coreScanner, createPlainTextPrefilter, redactMatches } from './scan.js';

const prefilter = createPlainTextPrefilter(VALUE_DETECTORS.map((d) => d.id));

describe('the plain-text prefilter', () => {
  it('is active for the detectors core ships today', () => {
    expect(prefilter).toBeTypeOf('function');
  });

  it('switches itself off when core adds a detector nobody reviewed', () => {
    expect(createPlainTextPrefilter(['email', 'some-new-detector'])).toBeUndefined();
  });

  it('lets every example value of every category through to the detectors', () => {
    for (const category of Object.values(CATEGORIES)) {
      for (const value of category.examples.values) {
        expect(prefilter!(value), `${category.id}: example ${category.examples.values.indexOf(value)}`).toBe(false);
        expect(coreScanner.contains(`note: ${value} end`)).toBe(true);
      }
    }
  });

  it('skips plain words, and never skips a text the detectors would flag', () => {
    expect(prefilter!('gift wrap please')).toBe(true);
    expect(prefilter!("Don't panic, it's fine!")).toBe(true);
    expect(prefilter!('AKIAIOSFODNNEXAMPLEX')).toBe(false);
    expect(prefilter!('Widget model 3')).toBe(false);
    // Texts built from the prefilter's own alphabet plus token prefixes: whenever it says plain,
    // the real scanner agrees.
    const alphabet = fc.constantFrom(...'AKISzaQWXYkisqwxy ,\'!?'.split(''), 'AKIA', 'ASIA', 'AIza', 'sk', 'eyJ', 'aws ', 'amazon ');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }).map((parts) => parts.join('')), (text) => {
        if (prefilter!(text)) expect(containsSensitiveValue(text)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('redactMatches', () => {
  it('merges overlapping matches so no fragment survives between placeholders', () => {
    expect(redactMatches('a 0123456789 b', [
      { category: 'phone', start: 2, end: 10 },
      { category: 'financial', start: 5, end: 12 },
    ])).toBe('a [redacted:phone][redacted:financial] b');
  });
});

describe('quoteString', () => {
  it('matches JSON.stringify for short and long strings, escapes and lone surrogates included', async () => {
    const { quoteString } = await import('./compile/state.js');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ maxLength: 80 })), (text) => {
        expect(quoteString(text)).toBe(JSON.stringify(text));
      }),
      { numRuns: 1000 },
    );
    expect(quoteString('a"b\\c\n\ud800')).toBe(JSON.stringify('a"b\\c\n\ud800'));
  });
});
