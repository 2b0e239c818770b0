/** The package's npm name. */
export const packageName = '@leakwatch/analyzer';

// The analysis engine (the engine block): scan() and what it reads about projects.
export type { ScanOptions, ScanConfig, ScanProgressEvent } from './scan.js';
export { scan } from './scan.js';
export { isSourcePath, isTestPath, SOURCE_EXTENSIONS, MAX_FILE_BYTES } from './project/files.js';

// Result model, reporters, baseline, suppressions, shards and the CLI (the CLI/reporters block).
export type { ScanResult, RouteInfo, Diagnostic, ScanStats, ToolInfo } from './result/scan-result.js';
export { SCAN_RESULT_SCHEMA_VERSION } from './result/scan-result.js';
export { loadScanResult } from './result/load.js';
export { parseScanResult } from './result/parse.js';
export { sortScanResult, compareFindings } from './result/sort.js';
export { recountStats } from './result/stats.js';
export { mergeScanResults } from './result/merge.js';
export type { Shard } from './result/shard.js';
export { parseShard, getShardOfFile, isFileInShard, filterResultToShard, filterResultToFiles } from './result/shard.js';
export type { TextReportOptions } from './reporters/text.js';
export { renderText } from './reporters/text.js';
export { renderJson } from './reporters/json.js';
export type { SarifLog } from './reporters/sarif.js';
export { renderSarif, createSarifLog, readSarifLog, SARIF_FINGERPRINT_KEY } from './reporters/sarif.js';
export type { HtmlReportOptions } from './reporters/html.js';
export { renderHtml } from './reporters/html.js';
export type { Baseline, BaselineEntry } from './baseline/baseline.js';
export { createBaseline, applyBaseline, loadBaseline, parseBaseline, renderBaseline } from './baseline/baseline.js';
export type { Suppression } from './suppressions/suppressions.js';
export { applySuppressions, findSuppressions, SUPPRESSION_DIRECTIVE } from './suppressions/suppressions.js';
export type { LoadedConfig } from './config/load-config.js';
export { loadConfig, loadConfigFile, findConfigFile } from './config/load-config.js';
export { applyConfigToResult } from './config/apply-config.js';
export { getChangedFiles } from './git/changed-files.js';
export type { ImportGraph } from './git/import-graph.js';
export { buildImportGraph, findAffectedFiles } from './git/import-graph.js';
export type { CliIo, OutputStream } from './cli/io.js';
export type { CliDeps } from './cli/run.js';
export { runCli } from './cli/run.js';
