import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scan } from './scan.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const fixturesDir = path.join(repoRoot, 'fixtures');

interface ExpectedFinding {
  readonly file: string;
  readonly line: number;
  readonly ruleId: string;
  readonly category: string;
  readonly sink: string;
}

function readExpected(dir: string): ExpectedFinding[] {
  const raw = JSON.parse(readFileSync(path.join(dir, 'expected-findings.json'), 'utf8')) as ExpectedFinding[] | { findings: ExpectedFinding[] };
  return Array.isArray(raw) ? raw : raw.findings;
}

function keyOf(finding: ExpectedFinding): string {
  return `${finding.file}:${finding.line} ${finding.ruleId} ${finding.category} ${finding.sink}`;
}

// Every fixture app with an expected-findings.json: the analyzer's own (`analyzer-*`) and the
// incident fixture with its fixed twin. The match is exact: a missing finding and an extra one both fail.
const apps = existsSync(fixturesDir)
  ? readdirSync(fixturesDir)
      .filter((name) => name.startsWith('analyzer-') || name === 'support-forum' || name === 'support-forum-fixed')
      .filter((name) => existsSync(path.join(fixturesDir, name, 'expected-findings.json')))
      .sort()
  : [];

describe('fixture apps', () => {
  it('finds the fixture apps', () => {
    expect(apps).toEqual(expect.arrayContaining(['analyzer-express', 'analyzer-held-out-gaps', 'support-forum', 'support-forum-fixed']));
  });

  for (const app of apps) {
    it(`${app}: matches expected-findings.json exactly`, async () => {
      const dir = path.join(fixturesDir, app);
      const result = await scan({ root: dir });
      const actual = result.findings.map((finding) => keyOf({ ...finding.location, ...finding })).sort();
      const expected = readExpected(dir).map(keyOf).sort();
      expect(actual).toEqual(expected);
      expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    });
  }
});
