import { isRuleId } from '@leakwatch/core';
import type { Diagnostic, Finding, ScanResult } from '../result/scan-result.js';
import { sortScanResult } from '../result/sort.js';
import { recountStats } from '../result/stats.js';

/** The comment directive, as users write it. */
export const SUPPRESSION_DIRECTIVE = 'leakwatch-ignore-next-line';

/** One `// leakwatch-ignore-next-line <rule-id>[, <rule-id>] -- <reason>` comment. */
export interface Suppression {
  /** 1-based line of the comment; it covers findings on the next line. */
  readonly line: number;
  readonly ruleIds: readonly string[];
  /** The text after ` -- `, trimmed; empty when missing. */
  readonly reason: string;
}

const DIRECTIVE_TAIL = /^(.*?)(?:\*\/.*)?$/;

/**
 * The text after the directive when `lineText` holds a real directive comment, else undefined.
 * The comment opener must start the line or follow white space, and the line must not continue a
 * doc comment, so the syntax quoted in documentation (`// leakwatch-ignore-next-line …` inside a
 * JSDoc block or a string) is not a suppression. indexOf instead of one regex keeps long minified
 * lines linear.
 */
function readDirective(lineText: string): string | undefined {
  const at = lineText.indexOf(SUPPRESSION_DIRECTIVE);
  if (at < 0 || /^\s*\*/.test(lineText)) return undefined;
  let opener = at - 1;
  while (opener >= 0 && (lineText[opener] === ' ' || lineText[opener] === '\t')) opener--;
  const pair = lineText.slice(opener - 1, opener + 1);
  if (pair !== '//' && pair !== '/*') return undefined;
  const before = lineText[opener - 2];
  if (before !== undefined && before !== ' ' && before !== '\t') return undefined;
  const rest = lineText.slice(at + SUPPRESSION_DIRECTIVE.length);
  if (/^[\w-]/.test(rest)) return undefined;
  return DIRECTIVE_TAIL.exec(rest)?.[1];
}

/** Finds every suppression comment in a file's text. */
export function findSuppressions(text: string): Suppression[] {
  if (!text.includes(SUPPRESSION_DIRECTIVE)) return [];
  const suppressions: Suppression[] = [];
  text.split(/\r?\n/).forEach((lineText, index) => {
    const body = readDirective(lineText);
    if (body === undefined) return;
    const separator = body.indexOf('--');
    const rules = separator < 0 ? body : body.slice(0, separator);
    const reason = separator < 0 ? '' : body.slice(separator + 2).trim();
    const ruleIds = rules.split(/[\s,]+/).filter(Boolean);
    suppressions.push({ line: index + 1, ruleIds, reason });
  });
  return suppressions;
}

/**
 * Applies suppression comments to a result, as a post-pass over findings with the files' text
 * (`sources`: root-relative path → text, for every file in scope). A finding is dropped when the
 * line above it carries a suppression naming its rule and giving a reason. A suppression without
 * a reason suppresses nothing and becomes an error diagnostic; one naming no rule, an unknown
 * rule, or covering no finding becomes an `unused-suppression` warning.
 */
export function applySuppressions(result: ScanResult, sources: ReadonlyMap<string, string>): ScanResult {
  const diagnostics: Diagnostic[] = [];
  const active = new Map<string, Suppression>();
  for (const [file, text] of sources) {
    for (const suppression of findSuppressions(text)) {
      if (suppression.ruleIds.length === 0) {
        diagnostics.push({
          code: 'unused-suppression',
          severity: 'warning',
          message: `${SUPPRESSION_DIRECTIVE} names no rule; write \`${SUPPRESSION_DIRECTIVE} <rule-id> -- <reason>\``,
          file,
          line: suppression.line,
        });
      } else if (suppression.reason === '') {
        diagnostics.push({
          code: 'suppression-without-reason',
          severity: 'error',
          message: `${SUPPRESSION_DIRECTIVE} ${suppression.ruleIds.join(', ')} has no reason, so it suppresses nothing; add \` -- <why this is safe>\``,
          file,
          line: suppression.line,
        });
      } else {
        active.set(`${file}\u0000${suppression.line + 1}`, suppression);
      }
    }
  }

  const used = new Set<string>();
  const kept: Finding[] = [];
  for (const finding of result.findings) {
    const key = `${finding.location.file}\u0000${finding.location.line}`;
    const suppression = active.get(key);
    if (suppression?.ruleIds.includes(finding.ruleId)) {
      used.add(`${key}\u0000${finding.ruleId}`);
    } else {
      kept.push(finding);
    }
  }
  for (const [key, suppression] of active) {
    const [file = '', nextLine = '0'] = key.split('\u0000');
    for (const ruleId of suppression.ruleIds) {
      if (used.has(`${key}\u0000${ruleId}`)) continue;
      diagnostics.push({
        code: 'unused-suppression',
        severity: 'warning',
        message: isRuleId(ruleId)
          ? `${SUPPRESSION_DIRECTIVE} ${ruleId} suppresses nothing on line ${nextLine}; remove it`
          : `${SUPPRESSION_DIRECTIVE} names an unknown rule "${ruleId}"`,
        file,
        line: suppression.line,
      });
    }
  }

  return recountStats(
    sortScanResult({
      ...result,
      findings: kept,
      diagnostics: [...result.diagnostics, ...diagnostics],
      stats: { ...result.stats, suppressed: result.stats.suppressed + (result.findings.length - kept.length) },
    }),
  );
}
