import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../taxonomy/categories/index.js';
import { CATEGORY_IDS, isCategoryId } from '../taxonomy/ids.js';
import { classifyName, createNameClassifier } from './classify-name.js';
import { NAME_MODIFIERS } from './modifiers.js';
import { splitName } from './split-name.js';

// Words the classifier knows (terms and modifiers), plus filler, as lower-case ASCII letters only,
// so that every spelling below splits back into the same words.
const vocabularyWords = [
  ...new Set(
    [
      ...CATEGORY_IDS.flatMap((id) => {
        const names = CATEGORIES[id].names;
        return [...names.terms, ...(names.suffixTerms ?? []), ...(names.notTerms ?? [])];
      }),
      ...Object.values(NAME_MODIFIERS).flat(),
      'user',
      'order',
      'customer',
      'new',
    ]
      .flatMap((phrase) => phrase.split(' '))
      .filter((word) => /^[a-z]+$/.test(word)),
  ),
];
const wordLists = fc.array(fc.constantFrom(...vocabularyWords), { minLength: 1, maxLength: 5 });

const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
const spellings: Record<string, (words: readonly string[]) => string> = {
  camelCase: (words) => words.map((word, index) => (index === 0 ? word : capitalize(word))).join(''),
  PascalCase: (words) => words.map(capitalize).join(''),
  snake_case: (words) => words.join('_'),
  'kebab-case': (words) => words.join('-'),
  SCREAMING_CASE: (words) => words.join('_').toUpperCase(),
  'dotted.path': (words) => words.join('.'),
};

describe('classifyName properties', () => {
  it('gives the same category for every spelling of the same words', () => {
    fc.assert(
      fc.property(wordLists, (words) => {
        const expected = classifyName(words.join(' '));
        for (const [style, spell] of Object.entries(spellings)) {
          expect(classifyName(spell(words)), `${style}: ${spell(words)}`).toBe(expected);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws, and returns a category id or null, for any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (name) => {
        const category = classifyName(name);
        expect(category === null || isCategoryId(category)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('answers the same with and without a cache', () => {
    const uncached = createNameClassifier({ cacheSize: 0 });
    fc.assert(
      fc.property(wordLists, (words) => {
        const name = spellings.camelCase?.(words) ?? '';
        expect(uncached(name)).toBe(classifyName(name));
      }),
      { numRuns: 1000 },
    );
  });

  it('never classifies a name that starts with a flag word and holds no account-status term', () => {
    fc.assert(
      fc.property(fc.constantFrom('is', 'has', 'should', 'can'), wordLists, (flag, words) => {
        const category = classifyName([flag, ...words].join('_'));
        expect(category === null || category === 'account-status').toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('splitName properties', () => {
  it('keeps every letter and digit, in order, lower-cased, and nothing else', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (name) => {
        const words = splitName(name);
        for (const word of words) expect(word).toMatch(/^[^\s_\-.]+$/);
        const kept = [...name.toLowerCase()].filter((char) => /[a-z0-9]/.test(char) || char.charCodeAt(0) > 127);
        expect(words.join('')).toBe(kept.join(''));
      }),
      { numRuns: 2000 },
    );
  });
});
