import { findSeverityOverride, isScannedFile } from '@leakwatch/core';
import type { LeakwatchConfig } from '@leakwatch/core';
import type { Finding, ScanResult } from '../result/scan-result.js';
import { recountStats } from '../result/stats.js';

/**
 * Applies the config's result-level settings to a scan: findings in files the config does not
 * scan (`include`, `exclude`, `testFiles`) are dropped, `rules`/`severity` entries set `off` drop
 * findings, and other entries set their severity. Applying it twice changes nothing, so it is
 * safe whether or not the engine already honoured these settings.
 */
export function applyConfigToResult(result: ScanResult, config: LeakwatchConfig): ScanResult {
  const findings: Finding[] = [];
  for (const finding of result.findings) {
    if (!isScannedFile(config, finding.location.file)) continue;
    const override = findSeverityOverride(config, finding.ruleId, finding.category, finding.sink);
    if (override === 'off') continue;
    findings.push(override === undefined || override === finding.severity ? finding : { ...finding, severity: override });
  }
  return findings.length === result.findings.length && findings.every((finding, i) => finding === result.findings[i])
    ? result
    : recountStats({ ...result, findings });
}
