/**
 * The fixed ids of the taxonomy. Other tools, configs and SARIF consumers key on these strings,
 * so they never change; new ones may be added.
 */
export const CATEGORY_IDS = [
  'credential',
  'phone',
  'phone-fragment',
  'account-status',
  'contact',
  'government-id',
  'financial',
  'other-pii',
] as const;

/** A category of sensitive data, e.g. `credential` or `phone-fragment`. */
export type CategoryId = (typeof CATEGORY_IDS)[number];

/** Where data must not go: loggers, HTTP responses, external services. */
export const SINK_IDS = ['log', 'response', 'third-party'] as const;

/** A sink id: `log`, `response` or `third-party`. */
export type SinkId = (typeof SINK_IDS)[number];

/** Severities, lowest first (the order matters for `--fail-on`). */
export const SEVERITIES = ['low', 'medium', 'high'] as const;

/** A finding's severity. */
export type Severity = (typeof SEVERITIES)[number];

/** Type guard for category ids coming from configs, schema metadata or JSON. */
export function isCategoryId(value: unknown): value is CategoryId {
  return typeof value === 'string' && (CATEGORY_IDS as readonly string[]).includes(value);
}

/** Type guard for sink ids. */
export function isSinkId(value: unknown): value is SinkId {
  return typeof value === 'string' && (SINK_IDS as readonly string[]).includes(value);
}

/** Type guard for severities. */
export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

/** Compares two severities: negative when `a` is lower than `b`. */
export function compareSeverity(a: Severity, b: Severity): number {
  return SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b);
}
