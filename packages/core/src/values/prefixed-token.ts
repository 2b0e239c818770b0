import { isAlnum } from './chars.js';
import type { MatchReporter } from './detector.js';

/** How a vendor token continues after its fixed prefix. */
export interface PrefixedTokenShape {
  readonly prefixes: readonly string[];
  /** Characters the token body may contain. */
  readonly isBodyChar: (code: number) => boolean;
  readonly minBody: number;
  readonly maxBody: number;
  /** Extra check on the body (entropy, required characters). */
  readonly isValidBody?: (body: string) => boolean;
}

/**
 * Scans for tokens made of a fixed prefix and a bounded body (`ghp_…`, `sk_live_…`). Only runs
 * where a prefix occurs (indexOf), and never reads more than `maxBody + 1` characters per hit.
 */
export function scanPrefixedTokens(text: string, shape: PrefixedTokenShape, report: MatchReporter): void {
  for (const prefix of shape.prefixes) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(prefix, from);
      if (start === -1) break;
      from = start + prefix.length;
      const before = text.charCodeAt(start - 1);
      // `task-…` is not `sk-…`: the prefix must start a token.
      if (isAlnum(before) || before === 95 || before === 45) continue;
      const bodyStart = start + prefix.length;
      let end = bodyStart;
      while (shape.isBodyChar(text.charCodeAt(end)) && end - bodyStart <= shape.maxBody) end++;
      from = end;
      const length = end - bodyStart;
      if (length < shape.minBody || length > shape.maxBody) continue;
      if (shape.isValidBody !== undefined && !shape.isValidBody(text.slice(bodyStart, end))) continue;
      if (report(start, end)) return;
    }
  }
}

/** Whether `body` mixes upper case, lower case and digits, as random secrets do and words do not. */
export function hasMixedCharacters(body: string): boolean {
  return /[A-Z]/.test(body) && /[a-z]/.test(body) && /[0-9]/.test(body);
}
