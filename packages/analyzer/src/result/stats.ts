import { SEVERITIES } from '@leakwatch/core';
import type { Finding, ScanResult, Severity } from './scan-result.js';

/** Counts findings by severity. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/**
 * Returns the result with `stats.findings`, `stats.routes` and `stats.bySeverity` recomputed from
 * its arrays: every post-pass that drops findings (baseline, suppressions, shards) calls it, so
 * the counts can never disagree with the lists.
 */
export function recountStats(result: ScanResult): ScanResult {
  return {
    ...result,
    stats: {
      ...result.stats,
      findings: result.findings.length,
      routes: result.routes.length,
      bySeverity: countBySeverity(result.findings),
    },
  };
}
