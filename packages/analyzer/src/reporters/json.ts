import type { ScanResult } from '../result/scan-result.js';

/**
 * Renders the result as leakwatch JSON: the ScanResult itself, keys in the documented order,
 * two-space indented, newline-terminated. `leakwatch report` and `leakwatch merge` read it back.
 */
export function renderJson(result: ScanResult): string {
  const ordered = {
    schemaVersion: result.schemaVersion,
    tool: result.tool,
    typescriptVersion: result.typescriptVersion,
    root: result.root,
    ...(result.shard === undefined ? {} : { shard: result.shard }),
    findings: result.findings,
    routes: result.routes,
    diagnostics: result.diagnostics,
    stats: result.stats,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
