import { describe, expect, it } from 'vitest';
import { findNearMisses, formatMarkdown, groupByKind, keyOf, listFixtures, parseEslintMessage, scoreFindings, sumScores, type ScoredFinding } from './scoreboard.mjs';

function entry(file: string, line: number, category: string, sink: string, engines = ['analyzer']): ScoredFinding {
  const ruleId =
    category === 'account-status'
      ? 'no-account-oracle'
      : ({ log: 'no-sensitive-log', response: 'no-sensitive-response' } as Record<string, string>)[sink] ?? 'no-sensitive-third-party';
  return { file, line, ruleId, category, sink, engines };
}

const expected = [
  entry('src/a.ts', 3, 'credential', 'log', ['eslint', 'analyzer']),
  entry('src/a.ts', 9, 'contact', 'response'),
  entry('src/b.ts', 4, 'account-status', 'response', ['eslint', 'analyzer']),
];

describe('scoreFindings', () => {
  it('counts hits, misses and false alarms on the full key', () => {
    const actual = [
      entry('src/a.ts', 3, 'credential', 'log'),
      entry('src/a.ts', 9, 'phone', 'response'), // right place, wrong category: a false alarm and a miss
      entry('src/b.ts', 4, 'account-status', 'response'),
    ];
    const score = scoreFindings(expected, actual);
    expect([score.tp, score.fp, score.fn, score.bonus]).toEqual([2, 1, 1, 0]);
    expect(score.precision).toBeCloseTo(2 / 3);
    expect(score.recall).toBeCloseTo(2 / 3);
    expect(score.misses.map(keyOf)).toEqual([keyOf(expected[1]!)]);
    expect(score.falseAlarms.map((f) => f.category)).toEqual(['phone']);
  });

  it('counts a correct finding outside the engine\'s scope as a bonus, not as a false alarm', () => {
    const scope = expected.filter((e) => e.engines?.includes('eslint'));
    const actual = [entry('src/a.ts', 3, 'credential', 'log'), entry('src/a.ts', 9, 'contact', 'response')];
    const score = scoreFindings(expected, actual, scope);
    expect([score.tp, score.bonus, score.fp, score.fn]).toEqual([1, 1, 0, 1]);
    expect(score.precision).toBe(1);
    expect(score.recall).toBe(0.5);
    expect(score.recallAll).toBeCloseTo(2 / 3);
  });

  it('counts a finding reported twice at one place once', () => {
    const twice = [entry('src/a.ts', 3, 'credential', 'log'), entry('src/a.ts', 3, 'credential', 'log')];
    const score = scoreFindings(expected, twice);
    expect([score.tp, score.fp]).toEqual([1, 0]);
    expect(score.precision).toBe(1);
  });

  it('leaves precision and recall undefined when there is nothing to divide by', () => {
    const score = scoreFindings([], []);
    expect(score.precision).toBeUndefined();
    expect(score.recall).toBeUndefined();
    const alarm = scoreFindings([], [entry('src/c.ts', 1, 'phone', 'log')]);
    expect(alarm.precision).toBe(0);
    expect(alarm.fp).toBe(1);
  });

  it('adds scores up from counts, not by averaging percentages', () => {
    const first = scoreFindings(expected, [entry('src/a.ts', 3, 'credential', 'log')]);
    const second = scoreFindings([entry('src/z.ts', 1, 'phone', 'log')], [entry('src/z.ts', 2, 'phone', 'log')]);
    const total = sumScores([first, second]);
    expect([total.tp, total.fp, total.fn, total.expected]).toEqual([1, 1, 3, 4]);
    expect(total.precision).toBe(0.5);
    expect(total.recall).toBe(0.25);
    expect(total.misses).toHaveLength(3);
  });
});

describe('parseEslintMessage', () => {
  it('reads category and sink from each message form', () => {
    expect(parseEslintMessage('no-sensitive-log', 'credential data in `req.body` reaches a log through `logger.info` (sink log). Log an id.')).toEqual({
      category: 'credential',
      sink: 'log',
    });
    expect(
      parseEslintMessage('no-sensitive-response', '`user` is a whole record whose type carries phone-fragment data, and it reaches the HTTP response through `res.json` (sink response).'),
    ).toEqual({ category: 'phone-fragment', sink: 'response' });
    expect(parseEslintMessage('no-account-oracle', 'account-status revealed through `c.json` (sink third-party): differs.')).toEqual({
      category: 'account-status',
      sink: 'third-party',
    });
  });

  it('ignores category words inside code and falls back to the rule\'s sink', () => {
    expect(parseEslintMessage('no-sensitive-third-party', 'contact data in `phone data` is sent to a third party through `fetch`.')).toEqual({
      category: 'contact',
      sink: 'third-party',
    });
    expect(parseEslintMessage('no-sensitive-log', 'something in `credential data` happened')).toBeUndefined();
  });
});

describe('groupByKind', () => {
  it('orders kinds by count, then by name', () => {
    const kinds = groupByKind([
      entry('a', 1, 'phone', 'log'),
      entry('a', 2, 'contact', 'log'),
      entry('a', 3, 'phone', 'log'),
    ]);
    expect(kinds).toEqual([
      ['no-sensitive-log phone/log', 2],
      ['no-sensitive-log contact/log', 1],
    ]);
  });
});

describe('findNearMisses', () => {
  it('pairs a miss with a false alarm at the same place and sink only', () => {
    const miss = { ...entry('src/a.ts', 7, 'phone-fragment', 'response'), fixture: 'eval-x' };
    const sameSpot = { ...entry('src/a.ts', 7, 'phone', 'response'), fixture: 'eval-x' };
    const otherSink = { ...entry('src/a.ts', 7, 'phone', 'log'), fixture: 'eval-x' };
    const otherFixture = { ...entry('src/a.ts', 7, 'phone', 'response'), fixture: 'eval-y' };
    expect(findNearMisses([miss], [otherSink, otherFixture, sameSpot])).toEqual([{ miss, alarm: sameSpot }]);
    expect(findNearMisses([miss], [otherSink, otherFixture])).toEqual([]);
  });
});

describe('formatMarkdown', () => {
  it('renders a row per fixture and engine, the totals, and the commonest misses', () => {
    const score = scoreFindings(expected, [entry('src/a.ts', 3, 'credential', 'log'), entry('src/q.ts', 1, 'phone', 'log')]);
    const markdown = formatMarkdown(
      { fixtures: { 'eval-x': { analyzer: score, eslint: { error: 'a | b' } } }, totals: { analyzer: sumScores([score]) } },
      ['eval-x'],
      { preset: 'recommended', engines: ['analyzer', 'eslint'] },
    );
    expect(markdown).toContain('| eval-x | analyzer | 1 | 0 | 1 | 2 | 50.0% | 33.3% | 33.3% |');
    expect(markdown).toContain('| eval-x | eslint | error: a \\| b |');
    expect(markdown).toContain('| **total** | analyzer | **1** |');
    expect(markdown).toContain('**analyzer, misses (2)**: no-account-oracle account-status/response ×1; no-sensitive-response contact/response ×1');
  });
});

describe('listFixtures', () => {
  it('measures every evaluation app and the support-forum pair', () => {
    const fixtures = listFixtures();
    expect(fixtures.filter((name) => name.startsWith('eval-')).length).toBe(49);
    expect(fixtures).toContain('eval-clean');
    expect(fixtures).toContain('support-forum');
    expect(fixtures).toContain('support-forum-fixed');
    expect(fixtures.some((name) => name.startsWith('analyzer-'))).toBe(false);
  });
});
