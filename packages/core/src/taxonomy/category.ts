import type { CategoryId, Severity, SinkId } from './ids.js';

/**
 * Words that make a name belong to a category. The classifier (`names/`) splits a name into
 * lower-case words and matches these against the word sequence, so `userPhoneNumber`,
 * `user_phone_number` and `USER-PHONE-NUMBER` all read `user phone number`.
 */
export interface NameVocabulary {
  /** Word sequences (space-separated) that mark the category wherever they appear: `phone number`, `pwd`. */
  readonly terms: readonly string[];
  /** Word sequences that only count as the last words of a name: `hash` in `passwordHash`. */
  readonly suffixTerms?: readonly string[];
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
