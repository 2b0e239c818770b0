import type { NameVocabulary } from '../taxonomy/category.js';
import { CATEGORIES } from '../taxonomy/categories/index.js';
import { ConfigError } from '../errors.js';
import { CATEGORY_IDS, isCategoryId, type CategoryId } from '../taxonomy/ids.js';
import { NAME_MODIFIERS } from './modifiers.js';
import { splitName } from './split-name.js';

/** Options of `createNameClassifier`. */
export interface NameClassifierOptions {
  /** More names per category, matched as word sequences like the built-in terms: `{ credential: ['vault token'] }`. */
  readonly extraNames?: Partial<Record<CategoryId, readonly string[]>>;
  /** Names that are never sensitive, in any spelling (`user_email` also ignores `userEmail`). They win over everything. */
  readonly ignoreNames?: readonly string[];
  /** How many distinct names the classifier remembers (default 10 000); the oldest is dropped first. */
  readonly cacheSize?: number;
}

/** Classifies one identifier. `cachedNames` tells how many results the classifier holds. */
export interface NameClassifier {
  (name: string): CategoryId | null;
  readonly cachedNames: number;
}

interface VocabularyEntry {
  readonly words: readonly string[];
  /** `null` for a not-term, which cancels the terms it covers. */
  readonly category: CategoryId | null;
  readonly suffixOnly: boolean;
  /** A project's own name (`extraNames`): not-terms do not cancel it. */
  readonly extra: boolean;
}

interface TermMatch {
  readonly start: number;
  readonly end: number;
  readonly entry: VocabularyEntry;
}

interface CategoryRules {
  readonly keep: ReadonlySet<string>;
  readonly flagsAreSensitive: boolean;
  readonly maskedCategory: CategoryId | null;
}

interface CompiledVocabulary {
  readonly byFirstWord: ReadonlyMap<string, readonly VocabularyEntry[]>;
  readonly knownWords: ReadonlySet<string>;
  readonly rules: ReadonlyMap<CategoryId, CategoryRules>;
}

const DEFAULT_CACHE_SIZE = 10_000;
// A name's head is at its end; longer text (a message, a minified blob) is read by its last words
// only, which keeps the matching linear in the input.
const MAX_WORDS = 64;

const harmlessAfter = new Set(NAME_MODIFIERS.harmlessAfter);
const transparentAfter = new Set(NAME_MODIFIERS.transparentAfter);
const flagWords = new Set(NAME_MODIFIERS.flagWords);
const sanitizerWords = new Set(NAME_MODIFIERS.sanitizerWords);
const schemaWords = new Set(NAME_MODIFIERS.schemaWords);
const maskWords = new Set(NAME_MODIFIERS.maskWords);
const actionVerbs = new Set(NAME_MODIFIERS.actionVerbs);

function isNumber(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return word.length > 0;
}

/** Numbers and version markers (`4`, `v6`) say nothing about the data: `ipV4Address` reads `ip address`. */
function isNumberOrVersion(word: string): boolean {
  return isNumber(word) || (word.charCodeAt(0) === 118 /* v */ && word.length > 1 && isNumber(word.slice(1)));
}

function addEntries(
  byFirstWord: Map<string, VocabularyEntry[]>,
  knownWords: Set<string>,
  phrases: readonly string[] | undefined,
  category: CategoryId | null,
  suffixOnly: boolean,
  extra = false,
): void {
  for (const phrase of phrases ?? []) {
    // Vocabulary is written in any spelling (`phone number`, `phoneNumber`): split it the same way as names.
    const words = splitName(phrase).filter((word) => !isNumberOrVersion(word));
    const first = words[0];
    if (first === undefined) continue;
    for (const word of words) knownWords.add(word);
    const list = byFirstWord.get(first);
    const entry: VocabularyEntry = { words, category, suffixOnly, extra };
    if (list) list.push(entry);
    else byFirstWord.set(first, [entry]);
  }
}

/** Checks options that may come from a user's config file, so a typo fails loudly instead of matching nothing. */
function validateOptions(options: NameClassifierOptions): void {
  for (const [key, phrases] of Object.entries(options.extraNames ?? {})) {
    if (!isCategoryId(key)) {
      throw new ConfigError(`extraNames: unknown category "${key}" (expected one of ${CATEGORY_IDS.join(', ')})`);
    }
    checkPhrases(`extraNames.${key}`, phrases);
  }
  checkPhrases('ignoreNames', options.ignoreNames);
}

function checkPhrases(path: string, phrases: unknown): void {
  if (phrases === undefined) return;
  if (!Array.isArray(phrases)) throw new ConfigError(`${path}: expected a list of names`);
  phrases.forEach((phrase: unknown, index) => {
    if (typeof phrase !== 'string' || splitName(phrase).length === 0) {
      throw new ConfigError(`${path}[${index}]: expected a name with at least one letter or digit`);
    }
  });
}

function compileVocabulary(extraNames: NameClassifierOptions['extraNames']): CompiledVocabulary {
  const byFirstWord = new Map<string, VocabularyEntry[]>();
  const knownWords = new Set<string>();
  const rules = new Map<CategoryId, CategoryRules>();
  for (const list of Object.values(NAME_MODIFIERS) as (readonly string[])[]) {
    for (const word of list) knownWords.add(word);
  }
  for (const id of CATEGORY_IDS) {
    const names: NameVocabulary = CATEGORIES[id].names;
    addEntries(byFirstWord, knownWords, names.terms, id, false);
    addEntries(byFirstWord, knownWords, names.suffixTerms, id, true);
    addEntries(byFirstWord, knownWords, names.notTerms, null, false);
    addEntries(byFirstWord, knownWords, extraNames?.[id], id, false, true);
    rules.set(id, {
      keep: new Set(names.keepModifiers ?? []),
      flagsAreSensitive: names.flagsAreSensitive ?? false,
      maskedCategory: names.maskedCategory ?? null,
    });
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirstWord, knownWords, rules };
}

/** Maps a plural to the singular the vocabulary knows (`passwords`, `addresses`, `policies`); other words pass. */
function normalizeWord(word: string, knownWords: ReadonlySet<string>): string {
  if (knownWords.has(word) || word.length < 3 || word.charCodeAt(word.length - 1) !== 115 /* s */) return word;
  if (word.endsWith('ss')) return word;
  if (word.endsWith('ies')) {
    const singular = `${word.slice(0, -3)}y`;
    if (knownWords.has(singular)) return singular;
  }
  // `addresses`, `boxes`, `matches`; not `sides`, which is `side` + s.
  if (word.endsWith('ses') || word.endsWith('xes') || word.endsWith('zes') || word.endsWith('ches') || word.endsWith('shes')) {
    const singular = word.slice(0, -2);
    if (knownWords.has(singular)) return singular;
  }
  const singular = word.slice(0, -1);
  return knownWords.has(singular) ? singular : word;
}

/** Whether only transparent words (or words this category keeps) follow a suffix-only term. */
function isTransparentTail(words: readonly string[], from: number, rules: CategoryRules | undefined): boolean {
  for (let index = from; index < words.length; index++) {
    const word = words[index] as string;
    if (!isNumber(word) && !transparentAfter.has(word) && !rules?.keep.has(word)) return false;
  }
  return true;
}

function findMatches(words: readonly string[], vocabulary: CompiledVocabulary): TermMatch[] {
  const matches: TermMatch[] = [];
  for (let start = 0; start < words.length; start++) {
    const candidates = vocabulary.byFirstWord.get(words[start] as string);
    if (!candidates) continue;
    for (const entry of candidates) {
      const end = start + entry.words.length;
      if (end > words.length) continue;
      let equal = true;
      for (let offset = 1; offset < entry.words.length && equal; offset++) {
        equal = words[start + offset] === entry.words[offset];
      }
      if (!equal) continue;
      if (entry.suffixOnly && !isTransparentTail(words, end, vocabulary.rules.get(entry.category as CategoryId))) continue;
      matches.push({ start, end, entry });
    }
  }
  return matches;
}

function classifyWords(words: readonly string[], vocabulary: CompiledVocabulary): CategoryId | null {
  const matches = findMatches(words, vocabulary);
  const cancels = matches.filter((match) => match.entry.category === null);
  const terms = matches.filter(
    (match) =>
      match.entry.category !== null &&
      (match.entry.extra || !cancels.some((cancel) => cancel.start <= match.start && cancel.end >= match.end)),
  );
  // The head is the term that ends last (English compounds put the head noun last); on a tie, the longest.
  let head: TermMatch | undefined;
  for (const match of terms) {
    if (!head || match.end > head.end || (match.end === head.end && match.start < head.start)) head = match;
  }
  if (!head || head.entry.category === null) return null;
  const category = head.entry.category;
  const rules = vocabulary.rules.get(category) as CategoryRules;
  let masked = false;

  for (let index = head.end; index < words.length; index++) {
    const word = words[index] as string;
    if (rules.keep.has(word)) continue;
    if (maskWords.has(word)) masked = true;
    else if (harmlessAfter.has(word)) return null;
  }
  for (let index = 0; index < head.start; index++) {
    const word = words[index] as string;
    if (rules.keep.has(word)) continue;
    if (maskWords.has(word)) masked = true;
    else if (sanitizerWords.has(word) || schemaWords.has(word)) return null;
    else if (flagWords.has(word) && !rules.flagsAreSensitive) return null;
  }
  const first = words[0] as string;
  if (head.start > 0 && actionVerbs.has(first) && !rules.keep.has(first)) {
    // `resetPassword` is an action, but in `resetPasswordToken` the verb governs `password`, and
    // `password` qualifies the head directly: a field, not a function.
    if (!terms.some((match) => match !== head && match.end === head.start)) return null;
  }
  if (masked) return rules.maskedCategory;
  return category;
}

/**
 * Creates a name classifier with extra names per category and names to ignore. Throws a
 * `ConfigError` for an unknown category or a name without letters. Each classifier
 * compiles the vocabulary once and keeps a bounded cache of results, because engines call it on
 * every identifier they see.
 */
export function createNameClassifier(options: NameClassifierOptions = {}): NameClassifier {
  validateOptions(options);
  const vocabulary = compileVocabulary(options.extraNames);
  const ignored = new Set((options.ignoreNames ?? []).map((name) => splitName(name).join(' ')));
  const cacheSize = Math.max(0, options.cacheSize ?? DEFAULT_CACHE_SIZE);
  const cache = new Map<string, CategoryId | null>();

  const classify = (name: string): CategoryId | null => {
    const cached = cache.get(name);
    if (cached !== undefined) return cached;
    const words = splitName(name);
    const result = ignored.has(words.join(' '))
      ? null
      : classifyWords(
          words
            .filter((word) => !isNumberOrVersion(word))
            .slice(-MAX_WORDS)
            .map((word) => normalizeWord(word, vocabulary.knownWords)),
          vocabulary,
        );
    if (cacheSize > 0) {
      if (cache.size >= cacheSize) cache.delete(cache.keys().next().value as string);
      cache.set(name, result);
    }
    return result;
  };
  Object.defineProperty(classify, 'cachedNames', { get: () => cache.size, enumerable: true });
  return classify as NameClassifier;
}

/**
 * Classifies an identifier (property, variable, parameter, header or column name) into the
 * category of sensitive data it most likely holds, or `null` when it holds none: `passwordHash` →
 * `credential`, `passwordPolicy` → `null`, `phoneCountryCode` → `phone-fragment`. Pass one name,
 * not a dotted path; an engine that knows the parent may join it (`phone` + `last4` → `phoneLast4`).
 */
export const classifyName: NameClassifier = createNameClassifier();

/**
 * The distinct categories of several property names, in `CATEGORY_IDS` order: engines use it to
 * decide whether a type with these properties carries sensitive data.
 */
export function classifyNames(names: Iterable<string>, classifier: (name: string) => CategoryId | null = classifyName): CategoryId[] {
  const found = new Set<CategoryId>();
  for (const name of names) {
    const category = classifier(name);
    if (category !== null) found.add(category);
  }
  return CATEGORY_IDS.filter((id) => found.has(id));
}
