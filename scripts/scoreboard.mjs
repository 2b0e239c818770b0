#!/usr/bin/env node
// Measures both static engines against the fixtures' expected-findings.json: the independent
// evaluation corpus (fixtures/eval-*) and the support-forum incident pair. It is a measurement,
// not a gate: it always exits 0, and an engine whose dist/ is missing is reported "not built".
//
//   node scripts/scoreboard.mjs [--only <fixture>] [--engine analyzer|eslint] [--preset <name>] [--json <file>] [--markdown <file>]
//
// Build first (`pnpm exec tsc -b`): both engines are loaded from their dist/.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ANALYZER_CLI = join(ROOT, 'packages/analyzer/dist/cli/main.js');
const ESLINT_PLUGIN = join(ROOT, 'packages/eslint-plugin/dist/index.js');
const CATEGORIES = ['credential', 'phone-fragment', 'phone', 'account-status', 'contact', 'government-id', 'financial', 'other-pii'];
const RULE_PREFIX = '@leakwatch/';
// A whole-program scan of one small fixture takes seconds; a hang must not stall the run.
const ANALYZER_TIMEOUT_MS = 300_000;

/** Fixture folders the scoreboard measures: `eval-*` and `support-forum*` with an expected-findings.json. */
export function listFixtures(fixturesDir = join(ROOT, 'fixtures')) {
  return readdirSync(fixturesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^(eval-|support-forum)/.test(entry.name))
    .filter((entry) => existsSync(join(fixturesDir, entry.name, 'expected-findings.json')))
    .map((entry) => entry.name)
    .sort();
}

/** The key two findings are matched on: file, line, rule, category and sink. */
export function keyOf(finding) {
  return [finding.file, finding.line, finding.ruleId, finding.category, finding.sink].join('|');
}

/**
 * Reads category and sink back from an ESLint message, which names both ("contact data in
 * `user.email` … (sink third-party)"). Code in backticks is dropped first so an expression such
 * as `row.phone` cannot pass for a category.
 */
export function parseEslintMessage(ruleId, message) {
  const prose = message.replace(/`[^`]*`/g, '``');
  const sink = /\(sink (log|response|third-party)\)/.exec(prose)?.[1] ?? defaultSink(ruleId);
  let category;
  if (ruleId === 'no-account-oracle') category = 'account-status';
  else {
    const pattern = new RegExp(`\\b(${CATEGORIES.join('|')}) (?:data|revealed)\\b`);
    category = pattern.exec(prose)?.[1];
  }
  return category === undefined || sink === undefined ? undefined : { category, sink };
}

function defaultSink(ruleId) {
  return { 'no-sensitive-log': 'log', 'no-sensitive-response': 'response', 'no-sensitive-third-party': 'third-party' }[ruleId];
}

/**
 * Scores one engine's findings against a fixture's expected list. `scope` are the entries the
 * engine is expected to find (for ESLint, those whose `engines` include it); a correct finding
 * outside the scope counts as a `bonus`, never as a false alarm.
 */
export function scoreFindings(expected, actual, scope = expected) {
  const expectedKeys = new Map(expected.map((entry) => [keyOf(entry), entry]));
  const scopeKeys = new Set(scope.map(keyOf));
  const actualByKey = new Map();
  for (const finding of actual) if (!actualByKey.has(keyOf(finding))) actualByKey.set(keyOf(finding), finding);

  const hits = [];
  const bonus = [];
  const falseAlarms = [];
  for (const [key, finding] of actualByKey) {
    if (scopeKeys.has(key)) hits.push(finding);
    else if (expectedKeys.has(key)) bonus.push(finding);
    else falseAlarms.push(finding);
  }
  const misses = scope.filter((entry) => !actualByKey.has(keyOf(entry)));
  const reported = actualByKey.size;
  return {
    tp: hits.length,
    bonus: bonus.length,
    fp: falseAlarms.length,
    fn: misses.length,
    expected: scope.length,
    expectedAll: expected.length,
    precision: reported === 0 ? undefined : (hits.length + bonus.length) / reported,
    recall: scope.length === 0 ? undefined : hits.length / scope.length,
    recallAll: expected.length === 0 ? undefined : (hits.length + bonus.length) / expected.length,
    misses,
    falseAlarms,
  };
}

/** Adds up per-fixture scores into one. */
export function sumScores(scores) {
  const total = { tp: 0, bonus: 0, fp: 0, fn: 0, expected: 0, expectedAll: 0, misses: [], falseAlarms: [] };
  for (const score of scores) {
    for (const field of ['tp', 'bonus', 'fp', 'fn', 'expected', 'expectedAll']) total[field] += score[field];
    total.misses.push(...score.misses);
    total.falseAlarms.push(...score.falseAlarms);
  }
  const reported = total.tp + total.bonus + total.fp;
  total.precision = reported === 0 ? undefined : (total.tp + total.bonus) / reported;
  total.recall = total.expected === 0 ? undefined : total.tp / total.expected;
  total.recallAll = total.expectedAll === 0 ? undefined : (total.tp + total.bonus) / total.expectedAll;
  return total;
}

/** Pairs each miss with a false alarm at the same fixture, file, line and sink: the right place with the wrong category. */
export function findNearMisses(misses, falseAlarms) {
  const pairs = [];
  const used = new Set();
  for (const miss of misses) {
    const alarm = falseAlarms.find(
      (candidate) =>
        !used.has(candidate) && candidate.fixture === miss.fixture && candidate.file === miss.file && candidate.line === miss.line && candidate.sink === miss.sink,
    );
    if (alarm) {
      used.add(alarm);
      pairs.push({ miss, alarm });
    }
  }
  return pairs;
}

/** Counts misses or false alarms by (rule, category, sink), most frequent first. */
export function groupByKind(findings) {
  const counts = new Map();
  for (const finding of findings) {
    const kind = `${finding.ruleId} ${finding.category}/${finding.sink}`;
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function readExpected(dir) {
  return JSON.parse(readFileSync(join(dir, 'expected-findings.json'), 'utf8'));
}

/** Runs the analyzer CLI on one fixture; resolves to its findings, or to `{ error }`. */
async function runAnalyzer(dir) {
  if (!existsSync(ANALYZER_CLI)) return { notBuilt: true };
  const child = spawn(process.execPath, [ANALYZER_CLI, 'scan', dir, '--format', 'json', '--fail-on', 'none'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), ANALYZER_TIMEOUT_MS);
  const code = await new Promise((done) => child.on('close', (status) => done(status)));
  clearTimeout(timer);
  try {
    const result = JSON.parse(stdout);
    return {
      findings: (result.findings ?? []).map((finding) => ({
        file: finding.location.file,
        line: finding.location.line,
        ruleId: finding.ruleId,
        category: finding.category,
        sink: finding.sink,
        message: finding.message,
      })),
    };
  } catch {
    const reason = stderr.trim().split('\n')[0] || `exit ${code ?? 'killed (timeout)'}, no JSON on stdout`;
    return { error: reason };
  }
}

let eslintSetup;
async function loadEslint() {
  if (!existsSync(ESLINT_PLUGIN)) return { notBuilt: true };
  eslintSetup ??= (async () => {
    const [{ ESLint }, tseslint, plugin] = await Promise.all([
      import('eslint'),
      import('typescript-eslint'),
      import(pathToFileURL(ESLINT_PLUGIN).href),
    ]);
    return { ESLint, parser: tseslint.default.parser, plugin: plugin.default };
  })();
  try {
    return await eslintSetup;
  } catch (error) {
    return { error: `cannot load the plugin: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Lints one fixture's src/ with a preset (`recommended-type-checked` by default); resolves to its findings, or to `{ error }`. */
async function runEslint(dir, presetName = 'recommended-type-checked') {
  const setup = await loadEslint();
  if (!setup.ESLint) return setup;
  const preset = setup.plugin.configs?.[presetName];
  if (!preset) return { error: `the plugin has no ${presetName} preset` };
  try {
    const eslint = new setup.ESLint({
      cwd: dir,
      overrideConfigFile: true,
      overrideConfig: [
        { files: ['**/*.ts'], languageOptions: { parser: setup.parser, parserOptions: { projectService: true, tsconfigRootDir: dir } } },
        preset,
      ],
    });
    const results = await eslint.lintFiles(['src/**/*.ts']);
    const findings = [];
    const problems = [];
    for (const result of results) {
      const file = relative(dir, result.filePath).replaceAll('\\', '/');
      for (const message of result.messages) {
        if (!message.ruleId?.startsWith(RULE_PREFIX)) {
          // A parse error or another plugin's message: the engine did not run on this file.
          problems.push(`${file}:${message.line} ${message.message}`);
          continue;
        }
        const ruleId = message.ruleId.slice(RULE_PREFIX.length);
        const parsed = parseEslintMessage(ruleId, message.message);
        findings.push({
          file,
          line: message.line,
          ruleId,
          category: parsed?.category ?? '?',
          sink: parsed?.sink ?? '?',
          message: message.message,
        });
      }
    }
    return { findings, problems };
  } catch (error) {
    return { error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}

const percent = (value) => (value === undefined ? 'n/a' : `${(value * 100).toFixed(1)}%`);
const describe = (finding) => `${finding.file}:${finding.line} ${finding.ruleId} ${finding.category}/${finding.sink}`;

function formatRow(name, engine, score) {
  const cells = [
    name.padEnd(22),
    engine.padEnd(9),
    String(score.tp).padStart(4),
    String(score.bonus).padStart(6),
    String(score.fp).padStart(4),
    String(score.fn).padStart(4),
    percent(score.precision).padStart(10),
    percent(score.recall).padStart(8),
    percent(score.recallAll).padStart(12),
  ];
  return cells.join(' ');
}

/** The scoreboard as Markdown: a table per fixture and engine, then the commonest misses and false alarms. */
export function formatMarkdown(report, fixtures, options, status = {}) {
  const cell = (score) =>
    score.error !== undefined
      ? [`error: ${score.error.replaceAll('|', '\\|')}`, '', '', '', '', '', '']
      : [score.tp, score.bonus, score.fp, score.fn, percent(score.precision), percent(score.recall), percent(score.recallAll)];
  const lines = [
    `ESLint preset: \`${options.preset}\`.`,
    '',
    '| fixture | engine | TP | bonus | FP | FN | precision | recall | recall(all) |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const name of fixtures) {
    for (const engine of options.engines) {
      const score = report.fixtures[name]?.[engine];
      if (score) lines.push(`| ${name} | ${engine} | ${cell(score).join(' | ')} |`);
    }
  }
  for (const engine of options.engines) {
    const total = report.totals[engine];
    if (total) lines.push(`| **total** | ${engine} | ${cell(total).map((value) => `**${value}**`).join(' | ')} |`);
    else if (status[engine]) lines.push(`| **total** | ${engine} | ${status[engine]} |||||||`);
  }
  for (const engine of options.engines) {
    const total = report.totals[engine];
    if (!total) continue;
    for (const [title, findings] of [
      ['misses', total.misses],
      ['false alarms', total.falseAlarms],
    ]) {
      const kinds = groupByKind(findings);
      lines.push('', `**${engine}, ${title} (${findings.length})**: ${kinds.map(([kind, count]) => `${kind} ×${count}`).join('; ') || 'none'}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function parseArgs(argv) {
  const options = { only: undefined, engines: ['analyzer', 'eslint'], json: undefined, markdown: undefined, preset: 'recommended-type-checked' };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--only') options.only = argv[++index];
    else if (arg === '--engine') options.engines = [argv[++index]];
    else if (arg === '--json') options.json = argv[++index];
    else if (arg === '--preset') options.preset = argv[++index];
    else if (arg === '--markdown') options.markdown = argv[++index];
    else if (arg === '--help' || arg === '-h') options.help = true;
  }
  return options;
}

/** Runs every engine over every fixture and prints the scoreboard. */
export async function main(argv = process.argv.slice(2)) {
  const options = parseArgs(argv);
  if (options.help) {
    console.log('usage: node scripts/scoreboard.mjs [--only <fixture>] [--engine analyzer|eslint] [--preset <name>] [--json <file>] [--markdown <file>]');
    return;
  }
  const fixtures = listFixtures().filter((name) => options.only === undefined || name === options.only);
  const runners = { analyzer: runAnalyzer, eslint: (dir) => runEslint(dir, options.preset) };
  const report = { fixtures: {}, totals: {} };
  const status = {};

  for (const name of fixtures) {
    const dir = join(ROOT, 'fixtures', name);
    const expected = readExpected(dir);
    report.fixtures[name] = {};
    for (const engine of options.engines) {
      if (status[engine] === 'not built') continue;
      const started = Date.now();
      const outcome = await runners[engine](dir);
      if (outcome.notBuilt) {
        status[engine] = 'not built';
        continue;
      }
      if (outcome.error !== undefined) {
        report.fixtures[name][engine] = { error: outcome.error };
        continue;
      }
      const scope = engine === 'eslint' ? expected.filter((entry) => entry.engines.includes('eslint')) : expected;
      const score = scoreFindings(expected, outcome.findings, scope);
      score.seconds = (Date.now() - started) / 1000;
      if (outcome.problems?.length) score.problems = outcome.problems;
      for (const alarm of score.falseAlarms) alarm.fixture = name;
      for (const miss of score.misses) miss.fixture = name;
      report.fixtures[name][engine] = score;
    }
  }

  console.log('leakwatch scoreboard: matched on (file, line, ruleId, category, sink)');
  console.log(`ESLint runs ${options.preset}; its TP/FN/recall count entries tagged "eslint", "bonus" are`);
  console.log('correct findings tagged analyzer-only, and recall(all) counts them against every entry.\n');
  console.log(['fixture'.padEnd(22), 'engine'.padEnd(9), '  TP', ' bonus', '  FP', '  FN', ' precision', '  recall', ' recall(all)'].join(' '));
  for (const engine of options.engines) {
    if (status[engine] === 'not built') console.log(`${engine}: not built (run \`pnpm exec tsc -b\`)`);
  }
  for (const name of fixtures) {
    for (const engine of options.engines) {
      const score = report.fixtures[name][engine];
      if (!score) continue;
      if (score.error !== undefined) console.log(`${name.padEnd(22)} ${engine.padEnd(9)} error: ${score.error}`);
      else console.log(formatRow(name, engine, score));
    }
  }
  for (const engine of options.engines) {
    const scores = fixtures.map((name) => report.fixtures[name][engine]).filter((score) => score && score.error === undefined);
    if (scores.length === 0) continue;
    report.totals[engine] = sumScores(scores);
    console.log(formatRow('TOTAL', engine, report.totals[engine]));
  }

  for (const engine of options.engines) {
    const total = report.totals[engine];
    if (!total) continue;
    console.log(`\n## ${engine}: misses (${total.misses.length})`);
    for (const [kind, count] of groupByKind(total.misses)) console.log(`  ${String(count).padStart(3)}  ${kind}`);
    for (const miss of total.misses) console.log(`  - ${miss.fixture} ${describe(miss)}  [${miss.engines.join(', ')}]`);
    console.log(`\n## ${engine}: false alarms (${total.falseAlarms.length})`);
    for (const [kind, count] of groupByKind(total.falseAlarms)) console.log(`  ${String(count).padStart(3)}  ${kind}`);
    for (const alarm of total.falseAlarms) console.log(`  - ${alarm.fixture} ${describe(alarm)}: ${alarm.message}`);
    const near = findNearMisses(total.misses, total.falseAlarms);
    if (near.length > 0) {
      console.log(`\n## ${engine}: right place, wrong category (${near.length}; each is one miss and one false alarm above)`);
      for (const { miss, alarm } of near) console.log(`  - ${miss.fixture} ${miss.file}:${miss.line} expected ${miss.category}, reported ${alarm.category}`);
    }
    const problems = fixtures.flatMap((name) => (report.fixtures[name][engine]?.problems ?? []).map((p) => `${name} ${p}`));
    if (problems.length > 0) {
      console.log(`\n## ${engine}: files the engine could not analyse (${problems.length})`);
      for (const problem of problems) console.log(`  - ${problem}`);
    }
  }

  if (options.json) {
    mkdirSync(dirname(resolve(options.json)), { recursive: true });
    writeFileSync(options.json, `${JSON.stringify({ status, ...report }, null, 2)}\n`);
  }
  if (options.markdown) {
    mkdirSync(dirname(resolve(options.markdown)), { recursive: true });
    writeFileSync(options.markdown, formatMarkdown(report, fixtures, options, status));
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // A measurement, not a gate: report an internal failure and still exit 0.
  main().catch((error) => {
    console.error(`scoreboard: ${error instanceof Error ? error.stack : String(error)}`);
  });
}
