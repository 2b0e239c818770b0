import { describe, expect, it } from 'vitest';
import { SENSITIVE_LITERALS, createSampleResult } from '../result/test-results.js';
import { expectNoSensitiveLiterals } from '../result/test-sensitive.js';
import { renderText } from './text.js';

describe('renderText', () => {
  const result = createSampleResult();

  it('groups findings by file, each followed by its trace', () => {
    const lines = renderText(result).split('\n');
    const controller = lines.indexOf('src/users/users.controller.ts');
    expect(controller).toBeGreaterThanOrEqual(0);
    expect(lines[controller + 1]).toMatch(/^ {2}13:5 +medium +Contact details .*no-sensitive-response \[contact → response\]$/);
    expect(lines[controller + 2]).toMatch(/^ {6}source +src\/users\/users\.repository\.ts:7:12 +this\.db\.user\.findUnique/);
    expect(lines[controller + 3]).toContain('return     src/users/users.service.ts:7:5');
    // Each file heading appears once, however many findings it has.
    expect(lines.filter((line) => line === 'src/auth/login.ts')).toHaveLength(1);
  });

  it('lists diagnostics and a summary with counts by severity', () => {
    const text = renderText(result);
    expect(text).toContain("  error   src/legacy/broken.ts:3  ')' expected.  parse-error");
    expect(text).toContain("  warning tsconfig.json extends './missing.json', which does not exist  tsconfig-error");
    expect(text).toContain('9 findings (5 high, 3 medium, 1 low) in 4 files.');
    expect(text).toContain('Scanned 1 project, 12 files, 4 routes, 3 diagnostics in 812 ms (TypeScript 6.0.2).');
  });

  it('says so when there is nothing to report, and counts held-back findings', () => {
    const clean = createSampleResult({ findings: [], diagnostics: [], stats: { ...result.stats, suppressed: 2, baselined: 1 } });
    expect(renderText(clean)).toMatch(/^No findings\. 2 suppressed, 1 in the baseline\.\n/);
  });

  it('uses ANSI colour only when asked to', () => {
    expect(renderText(result)).not.toContain('\u001b[');
    const coloured = renderText(result, { color: true });
    expect(coloured).toContain('\u001b[31mhigh  \u001b[0m');
    expect(coloured.replace(/\u001b\[[\d;]*m/g, '')).toBe(renderText(result));
  });

  it('contains no sensitive literal', () => {
    expectNoSensitiveLiterals(renderText(result), SENSITIVE_LITERALS);
  });
});
