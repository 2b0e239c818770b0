import type { CategoryId, Finding, Severity, SinkId } from '@leakwatch/core';

/**
 * The result model: the contract between the engine and every reporter. Reporters are pure
 * functions of it, and `leakwatch report saved.json` re-renders a saved one without re-scanning.
 * Bump SCAN_RESULT_SCHEMA_VERSION on any incompatible change; the JSON Schema beside this file
 * (scan-result.schema.json) is published with the package.
 */
export const SCAN_RESULT_SCHEMA_VERSION = 1;

/** A route the engine recognised: the endpoint inventory of the HTML report. */
export interface RouteInfo {
  /** Upper-case HTTP method, or `QUERY`/`MUTATION`/`PROCEDURE` for GraphQL and tRPC, or `ANY`. */
  readonly method: string;
  /** The route path as written (`/users/:id`), or the resolver/procedure name. */
  readonly path: string;
  readonly framework: string;
  readonly file: string;
  readonly line: number;
  /** The handler's name when it has one (`UsersController.findOne`). */
  readonly handler?: string;
  readonly authenticated: boolean;
  readonly ownerScoped: boolean;
  /** Categories that reach this route's response, its logs, and third parties. */
  readonly returns: readonly CategoryId[];
  readonly logs: readonly CategoryId[];
  readonly sendsToThirdParties: readonly CategoryId[];
}

/** Something the scan could not do; the scan went on. */
export interface Diagnostic {
  readonly code:
    | 'parse-error'
    | 'binary-file'
    | 'not-utf8'
    | 'file-too-large'
    | 'symlink-loop'
    | 'tsconfig-error'
    | 'config-error'
    | 'unused-suppression'
    | 'suppression-without-reason'
    | 'internal-error';
  readonly severity: 'warning' | 'error';
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
}

/** Counts and timings of one scan. */
export interface ScanStats {
  readonly projects: number;
  readonly files: number;
  readonly linesOfCode: number;
  readonly functions: number;
  readonly routes: number;
  readonly findings: number;
  /** Findings left out because a baseline or suppression covers them. */
  readonly suppressed: number;
  readonly baselined: number;
  readonly durationMs: number;
  /** Counts by severity, after baseline and suppressions. */
  readonly bySeverity: Readonly<Record<Severity, number>>;
}

/** The tool that produced the result (SARIF `tool.driver`). */
export interface ToolInfo {
  readonly name: 'leakwatch';
  readonly version: string;
  readonly informationUri: string;
}

/** One scan's whole result. File paths are relative to `root`, with forward slashes. */
export interface ScanResult {
  readonly schemaVersion: typeof SCAN_RESULT_SCHEMA_VERSION;
  readonly tool: ToolInfo;
  /** The TypeScript version the analyzer ran on (ts-morph's bundled one). */
  readonly typescriptVersion: string;
  /** Absolute path of the scanned root. */
  readonly root: string;
  /** Sorted by file, line, column, ruleId, category. */
  readonly findings: readonly Finding[];
  readonly routes: readonly RouteInfo[];
  readonly diagnostics: readonly Diagnostic[];
  readonly stats: ScanStats;
  /** Present when the scan ran as one shard of several (`--shard 2/4`). */
  readonly shard?: { readonly index: number; readonly count: number };
}

/** Re-exported for reporters, which import only the result model. */
export type { CategoryId, Finding, Severity, SinkId };
