import type { Diagnostic, Finding, RouteInfo, ScanResult } from './scan-result.js';

/** Compares strings by UTF-16 code units: locale-independent, so every machine sorts alike. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders findings by file, line, column, rule, category, sink, then fingerprint (a total order). */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.location.file, b.location.file) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.category, b.category) ||
    compareText(a.sink, b.sink) ||
    compareText(a.fingerprint, b.fingerprint)
  );
}

/** Orders routes by file, line, method, then path. */
export function compareRoutes(a: RouteInfo, b: RouteInfo): number {
  return (
    compareText(a.file, b.file) ||
    a.line - b.line ||
    compareText(a.method, b.method) ||
    compareText(a.path, b.path) ||
    compareText(a.handler ?? '', b.handler ?? '')
  );
}

/** Orders diagnostics by file (file-less ones first), line, code, then message. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareText(a.file ?? '', b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    compareText(a.code, b.code) ||
    compareText(a.message, b.message)
  );
}

/**
 * Returns the result with findings, routes and diagnostics in their canonical order, so two
 * results with the same content serialise to the same bytes (merge equality, stable diffs).
 */
export function sortScanResult(result: ScanResult): ScanResult {
  return {
    ...result,
    findings: [...result.findings].sort(compareFindings),
    routes: [...result.routes].sort(compareRoutes),
    diagnostics: [...result.diagnostics].sort(compareDiagnostics),
  };
}
