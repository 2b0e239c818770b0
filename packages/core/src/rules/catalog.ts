import type { CategoryId, Severity, SinkId } from '../taxonomy/ids.js';
import { CATEGORY_IDS } from '../taxonomy/ids.js';

/** The engines that can implement a rule. */
export type EngineId = 'eslint' | 'analyzer' | 'guard';

/** Shared metadata of one rule: the source of docs tables, SARIF `tool.driver.rules` and presets. */
export interface RuleMeta {
  readonly id: string;
  readonly title: string;
  /** One sentence, used as ESLint `docs.description` and SARIF `shortDescription`. */
  readonly description: string;
  /** A paragraph for SARIF `fullDescription`/`help` and the docs page intro. */
  readonly help: string;
  readonly categories: readonly CategoryId[];
  readonly sinks: readonly SinkId[];
  readonly defaultSeverity: Severity;
  readonly engines: readonly EngineId[];
  /** True when the ESLint rule needs type information to do all of its work. */
  readonly usesTypeInformation: boolean;
}

/** Where rule docs live; ESLint `docs.url` and SARIF `helpUri` point here. */
export const DOCS_BASE_URL = 'https://github.com/leakwatch/leakwatch/blob/main/docs/rules';

/** Docs URL of a rule. */
export function getRuleDocsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}/${ruleId}.md`;
}

const ALL_BUT_STATUS = CATEGORY_IDS.filter((id) => id !== 'account-status');

/** Every rule, keyed by id. Ids are fixed: configs, suppressions and SARIF alerts refer to them. */
export const RULES = {
  'no-sensitive-log': {
    id: 'no-sensitive-log',
    title: 'No sensitive data in logs',
    description: 'Disallow credentials and personal data reaching a logger or the console.',
    help:
      'Logs are shipped to aggregators, kept for years and read by far more people than the database. Log an id, a hash or a boolean instead of the value, or configure the logger to redact the path.',
    categories: CATEGORY_IDS.filter((id) => id !== 'account-status'),
    sinks: ['log'],
    defaultSeverity: 'medium',
    engines: ['eslint', 'analyzer'],
    usesTypeInformation: false,
  },
  'no-sensitive-response': {
    id: 'no-sensitive-response',
    title: 'No sensitive data in HTTP responses',
    description:
      'Disallow credentials, phone fragments and personal data the caller is not entitled to in HTTP responses.',
    help:
      'Return an explicit projection (a DTO, a zod schema without the field, a Prisma select) instead of a whole record. Credentials never belong in a response except when issued to the caller who just authenticated.',
    categories: ALL_BUT_STATUS,
    sinks: ['response'],
    defaultSeverity: 'medium',
    engines: ['eslint', 'analyzer', 'guard'],
    usesTypeInformation: false,
  },
  'no-sensitive-third-party': {
    id: 'no-sensitive-third-party',
    title: 'No sensitive data sent to third parties',
    description: 'Disallow credentials and personal data in analytics, error trackers, webhooks, LLM APIs and requests to other origins.',
    help:
      'Send an opaque id, or hash the value with a key the third party does not hold. Delivery to the data subject (an SMS to their own number) is not a leak.',
    categories: ALL_BUT_STATUS,
    sinks: ['third-party'],
    defaultSeverity: 'high',
    engines: ['eslint', 'analyzer'],
    usesTypeInformation: false,
  },
  'no-account-oracle': {
    id: 'no-account-oracle',
    title: 'No account-state oracle',
    description:
      'Disallow responses of unauthenticated handlers that differ by account state (locked, suspended, banned, disabled).',
    help:
      'Answer an unknown account and a locked one identically (same status, body, headers and timing) until the caller has proven ownership, for example by verifying the password.',
    categories: ['account-status'],
    sinks: ['response', 'third-party'],
    defaultSeverity: 'high',
    engines: ['eslint', 'analyzer'],
    usesTypeInformation: false,
  },
} as const satisfies Record<string, RuleMeta>;

/** A rule id: `no-sensitive-log`, `no-sensitive-response`, `no-sensitive-third-party` or `no-account-oracle`. */
export type RuleId = keyof typeof RULES;

/** Every rule id, in catalog order. */
export const RULE_IDS = Object.keys(RULES) as RuleId[];

/** Type guard for rule ids from suppressions, configs or JSON. */
export function isRuleId(value: unknown): value is RuleId {
  return typeof value === 'string' && Object.hasOwn(RULES, value);
}

/** The rule that reports a category reaching a sink. */
export function findRuleFor(category: CategoryId, sink: SinkId): RuleId {
  if (category === 'account-status') return 'no-account-oracle';
  if (sink === 'log') return 'no-sensitive-log';
  if (sink === 'response') return 'no-sensitive-response';
  return 'no-sensitive-third-party';
}
