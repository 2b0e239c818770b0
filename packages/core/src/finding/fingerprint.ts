import type { CategoryId, SinkId } from '../taxonomy/ids.js';

/** What a fingerprint is made of: everything that names the finding except its line and column. */
export interface FingerprintInput {
  readonly ruleId: string;
  readonly category: CategoryId;
  readonly sink: SinkId;
  /** File path relative to the scanned root. */
  readonly file: string;
  /** The enclosing function or class member (`UsersController.getProfile`), or '' at module level. */
  readonly scope: string;
  /** The sink expression's text (`res.json(user)`); whitespace is normalised here. */
  readonly sinkExpression: string;
  /** Counts identical inputs in one file, so two identical lines keep distinct fingerprints. */
  readonly occurrence?: number;
}

/**
 * A stable fingerprint: FNV-1a (64-bit, as two 32-bit halves) over the parts that identify a
 * finding but not its position, so baselines and code-scanning alerts survive line shifts.
 * A cryptographic hash is not needed (nothing secret goes in) and would pull in node:crypto.
 */
export function createFingerprint(input: FingerprintInput): string {
  const text = [
    input.ruleId,
    input.category,
    input.sink,
    input.file.replace(/\\/g, '/'),
    input.scope,
    input.sinkExpression.replace(/\s+/g, ' ').trim(),
    String(input.occurrence ?? 0),
  ].join('\u0000');
  return `${fnv1a32(text, 0x811c9dc5)}${fnv1a32(text, 0x050c5d1f)}`;
}

function fnv1a32(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
