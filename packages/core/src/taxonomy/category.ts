import type { CategoryId, Severity, SinkId } from './ids.js';

/**
 * Words that make a name belong to a category. The classifier (`names/`) splits a name into
 * lower-case words and matches these against the word sequence, so `userPhoneNumber`,
 * `user_phone_number` and `USER-PHONE-NUMBER` all read `user phone number`.
 */
export interface NameVocabulary {
  /** Word sequences (space-separated) that mark the category wherever they appear: `phone number`, `pwd`. */
  readonly terms: readonly string[];
  /**
   * Word sequences that only count as the last words of a name (or before transparent words such
   * as `value`): ambiguous words like `token` (`tokenBalance`) or `secret` (`secretName`).
   */
  readonly suffixTerms?: readonly string[];
  /** Word sequences that contain a term but name something harmless; they cancel the terms inside them: `page token`, `mac address`. */
  readonly notTerms?: readonly string[];
  /** Shared harmless modifiers (`names/modifiers.ts`) that do not clear this category: `until` in `lockedUntil`. */
  readonly keepModifiers?: readonly string[];
  /** Whether a yes/no flag about a term is itself this category (`isLocked`); otherwise `is`/`has` clear it. */
  readonly flagsAreSensitive?: boolean;
  /** The category a masked or partial value falls into (`maskedPhone` → `phone-fragment`); by default masking clears it. */
  readonly maskedCategory?: CategoryId;
}

/** One example name, value or snippet a category's own test checks. */
export interface CategoryExamples {
  /** Names that classify as this category. */
  readonly names: readonly string[];
  /** Names that look related but are not sensitive (tricky negatives): `passwordPolicy`, `hasPassword`. */
  readonly notNames: readonly string[];
  /** Values `findSensitiveValues` must find as this category. Fake, generated-looking data only. */
  readonly values: readonly string[];
  /** Values that must not be found as this category. */
  readonly notValues: readonly string[];
}

/** A category's definition: the single source every engine, doc and test reads. */
export interface CategoryDefinition {
  readonly id: CategoryId;
  readonly title: string;
  /** One or two sentences a reviewer reads in a finding's help text. */
  readonly why: string;
  /** Severity by sink when the policy does not lower or raise it (see docs/policy.md). */
  readonly defaultSeverity: Readonly<Record<SinkId, Severity>>;
  readonly names: NameVocabulary;
  /** Ids of the value detectors (values/detectors) that find this category in free text. */
  readonly valueDetectors: readonly string[];
  readonly examples: CategoryExamples;
}
