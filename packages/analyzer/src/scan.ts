import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ts } from 'ts-morph';
import type { CategoryId, Finding, LeakwatchConfig, Severity, SinkId } from '@leakwatch/core';
import { compareSeverity, createFingerprint, findSeverityOverride, formatExpression } from '@leakwatch/core';
import { checkAccountStatusFlow, findOracleReveals } from './checks/no-account-oracle.js';
import { checkSensitiveLog } from './checks/no-sensitive-log.js';
import { checkSensitiveResponse } from './checks/no-sensitive-response.js';
import { checkSensitiveThirdParty } from './checks/no-sensitive-third-party.js';
import type { Verdict } from './checks/policy.js';
import { describeHit, isProjectedOut } from './checks/policy.js';
import { Engine } from './engine/engine.js';
import type { SinkHit } from './engine/engine.js';
import type { Knowledge, KnowledgeOptions } from './engine/knowledge.js';
import { createKnowledge } from './engine/knowledge.js';
import type { CategoryLabel } from './engine/labels.js';
import { Locator, describeFunction, findContainer } from './engine/syntax.js';
import type { ImportIndex } from './git/import-graph.js';
import { findAffectedFiles, indexImports, isProjectWideFile, isScopingModule } from './git/import-graph.js';
import type { InputChanges, StoredScan } from './project/cache.js';
import { SCAN_CACHE_VERSION, compareHashes, hashFiles, hashSettings, openScanCache, readImportIndex, readStoredImports, writeImportIndex } from './project/cache.js';
import type { Discovery, ProjectSpec } from './project/discover.js';
import { discoverProjects, relative } from './project/discover.js';
import { listSourceFiles } from './cli/source-files.js';
import { describeError } from './project/files.js';
import { describeTsconfig, loadProject } from './project/load.js';
import type { Diagnostic, RouteInfo, ScanResult } from './result/scan-result.js';
import { SCAN_RESULT_SCHEMA_VERSION } from './result/scan-result.js';
import { findRoutes } from './routes/find-routes.js';
import type { RouteRecord } from './routes/types.js';

/** What the engine reads from a parsed config file. */
export interface ScanConfig {
  readonly names?: {
    readonly extra?: Partial<Record<CategoryId, readonly string[]>>;
    readonly ignore?: readonly string[];
  };
  /**
   * The whole parsed config (core's `parseConfig`): custom sinks, loggers, sanitizers and auth
   * markers join the models (core's `resolveModels`), rules set to `off` report nothing, and
   * severity overrides apply.
   */
  readonly leakwatch?: LeakwatchConfig;
}

/** A progress event: which project, how many files; never a value or a finding. */
export interface ScanProgressEvent {
  readonly phase: 'discovering' | 'loading' | 'analyzing' | 'done';
  readonly project?: number;
  readonly projects?: number;
  readonly files?: number;
  readonly totalFiles?: number;
  readonly tsconfig?: string;
}

/** Options of `scan`. */
export interface ScanOptions {
  /** The folder results are relative to. */
  readonly root: string;
  /** Files or folders to scan, relative to the root (default: the root). */
  readonly paths?: readonly string[];
  /** An explicit tsconfig (relative to the root). */
  readonly project?: string;
  /** The parsed config (the CLI loads it). */
  readonly config?: ScanConfig;
  /** Report findings only in these root-relative files (`--changed-since`, `--shard`); the whole program is still analysed unless `programRoots` scopes it. */
  readonly onlyFiles?: ReadonlySet<string>;
  /**
   * Build each program from these root-relative files and what they import (TypeScript's module
   * resolution), not from every file of the tsconfig. Sound only for a set that holds every
   * transitive importer of `onlyFiles` (what `--changed-since` computes): a file's findings depend
   * on its imports and, through route mounts and wrapper calls, on its importers.
   */
  readonly programRoots?: ReadonlySet<string>;
  /** Cache folder (relative to the root or absolute): an unchanged input set is answered from it. */
  readonly cache?: string;
  readonly onProgress?: (event: ScanProgressEvent) => void;
}

const TOOL_VERSION = readToolVersion();

function readToolVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
    return manifest.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/**
 * Scans a folder: discovers its projects, loads each with ts-morph's TypeScript, finds routes,
 * runs the whole-program engine and the policy checks, and returns one ScanResult. Broken inputs
 * become diagnostics; the scan goes on.
 */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  const started = Date.now();
  const root = path.resolve(options.root);
  const progress = options.onProgress ?? (() => undefined);
  const knowledgeOptions: KnowledgeOptions = {
    ...(options.config?.names?.extra === undefined ? {} : { extraNames: options.config.names.extra }),
    ...(options.config?.names?.ignore === undefined ? {} : { ignoreNames: options.config.names.ignore }),
    ...(options.config?.leakwatch === undefined ? {} : { config: options.config.leakwatch }),
  };
  const knowledge = createKnowledge(knowledgeOptions);
  progress({ phase: 'discovering' });
  const discovery = discoverProjects(root, options.paths, options.project);
  const scope = options.programRoots === undefined ? undefined : new Set([...options.programRoots].map((file) => path.resolve(root, file)));
  const only = options.onlyFiles;
  // A partial scan (`onlyFiles`, `programRoots`, explicit paths) neither reads nor stores the
  // cache: its files' importers may lie outside what it loads, and it is rarely run twice on one tree.
  const complete = only === undefined && scope === undefined && options.paths === undefined;
  if (options.cache === undefined || !complete) {
    const analysis = analyzeProjects(root, discovery, knowledge, options.config?.leakwatch, progress, scope, only);
    return assembleResult(root, analysis, discovery.projects.length, Date.now() - started);
  }

  return scanWithCache(root, options, discovery, knowledge, progress, path.resolve(root, options.cache), started);
}

/**
 * A full scan through the per-file cache (`--cache`): answered from the store when no input
 * changed, otherwise only the files a change can reach are analysed and merged with the store.
 */
function scanWithCache(
  root: string,
  options: ScanOptions,
  discovery: Discovery,
  knowledge: Knowledge,
  progress: (event: ScanProgressEvent) => void,
  cacheDir: string,
  started: number,
): ScanResult {
  const inputs = listInputs(root, discovery.projects);
  const settings = hashSettings({ ...settingsOf(options), compilerOptions: inputs.compilerOptions, lockfiles: Object.fromEntries(hashFiles(root, inputs.lockfiles)) });
  const cache = openScanCache(cacheDir, settings);
  const hashes = hashFiles(root, inputs.files);
  const stored = cache.read();
  const changes = stored === undefined ? undefined : compareHashes(stored, hashes);
  if (stored !== undefined && changes !== undefined && changes.changed.size === 0) {
    progress({ phase: 'done', projects: stored.result.stats.projects, files: stored.result.stats.files, totalFiles: stored.result.stats.files });
    return { ...stored.result, stats: { ...stored.result.stats, durationMs: Date.now() - started } };
  }
  // The same list `--changed-since` indexes, so either run's import index serves the other.
  const sources = listSourceFiles(root);
  const imports = indexImports(root, sources, readImportIndex(cacheDir) ?? (stored === undefined ? undefined : readStoredImports(stored)), hashes);
  const affected = stored === undefined || changes === undefined ? undefined : findReanalysedFiles(root, stored, changes, imports);
  let result: ScanResult;
  let lines: Map<string, number>;
  if (stored === undefined || affected === undefined) {
    const analysis = analyzeProjects(root, discovery, knowledge, options.config?.leakwatch, progress, undefined, undefined);
    result = assembleResult(root, analysis, discovery.projects.length, Date.now() - started);
    lines = analysis.lines;
  } else {
    // Only the files a change can reach are analysed again, in a program built from them and
    // their imports; every other file keeps what the stored scan found in it.
    const analysis =
      affected.size === 0
        ? emptyAnalysis()
        : analyzeProjects(root, discovery, knowledge, options.config?.leakwatch, progress, new Set([...affected].map((file) => path.resolve(root, file))), affected);
    const inputSet = new Set(hashes.keys());
    lines = new Map([...Object.entries(stored.lines)].filter(([file]) => hashes.has(file) && !affected.has(file)));
    for (const [file, count] of analysis.lines) lines.set(file, count);
    result = mergeWithStored(stored.result, analysis, affected, inputSet, lines, discovery.projects.length, Date.now() - started);
  }
  cache.write({
    version: SCAN_CACHE_VERSION,
    settings,
    hashes: Object.fromEntries(hashes),
    imports: { layout: imports.layout, entries: Object.fromEntries(imports.entries) },
    lines: Object.fromEntries(lines),
    result,
  });
  writeImportIndex(cacheDir, imports);
  return result;
}

/** What one run of the engine over the discovered projects produced. */
interface Analysis {
  readonly findings: Finding[];
  readonly routes: RouteInfo[];
  readonly diagnostics: Diagnostic[];
  /** Root-relative analysed file → line count. */
  readonly lines: Map<string, number>;
  readonly functions: number;
}

function emptyAnalysis(): Analysis {
  return { findings: [], routes: [], diagnostics: [], lines: new Map(), functions: 0 };
}

/**
 * Loads and analyses every project. With `scope`, each program is built from the scope's files
 * and their imports; with `only`, only those files are walked and reported.
 */
function analyzeProjects(
  root: string,
  discovery: Discovery,
  knowledge: Knowledge,
  config: LeakwatchConfig | undefined,
  progress: (event: ScanProgressEvent) => void,
  scope: ReadonlySet<string> | undefined,
  only: ReadonlySet<string> | undefined,
): Analysis {
  const diagnostics: Diagnostic[] = [...discovery.diagnostics];
  const findings: UnsignedFinding[] = [];
  const routes: RouteRecord[] = [];
  const seenFiles = new Set<string>();
  const lines = new Map<string, number>();
  let functionCount = 0;
  const projectCount = discovery.projects.length;

  for (const [index, spec] of discovery.projects.entries()) {
    const tsconfig = spec.tsconfig === undefined ? undefined : relative(root, spec.tsconfig);
    progress({ phase: 'loading', project: index + 1, projects: projectCount, ...(tsconfig === undefined ? {} : { tsconfig }) });
    let loaded;
    try {
      loaded = loadProject(spec, root, scope);
    } catch (error) {
      diagnostics.push({ code: 'internal-error', severity: 'error', message: `cannot load project: ${describeError(error)}`, file: tsconfig ?? relative(root, spec.dir) });
      continue;
    }
    diagnostics.push(...loaded.diagnostics);
    const sourceFiles = loaded.files.filter((file) => !seenFiles.has(file.fileName));
    for (const file of sourceFiles) seenFiles.add(file.fileName);
    const program = loaded.program;
    const checker = program.getTypeChecker();
    const locator = new Locator((fileName) => relative(root, fileName));
    const isProjectFile = (fileName: string): boolean => !/[\\/]node_modules[\\/]/.test(fileName) && !fileName.endsWith('.d.ts');
    // In a scoped program only the scope's files are searched for registrations: they hold every
    // importer of the reported files, so every mount and middleware scope that applies to them.
    const routeFiles = scope === undefined ? sourceFiles : sourceFiles.filter((sourceFile) => scope.has(path.resolve(sourceFile.fileName)));
    let discoveryResult;
    try {
      discoveryResult = findRoutes(sourceFiles, checker, knowledge, locator, routeFiles);
    } catch (error) {
      diagnostics.push({ code: 'internal-error', severity: 'error', message: `route discovery failed: ${describeError(error)}`, file: tsconfig ?? relative(root, spec.dir) });
      discoveryResult = { handlers: new Map(), routes: [] };
    }
    routes.push(...discoveryResult.routes);
    // In a scoped program (`programRoots`, which hold every importer of the reported files), the
    // top level of other modules is not walked: its calls can only reach the reported files
    // through an import, and an importer is a root; binding values are still evaluated on demand.
    const isModuleWalked = scope === undefined ? undefined : (sourceFile: ts.SourceFile): boolean => scope.has(path.resolve(sourceFile.fileName));
    const engine = new Engine(program, checker, knowledge, locator, discoveryResult.handlers, isProjectFile, isModuleWalked);
    // With `onlyFiles`, only those files are walked; what they call is still summarised on demand,
    // so their findings are the same as in a full scan (the route inventory covers only them).
    const walked = only === undefined ? sourceFiles : sourceFiles.filter((file) => only.has(relative(root, file.fileName)));
    for (const [fileIndex, sourceFile] of walked.entries()) {
      progress({ phase: 'analyzing', project: index + 1, projects: projectCount, files: fileIndex, totalFiles: walked.length });
      try {
        engine.analyzeFile(sourceFile);
      } catch (error) {
        diagnostics.push({ code: 'internal-error', severity: 'error', message: `analysis of this file failed: ${describeError(error)}`, file: relative(root, sourceFile.fileName) });
      }
      lines.set(relative(root, sourceFile.fileName), sourceFile.getLineStarts().length);
    }
    functionCount += engine.functions;
    const analyzed = new Set(sourceFiles);
    findings.push(...collectFindings(engine, locator, analyzed));
  }

  const configured = applyConfig(findings, config);
  const kept = dedupeFindings(only === undefined ? configured : configured.filter((finding) => only.has(finding.location.file)));
  return { findings: assignFingerprints(kept), routes: routes.map(toRouteInfo), diagnostics, lines, functions: functionCount };
}

/** The result of one analysis: findings and routes in canonical order, stats added up. */
function assembleResult(root: string, analysis: Analysis, projects: number, durationMs: number): ScanResult {
  return createResult(root, analysis.findings, analysis.routes, analysis.diagnostics, analysis.lines, analysis.functions, projects, durationMs);
}

function createResult(
  root: string,
  findings: readonly Finding[],
  routes: readonly RouteInfo[],
  diagnostics: readonly Diagnostic[],
  lines: ReadonlyMap<string, number>,
  functions: number,
  projects: number,
  durationMs: number,
): ScanResult {
  const sorted = [...findings].sort(compareFindings);
  const bySeverity: Record<Severity, number> = { low: 0, medium: 0, high: 0 };
  for (const finding of sorted) bySeverity[finding.severity]++;
  const routeInfos = [...routes].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.method.localeCompare(b.method) || a.path.localeCompare(b.path));
  let linesOfCode = 0;
  for (const count of lines.values()) linesOfCode += count;
  return {
    schemaVersion: SCAN_RESULT_SCHEMA_VERSION,
    tool: { name: 'leakwatch', version: TOOL_VERSION, informationUri: 'https://github.com/leakwatch/leakwatch' },
    typescriptVersion: ts.version,
    root,
    findings: sorted,
    routes: routeInfos,
    diagnostics: [...diagnostics].sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || a.code.localeCompare(b.code) || a.message.localeCompare(b.message)),
    stats: {
      projects,
      files: lines.size,
      linesOfCode,
      functions,
      routes: routeInfos.length,
      findings: sorted.length,
      suppressed: 0,
      baselined: 0,
      durationMs,
      bySeverity,
    },
  };
}

/**
 * The files a change can reach, by the rule `--changed-since` uses (changed files, what a changed
 * scoping module mounts, and every transitive importer), plus files whose own imports now resolve
 * differently (a file added or removed next to them). `undefined` when a change can reach any file
 * (a tsconfig or manifest changed): the scan starts over.
 */
function findReanalysedFiles(root: string, stored: StoredScan, changes: InputChanges, imports: ImportIndex): Set<string> | undefined {
  if ([...changes.changed].some(isProjectWideFile)) return undefined;
  const seeds = new Set([...changes.changed].filter((file) => !changes.removed.has(file)));
  for (const [file, entry] of imports.entries) {
    const before = stored.imports.entries[file];
    if (before !== undefined && before.imports.join('\n') !== entry.imports.join('\n')) seeds.add(file);
  }
  const configures = (file: string): boolean => {
    try {
      return isScopingModule(readFileSync(path.join(root, file), 'utf8'));
    } catch {
      return false;
    }
  };
  return findAffectedFiles(seeds, imports.graph, configures);
}

/** A stored full result with the re-analysed files' part replaced by a fresh analysis of them. */
function mergeWithStored(
  stored: ScanResult,
  analysis: Analysis,
  reanalysed: ReadonlySet<string>,
  inputs: ReadonlySet<string>,
  lines: ReadonlyMap<string, number>,
  projects: number,
  durationMs: number,
): ScanResult {
  const keeps = (file: string): boolean => inputs.has(file) && !reanalysed.has(file);
  const findings = [...stored.findings.filter((finding) => keeps(finding.location.file)), ...analysis.findings];
  const routes = [...stored.routes.filter((route) => keeps(route.file)), ...analysis.routes.filter((route) => reanalysed.has(route.file))];
  // A diagnostic of an untouched source file comes from the stored scan; the fresh run reports
  // those of the re-analysed files and of the projects (tsconfigs, discovery).
  const diagnostics = new Map<string, Diagnostic>();
  for (const diagnostic of stored.diagnostics) if (diagnostic.file !== undefined && keeps(diagnostic.file)) diagnostics.set(JSON.stringify(diagnostic), diagnostic);
  for (const diagnostic of analysis.diagnostics) {
    if (diagnostic.file !== undefined && keeps(diagnostic.file)) continue;
    diagnostics.set(JSON.stringify(diagnostic), diagnostic);
  }
  return createResult(stored.root, findings, routes, [...diagnostics.values()], lines, analysis.functions, projects, durationMs);
}

/** The files a scan's cache entry covers: every tsconfig and source file, plus what decides types outside them. */
function listInputs(root: string, projects: readonly ProjectSpec[]): { files: string[]; compilerOptions: unknown[]; lockfiles: string[] } {
  // Every source below the root, not only the tsconfig's: a program also holds the files its
  // sources import from outside `include`.
  const files = new Set<string>(listSourceFiles(root));
  const compilerOptions: unknown[] = [];
  for (const spec of projects) {
    if (spec.tsconfig !== undefined) {
      files.add(relative(root, spec.tsconfig));
      const parsed = describeTsconfig(spec.tsconfig);
      // The resolved options cover an `extends` chain the file list does not name.
      compilerOptions.push(parsed.options);
      for (const file of parsed.fileNames) files.add(relative(root, file));
    }
    for (const file of spec.files) files.add(relative(root, file));
  }
  // Installed packages decide library types: a changed lockfile or manifest starts the cache over.
  const lockfiles = ['package.json', 'pnpm-lock.yaml', 'package-lock.json', 'yarn.lock', 'bun.lock'].filter((name) => existsSync(path.join(root, name)));
  return { files: [...files].filter((file) => !file.startsWith('../')).sort(), compilerOptions, lockfiles };
}

function settingsOf(options: ScanOptions): Record<string, unknown> {
  return { version: SCAN_CACHE_VERSION, tool: TOOL_VERSION, typescript: ts.version, paths: options.paths ?? [], project: options.project ?? '', config: options.config ?? {} };
}

/** Rules switched off and severities overridden in the config (`rules`, `severity`). */
function applyConfig(findings: readonly UnsignedFinding[], config: LeakwatchConfig | undefined): UnsignedFinding[] {
  if (config === undefined) return [...findings];
  const out: UnsignedFinding[] = [];
  for (const finding of findings) {
    const override = findSeverityOverride(config, finding.ruleId, finding.category, finding.sink);
    if (override === 'off') continue;
    out.push(override === undefined ? finding : { ...finding, severity: override });
  }
  return out;
}

type UnsignedFinding = Omit<Finding, 'fingerprint'> & { readonly scope: string; readonly sinkExpression: string };

function collectFindings(engine: Engine, locator: Locator, analyzed: ReadonlySet<ts.SourceFile>): UnsignedFinding[] {
  const out: UnsignedFinding[] = [];
  for (const hit of engine.hits) {
    if (!analyzed.has(hit.node.getSourceFile())) continue;
    recordInventory(hit);
    const verdict = judge(withCallingHandler(hit, engine));
    if (verdict === undefined) continue;
    out.push(toFinding(hit.label, hit.sink, hit.node, verdict, hit.scope, locator));
  }
  for (const reveal of findOracleReveals(engine.statusBranches, engine.emissions, (scope) => engine.handlersOf(scope))) {
    if (!analyzed.has(reveal.node.getSourceFile())) continue;
    const trace = [
      locator.step('source', reveal.branch.condition, 'a branch on account state'),
      locator.step('sink', reveal.node, 'a response that differs from the one an unknown account gets'),
    ];
    const label: CategoryLabel = { ...reveal.label, trace };
    reveal.handler.route.returns.add('account-status');
    out.push(toFinding(label, 'response', reveal.node, { ruleId: 'no-account-oracle', severity: 'high' }, describeFunction(findContainer(reveal.node)), locator));
  }
  return out;
}

/**
 * Account status sent to a third party from a helper that picks it (`draftIcebreaker(partner)`
 * posting the row): judged by the handlers that call the helper, the least trusted first, since
 * whether the caller proved ownership is a property of the route (policy point 3).
 */
function withCallingHandler(hit: SinkHit, engine: Engine): SinkHit {
  if (hit.handler !== undefined || hit.sink !== 'third-party' || hit.label.category !== 'account-status') return hit;
  const callers = engine.handlersOf(hit.scopeNode);
  const handler = callers.find((candidate) => !candidate.route.authenticated) ?? callers.find((candidate) => !candidate.route.ownsEverything);
  return handler === undefined ? hit : { ...hit, handler };
}

/** Runs the checks in order; the first that claims the hit decides. */
function judge(hit: SinkHit): Verdict | undefined {
  const verdict = checkAccountStatusFlow(hit) ?? checkSensitiveLog(hit) ?? checkSensitiveResponse(hit) ?? checkSensitiveThirdParty(hit);
  if (verdict === undefined) return undefined;
  // Code that only runs in development or tests: low severity (policy, Severity).
  return isDevelopmentOnly(hit.node) ? { ...verdict, severity: 'low' } : verdict;
}

function recordInventory(hit: SinkHit): void {
  const route = hit.handler?.route;
  if (route === undefined || isProjectedOut(hit)) return;
  const target = hit.sink === 'response' ? route.returns : hit.sink === 'log' ? route.logs : route.sendsToThirdParties;
  target.add(hit.label.category);
}

function isDevelopmentOnly(node: ts.Node): boolean {
  for (let current: ts.Node | undefined = node; current !== undefined; current = current.parent) {
    const parent: ts.Node | undefined = current.parent;
    if (parent !== undefined && ts.isIfStatement(parent) && parent.thenStatement === current) {
      const text = parent.expression.getText();
      if (/NODE_ENV\s*===?\s*['"](development|test)['"]|NODE_ENV\s*!==?\s*['"]production['"]/.test(text)) return true;
    }
  }
  return false;
}

function toFinding(label: CategoryLabel, sink: SinkId, node: ts.Node, verdict: Verdict, scope: string, locator: Locator): UnsignedFinding {
  const location = locator.locate(node);
  const sinkExpression = formatExpression(node.getText());
  const source = label.trace[0]?.expression ?? sinkExpression;
  return {
    ruleId: verdict.ruleId,
    category: label.category,
    sink,
    severity: verdict.severity,
    message: describeHit(label.category, sink, source, sinkExpression),
    location,
    trace: label.trace,
    scope,
    sinkExpression,
  };
}

/** One finding per (category, sink) per line; the higher severity wins. */
function dedupeFindings(findings: readonly UnsignedFinding[]): UnsignedFinding[] {
  const byKey = new Map<string, UnsignedFinding>();
  for (const finding of findings) {
    const key = `${finding.location.file}:${finding.location.line}:${finding.category}:${finding.sink}`;
    const existing = byKey.get(key);
    if (existing === undefined || compareSeverity(finding.severity, existing.severity) > 0) byKey.set(key, finding);
  }
  return [...byKey.values()];
}

function assignFingerprints(findings: readonly UnsignedFinding[]): Finding[] {
  const ordered = [...findings].sort((a, b) => a.location.file.localeCompare(b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column);
  const occurrences = new Map<string, number>();
  return ordered.map(({ scope, sinkExpression, ...finding }) => {
    const base = { ruleId: finding.ruleId, category: finding.category, sink: finding.sink, file: finding.location.file, scope, sinkExpression };
    const key = JSON.stringify(base);
    const occurrence = occurrences.get(key) ?? 0;
    occurrences.set(key, occurrence + 1);
    return { ...finding, fingerprint: createFingerprint({ ...base, occurrence }) };
  });
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    a.location.file.localeCompare(b.location.file) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.category.localeCompare(b.category)
  );
}

function toRouteInfo(record: RouteRecord): RouteInfo {
  const sorted = (set: ReadonlySet<CategoryId>): CategoryId[] => [...set].sort();
  return {
    method: record.method,
    path: record.path,
    framework: record.framework,
    file: record.file,
    line: record.line,
    ...(record.handler === undefined ? {} : { handler: record.handler }),
    authenticated: record.authenticated,
    ownerScoped: record.ownerScoped,
    returns: sorted(record.returns),
    logs: sorted(record.logs),
    sendsToThirdParties: sorted(record.sendsToThirdParties),
  };
}
