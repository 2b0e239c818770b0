// Types of scripts/scoreboard.mjs, for its test.

/** A finding as the scoreboard matches it: both engines' output is reduced to this. */
export interface ScoredFinding {
  file: string;
  line: number;
  ruleId: string;
  category: string;
  sink: string;
  message?: string;
  engines?: string[];
  fixture?: string;
}

/** One engine's score on one fixture (or in total). */
export interface Score {
  tp: number;
  bonus: number;
  fp: number;
  fn: number;
  expected: number;
  expectedAll: number;
  precision: number | undefined;
  recall: number | undefined;
  recallAll: number | undefined;
  misses: ScoredFinding[];
  falseAlarms: ScoredFinding[];
}

/** Fixture folders the scoreboard measures. */
export function listFixtures(fixturesDir?: string): string[];
/** The matching key: file, line, rule, category and sink. */
export function keyOf(finding: ScoredFinding): string;
/** Category and sink named by an ESLint message of a leakwatch rule. */
export function parseEslintMessage(ruleId: string, message: string): { category: string; sink: string } | undefined;
/** Scores findings against expected entries; `scope` is what this engine is expected to find. */
export function scoreFindings(expected: ScoredFinding[], actual: ScoredFinding[], scope?: ScoredFinding[]): Score;
/** Adds up scores. */
export function sumScores(scores: Score[]): Score;
/** Counts findings by rule, category and sink, most frequent first. */
export function groupByKind(findings: ScoredFinding[]): [string, number][];
/** Pairs misses with false alarms at the same place and sink (wrong category). */
export function findNearMisses(misses: ScoredFinding[], falseAlarms: ScoredFinding[]): { miss: ScoredFinding; alarm: ScoredFinding }[];
/** The scoreboard as Markdown. */
export function formatMarkdown(
  report: { fixtures: Record<string, Record<string, Score | { error: string }>>; totals: Record<string, Score> },
  fixtures: string[],
  options: { preset: string; engines: string[] },
  status?: Record<string, string>,
): string;
/** Runs the scoreboard. */
export function main(argv?: string[]): Promise<void>;
