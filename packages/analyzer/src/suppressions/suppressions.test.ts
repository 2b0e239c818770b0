import { describe, expect, it } from 'vitest';
import { SAMPLE_SOURCES, createSampleResult } from '../result/test-results.js';
import { applySuppressions, findSuppressions } from './suppressions.js';

const login = 'src/auth/login.ts';

function withLineAbove(file: string, line: number, comment: string): Map<string, string> {
  const lines = (SAMPLE_SOURCES[file] ?? '').split('\n');
  lines[line - 2] = `${lines[line - 2] ?? ''} ${comment}`;
  return new Map([[file, lines.join('\n')]]);
}

describe('findSuppressions', () => {
  it('reads rule ids and the reason after --, in line and block comments', () => {
    const text = [
      'a();',
      '// leakwatch-ignore-next-line no-sensitive-log -- only the user id is in there',
      'b(); /* leakwatch-ignore-next-line no-sensitive-log, no-sensitive-third-party -- reviewed in #42 */',
      '  // leakwatch-ignore-next-line no-sensitive-response',
      '// leakwatch-ignore-line-typo no-sensitive-log -- nope',
      '/** Write `// leakwatch-ignore-next-line <rule-id> -- <reason>` above the line. */',
      ' * // leakwatch-ignore-next-line no-sensitive-log -- quoted in a doc block',
      "const hint = '// leakwatch-ignore-next-line no-sensitive-log -- in a string';",
      'x(); //leakwatch-ignore-next-line-ish',
    ].join('\n');
    expect(findSuppressions(text)).toEqual([
      { line: 2, ruleIds: ['no-sensitive-log'], reason: 'only the user id is in there' },
      { line: 3, ruleIds: ['no-sensitive-log', 'no-sensitive-third-party'], reason: 'reviewed in #42' },
      { line: 4, ruleIds: ['no-sensitive-response'], reason: '' },
    ]);
  });
});

describe('applySuppressions', () => {
  const result = createSampleResult();

  it('drops only the findings of the named rule on the next line and counts them', () => {
    // login.ts line 7 has two no-sensitive-log findings (credential, contact).
    const next = applySuppressions(result, withLineAbove(login, 7, '// leakwatch-ignore-next-line no-sensitive-log -- body is redacted by pino'));
    expect(next.findings).toHaveLength(result.findings.length - 2);
    expect(next.findings.some((finding) => finding.location.file === login && finding.location.line === 7)).toBe(false);
    expect(next.stats.suppressed).toBe(2);
    expect(next.stats.findings).toBe(result.findings.length - 2);
    expect(next.diagnostics).toEqual(result.diagnostics);
  });

  it('does not suppress another rule on that line, and reports the suppression as unused', () => {
    const next = applySuppressions(result, withLineAbove(login, 10, '// leakwatch-ignore-next-line no-sensitive-log -- wrong rule'));
    expect(next.findings).toEqual(result.findings);
    expect(next.diagnostics).toContainEqual({
      code: 'unused-suppression',
      severity: 'warning',
      message: 'leakwatch-ignore-next-line no-sensitive-log suppresses nothing on line 10; remove it',
      file: login,
      line: 9,
    });
  });

  it('refuses a suppression without a reason: the finding stays and an error diagnostic says why', () => {
    const next = applySuppressions(result, withLineAbove(login, 10, '// leakwatch-ignore-next-line no-account-oracle'));
    expect(next.findings).toEqual(result.findings);
    expect(next.stats.suppressed).toBe(0);
    expect(next.diagnostics).toContainEqual({
      code: 'suppression-without-reason',
      severity: 'error',
      message: 'leakwatch-ignore-next-line no-account-oracle has no reason, so it suppresses nothing; add ` -- <why this is safe>`',
      file: login,
      line: 9,
    });
  });

  it('reports unknown rule ids and empty directives', () => {
    const sources = new Map([['src/x.ts', '// leakwatch-ignore-next-line no-such-rule -- x\na();\n// leakwatch-ignore-next-line -- why\nb();']]);
    const messages = applySuppressions(result, sources).diagnostics.filter((d) => d.file === 'src/x.ts').map((d) => `${d.line} ${d.message}`);
    expect(messages).toEqual([
      '1 leakwatch-ignore-next-line names an unknown rule "no-such-rule"',
      '3 leakwatch-ignore-next-line names no rule; write `leakwatch-ignore-next-line <rule-id> -- <reason>`',
    ]);
  });

  it('ignores a suppression two lines above the finding', () => {
    const lines = (SAMPLE_SOURCES[login] ?? '').split('\n');
    lines.splice(9, 0, '');
    lines.splice(9, 0, '// leakwatch-ignore-next-line no-account-oracle -- too far away');
    const moved = createSampleResult({
      findings: result.findings.map((finding) =>
        finding.location.file === login && finding.location.line === 10 ? { ...finding, location: { ...finding.location, line: 12 } } : finding,
      ),
    });
    const next = applySuppressions(moved, new Map([[login, lines.join('\n')]]));
    expect(next.stats.suppressed).toBe(0);
    expect(next.diagnostics.map((diagnostic) => diagnostic.code)).toContain('unused-suppression');
  });
});
