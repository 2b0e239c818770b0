import type { CategoryId, Severity, SinkId } from '../taxonomy/ids.js';
import type { RuleId } from '../rules/catalog.js';

/**
 * A place in a user's source. `file` is relative to the scanned root (or to the ESLint cwd),
 * with forward slashes; `line` and `column` are 1-based.
 */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

/** The role of one step in the path data took from its source to the sink. */
export type TraceStepKind = 'source' | 'assignment' | 'argument' | 'parameter' | 'return' | 'property' | 'derivation' | 'wrapper' | 'sink';

/**
 * One step of a finding's trace. `expression` is source code text (`account.phone.countryCode`),
 * shortened to at most 120 characters; it is code, never a runtime value.
 */
export interface TraceStep {
  readonly kind: TraceStepKind;
  readonly location: SourceLocation;
  readonly expression: string;
  /** A short human explanation: "returned by UsersService.findOne", "passed to audit() as fields". */
  readonly note?: string;
}

/**
 * One finding: category, sink, where, and how the data got there.
 * By design there is no field that could hold the sensitive value itself.
 */
export interface Finding {
  readonly ruleId: RuleId;
  readonly category: CategoryId;
  readonly sink: SinkId;
  readonly severity: Severity;
  /** Names category, sink and the expression; never a value. */
  readonly message: string;
  readonly location: SourceLocation;
  readonly trace: readonly TraceStep[];
  /** Stable across unrelated edits and line shifts; see createFingerprint. */
  readonly fingerprint: string;
}

/** The longest expression text a finding or trace step carries. */
export const MAX_EXPRESSION_LENGTH = 120;

/**
 * Shortens and normalises expression text for messages and traces: whitespace folded,
 * string literal contents elided (a literal in code may itself be a secret), at most 120 characters.
 */
export function formatExpression(text: string): string {
  let folded = text.replace(/\s+/g, ' ').trim();
  folded = folded.replace(/(['"`])(?:\\.|(?!\1)[^\\])*\1/g, (match, quote: string) =>
    match.length <= 2 ? match : `${quote}…${quote}`,
  );
  return folded.length > MAX_EXPRESSION_LENGTH ? `${folded.slice(0, MAX_EXPRESSION_LENGTH - 1)}…` : folded;
}
