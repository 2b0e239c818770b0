import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LeakwatchError, compareSeverity } from '@leakwatch/core';
import { ts } from 'ts-morph';
import type { LeakwatchConfig } from '@leakwatch/core';
import { applyBaseline, createBaseline, loadBaseline, renderBaseline } from '../baseline/baseline.js';
import { applyConfigToResult } from '../config/apply-config.js';
import { loadConfig } from '../config/load-config.js';
import { getChangedFiles } from '../git/changed-files.js';
import { findAffectedFiles, indexImports, isProjectWideFile, isScopingModule } from '../git/import-graph.js';
import { readImportIndex, writeImportIndex } from '../project/cache.js';
import { renderHtml } from '../reporters/html.js';
import { renderJson } from '../reporters/json.js';
import { renderSarif } from '../reporters/sarif.js';
import { renderText } from '../reporters/text.js';
import { loadScanResult } from '../result/load.js';
import { mergeScanResults } from '../result/merge.js';
import { SCAN_RESULT_SCHEMA_VERSION } from '../result/scan-result.js';
import type { ScanResult } from '../result/scan-result.js';
import { sortScanResult } from '../result/sort.js';
import { filterResultToFiles, filterResultToShard, isFileInShard, parseShard } from '../result/shard.js';
import type { Shard } from '../result/shard.js';
import { SUPPRESSION_DIRECTIVE, applySuppressions } from '../suppressions/suppressions.js';
import { HELP } from './help.js';
import { renderStarterConfig, STARTER_CONFIG_FILE } from './init.js';
import { shouldUseColor } from './io.js';
import type { CliIo } from './io.js';
import { parseCommandArgs, readFailOn, readFormat, readString } from './options.js';
import type { FailOn, Format } from './options.js';
import { createProgressPrinter } from './progress.js';
import { listSourceFiles } from './source-files.js';
import { readPackageVersion } from './version.js';

/** What the CLI passes to the engine (a subset of `ScanOptions`). */
export interface CliScanOptions {
  readonly root: string;
  readonly paths?: readonly string[];
  readonly project?: string;
  readonly config?: LeakwatchConfig;
  readonly onlyFiles?: ReadonlySet<string>;
  /** Files the program is built from (with their imports): `--changed-since`'s affected set. */
  readonly programRoots?: ReadonlySet<string>;
  readonly cache?: string;
  /** Receives the engine's progress events; the CLI draws them on a TTY. */
  readonly onProgress?: (event: unknown) => void;
}

/** The engine's entry point as the CLI calls it. */
export type ScanFunction = (options: CliScanOptions) => Promise<ScanResult>;

/** Counts findings at or above the `--fail-on` threshold. */
export function countFailing(result: ScanResult, failOn: FailOn): number {
  if (failOn === 'none') return 0;
  return result.findings.filter((finding) => compareSeverity(finding.severity, failOn) >= 0).length;
}

function createSourceReader(root: string): (file: string) => string | undefined {
  return (file) => {
    const absolute = path.resolve(root, file);
    // Only files below the root: a crafted result must not make the report read /etc/passwd.
    if (path.relative(root, absolute).startsWith('..')) return undefined;
    try {
      return readFileSync(absolute, 'utf8');
    } catch {
      return undefined;
    }
  };
}

function render(result: ScanResult, format: Format, io: CliIo, toFile: boolean): string {
  switch (format) {
    case 'json':
      return renderJson(result);
    case 'sarif':
      return renderSarif(result);
    case 'html':
      return renderHtml(result, { readSource: createSourceReader(result.root) });
    case 'text':
      return renderText(result, { color: !toFile && shouldUseColor(io.stdout, io.env) });
  }
}

function describeCounts(result: ScanResult): string {
  const { bySeverity } = result.stats;
  return `${result.findings.length} finding${result.findings.length === 1 ? '' : 's'} (${bySeverity.high} high, ${bySeverity.medium} medium, ${bySeverity.low} low)`;
}

async function emit(result: ScanResult, format: Format, output: string | undefined, io: CliIo): Promise<void> {
  const text = render(result, format, io, output !== undefined);
  if (output === undefined) {
    io.stdout.write(text);
    return;
  }
  const file = path.resolve(io.cwd, output);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
  io.stderr.write(`leakwatch: ${describeCounts(result)} written to ${output}\n`);
}

function computeExitCode(result: ScanResult, failOn: FailOn): number {
  return countFailing(result, failOn) > 0 ? 1 : 0;
}

/** Reads the text of files that carry a suppression directive, for the suppression pass. */
function readSuppressionSources(root: string, files: readonly string[]): Map<string, string> {
  const sources = new Map<string, string>();
  for (const file of files) {
    try {
      const absolute = path.join(root, file);
      if (statSync(absolute).size > 2 * 1024 * 1024) continue;
      const text = readFileSync(absolute, 'utf8');
      if (text.includes(SUPPRESSION_DIRECTIVE)) sources.set(file, text);
    } catch {
      // Unreadable files are the engine's to report as diagnostics.
    }
  }
  return sources;
}

/** The result of a scan with nothing to analyse. */
function createEmptyResult(root: string, durationMs: number): ScanResult {
  return {
    schemaVersion: SCAN_RESULT_SCHEMA_VERSION,
    tool: { name: 'leakwatch', version: readPackageVersion(), informationUri: 'https://github.com/leakwatch/leakwatch' },
    typescriptVersion: ts.version,
    root,
    findings: [],
    routes: [],
    diagnostics: [],
    stats: {
      projects: 0,
      files: 0,
      linesOfCode: 0,
      functions: 0,
      routes: 0,
      findings: 0,
      suppressed: 0,
      baselined: 0,
      durationMs,
      bySeverity: { low: 0, medium: 0, high: 0 },
    },
  };
}

interface ScanPlan {
  readonly root: string;
  readonly paths: readonly string[] | undefined;
}

/** One folder argument becomes the root (paths reported relative to it); otherwise the cwd is. */
function planScan(positionals: readonly string[], cwd: string): ScanPlan {
  for (const entry of positionals) {
    if (!existsSync(path.resolve(cwd, entry))) throw new LeakwatchError('USAGE', `scan: path not found: ${entry}`);
  }
  const [only] = positionals;
  if (positionals.length === 1 && only !== undefined && statSync(path.resolve(cwd, only)).isDirectory()) {
    return { root: path.resolve(cwd, only), paths: undefined };
  }
  return { root: cwd, paths: positionals.length === 0 ? undefined : positionals.map((entry) => path.resolve(cwd, entry)) };
}

interface ScanRequest {
  readonly plan: ScanPlan;
  readonly project: string | undefined;
  readonly configFile: string | undefined;
  readonly cache: string | undefined;
  readonly shard: Shard | undefined;
  readonly changedSince: string | undefined;
}

/** Runs the engine and the CLI's post-passes (shard/changed filter, suppressions); baseline is the caller's. */
async function scanWithPostPasses(request: ScanRequest, io: CliIo, deps: { scan?: ScanFunction; now?: () => number }): Promise<ScanResult> {
  const started = Date.now();
  const { plan } = request;
  if (deps.scan === undefined) throw new LeakwatchError('INTERNAL', 'the analysis engine is not available in this build');
  const { config } = await loadConfig({ explicit: request.configFile, root: plan.root, cwd: io.cwd });
  const files = listSourceFiles(plan.root, plan.paths);

  let only: Set<string> | undefined;
  let programRoots: Set<string> | undefined;
  if (request.changedSince !== undefined) {
    const changed = await getChangedFiles(plan.root, request.changedSince);
    // A changed leakwatch config, tsconfig or manifest can change any finding: scan everything.
    if (!changed.some(isProjectWideFile)) {
      const known = new Set(files);
      const configures = (file: string): boolean => {
        try {
          return isScopingModule(readFileSync(path.join(plan.root, file), 'utf8'));
        } catch {
          return false;
        }
      };
      // With a cache, files whose content is unchanged keep the imports resolved on an earlier run.
      const cacheDir = request.cache === undefined ? undefined : path.resolve(io.cwd, request.cache);
      const imports = indexImports(plan.root, files, cacheDir === undefined ? undefined : readImportIndex(cacheDir));
      if (cacheDir !== undefined) writeImportIndex(cacheDir, imports);
      only = new Set([...findAffectedFiles(changed, imports.graph, configures)].filter((file) => known.has(file)));
      // The affected set holds every importer of its files, so a program built from it and its
      // imports gives those files the findings of a full scan (the shard filter below narrows
      // what is reported, not what is loaded). With explicit paths the graph misses importers
      // outside them, so the whole program is loaded as before.
      if (plan.paths === undefined) programRoots = only;
    }
  }
  if (request.shard !== undefined) {
    const { shard } = request;
    only = new Set([...(only ?? files)].filter((file) => isFileInShard(file, shard)));
  }

  if (request.changedSince !== undefined && only?.size === 0) {
    // Nothing a change can affect (only docs or config changed): no need to analyse anything.
    return createEmptyResult(plan.root, Date.now() - started);
  }

  const progress = io.stderr.isTTY === true ? createProgressPrinter(io.stderr, deps.now) : undefined;
  let result: ScanResult;
  try {
    result = await deps.scan({
      root: plan.root,
      ...(plan.paths === undefined ? {} : { paths: plan.paths }),
      ...(request.project === undefined ? {} : { project: path.resolve(io.cwd, request.project) }),
      ...(config === undefined ? {} : { config }),
      ...(only === undefined ? {} : { onlyFiles: only }),
      ...(programRoots === undefined ? {} : { programRoots }),
      ...(request.cache === undefined ? {} : { cache: path.resolve(io.cwd, request.cache) }),
      ...(progress === undefined ? {} : { onProgress: (event: unknown) => progress.update(event) }),
    });
  } finally {
    progress?.finish();
  }

  // One canonical order for every result the CLI emits, so a merge of shards compares equal.
  result = sortScanResult(result);
  if (config !== undefined) result = applyConfigToResult(result, config);
  // The engine analyses the whole program and is asked to report only on `only`; filtering
  // again here keeps the partition exact whatever the engine reports.
  if (request.shard !== undefined) result = filterResultToShard(result, request.shard);
  if (request.changedSince !== undefined && only !== undefined) result = filterResultToFiles(result, only);
  return applySuppressions(result, readSuppressionSources(plan.root, only === undefined ? files : [...only]));
}

/** `leakwatch scan`. */
export async function runScan(args: readonly string[], io: CliIo, deps: { scan?: ScanFunction; now?: () => number }): Promise<number> {
  const { values, positionals } = parseCommandArgs('scan', args, {
    project: { type: 'string' },
    config: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string' },
    baseline: { type: 'string' },
    'fail-on': { type: 'string' },
    'changed-since': { type: 'string' },
    shard: { type: 'string' },
    cache: { type: 'string' },
  });
  if (values['help'] === true) {
    io.stdout.write(HELP.scan);
    return 0;
  }
  const output = readString(values['output']);
  const format = readFormat(values['format'], output, 'text');
  const failOn = readFailOn(values['fail-on']);
  const shardText = readString(values['shard']);
  const baselineFile = readString(values['baseline']);
  // Read the baseline before the (long) scan, so a wrong path fails fast.
  const baseline = baselineFile === undefined ? undefined : await loadBaseline(path.resolve(io.cwd, baselineFile));
  let result = await scanWithPostPasses(
    {
      plan: planScan(positionals, io.cwd),
      project: readString(values['project']),
      configFile: readString(values['config']),
      cache: readString(values['cache']),
      shard: shardText === undefined ? undefined : parseShard(shardText),
      changedSince: readString(values['changed-since']),
    },
    io,
    deps,
  );
  if (baseline !== undefined) result = applyBaseline(result, baseline);
  await emit(result, format, output, io);
  return computeExitCode(result, failOn);
}

/** `leakwatch report`. */
export async function runReport(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('report', args, {
    format: { type: 'string' },
    output: { type: 'string' },
    baseline: { type: 'string' },
    'fail-on': { type: 'string' },
  });
  if (values['help'] === true) {
    io.stdout.write(HELP.report);
    return 0;
  }
  if (positionals.length !== 1) throw new LeakwatchError('USAGE', 'report: expected one saved result; see `leakwatch report --help`');
  const output = readString(values['output']);
  const format = readFormat(values['format'], output, 'text');
  const failOn = readFailOn(values['fail-on']);
  let result = await loadScanResult(path.resolve(io.cwd, positionals[0] ?? ''));
  const baselineFile = readString(values['baseline']);
  if (baselineFile !== undefined) result = applyBaseline(result, await loadBaseline(path.resolve(io.cwd, baselineFile)));
  await emit(result, format, output, io);
  return computeExitCode(result, failOn);
}

/** `leakwatch baseline`. */
export async function runBaseline(args: readonly string[], io: CliIo, deps: { scan?: ScanFunction; now?: () => number }): Promise<number> {
  const { values, positionals } = parseCommandArgs('baseline', args, {
    output: { type: 'string' },
    from: { type: 'string' },
    project: { type: 'string' },
    config: { type: 'string' },
    cache: { type: 'string' },
  });
  if (values['help'] === true) {
    io.stdout.write(HELP.baseline);
    return 0;
  }
  const from = readString(values['from']);
  if (from !== undefined && positionals.length > 0) throw new LeakwatchError('USAGE', 'baseline: give either paths to scan or --from, not both');
  const result =
    from === undefined
      ? await scanWithPostPasses(
          {
            plan: planScan(positionals, io.cwd),
            project: readString(values['project']),
            configFile: readString(values['config']),
            cache: readString(values['cache']),
            shard: undefined,
            changedSince: undefined,
          },
          io,
          deps,
        )
      : await loadScanResult(path.resolve(io.cwd, from));
  const output = readString(values['output']) ?? 'leakwatch-baseline.json';
  const file = path.resolve(io.cwd, output);
  await mkdir(path.dirname(file), { recursive: true });
  const baseline = createBaseline(result);
  await writeFile(file, renderBaseline(baseline));
  io.stderr.write(`leakwatch: baseline of ${baseline.findings.length} finding${baseline.findings.length === 1 ? '' : 's'} written to ${output}\n`);
  return 0;
}

/** `leakwatch merge`. */
export async function runMerge(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('merge', args, {
    format: { type: 'string' },
    output: { type: 'string' },
    'fail-on': { type: 'string' },
  });
  if (values['help'] === true) {
    io.stdout.write(HELP.merge);
    return 0;
  }
  if (positionals.length === 0) throw new LeakwatchError('USAGE', 'merge: expected at least one result file; see `leakwatch merge --help`');
  const output = readString(values['output']);
  const allSarif = positionals.every((file) => file.toLowerCase().endsWith('.sarif'));
  const format = readFormat(values['format'], output, allSarif ? 'sarif' : 'json');
  const failOn = readFailOn(values['fail-on']);
  const results = await Promise.all(positionals.map((file) => loadScanResult(path.resolve(io.cwd, file))));
  const merged = mergeScanResults(results);
  await emit(merged, format, output, io);
  return computeExitCode(merged, failOn);
}

/** `leakwatch init`. */
export async function runInit(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('init', args, { force: { type: 'boolean' } });
  if (values['help'] === true) {
    io.stdout.write(HELP.init);
    return 0;
  }
  if (positionals.length > 1) throw new LeakwatchError('USAGE', 'init: expected at most one folder');
  const dir = path.resolve(io.cwd, positionals[0] ?? '.');
  const file = path.join(dir, STARTER_CONFIG_FILE);
  const shown = path.relative(io.cwd, file) || STARTER_CONFIG_FILE;
  if (existsSync(file) && values['force'] !== true) {
    throw new LeakwatchError('USAGE', `init: ${shown} already exists; pass --force to overwrite it`);
  }
  await mkdir(dir, { recursive: true });
  await writeFile(file, renderStarterConfig());
  io.stdout.write(`Wrote ${shown}. Run \`leakwatch scan\` next.\n`);
  return 0;
}
