import { readFile } from 'node:fs/promises';
import { LeakwatchError, isRuleId } from '@leakwatch/core';
import type { Finding, ScanResult } from '../result/scan-result.js';
import { recountStats } from '../result/stats.js';

/** Version of the baseline file format. */
export const BASELINE_VERSION = 1;

/** One accepted finding. Only `fingerprint` matches; the rest helps a reviewer read the file. */
export interface BaselineEntry {
  readonly fingerprint: string;
  readonly ruleId: string;
  readonly category: string;
  readonly sink: string;
  readonly file: string;
}

/** A baseline: findings accepted for now, so that only new ones fail the build. */
export interface Baseline {
  readonly baselineVersion: typeof BASELINE_VERSION;
  readonly tool: 'leakwatch';
  readonly findings: readonly BaselineEntry[];
}

/**
 * Creates a baseline from a result's findings. It holds fingerprints (which survive line
 * shifts) and no line numbers, so the file does not churn when unrelated code moves.
 */
export function createBaseline(result: ScanResult): Baseline {
  const entries = new Map<string, BaselineEntry>();
  for (const finding of result.findings) {
    entries.set(finding.fingerprint, {
      fingerprint: finding.fingerprint,
      ruleId: finding.ruleId,
      category: finding.category,
      sink: finding.sink,
      file: finding.location.file,
    });
  }
  const findings = [...entries.values()].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0),
  );
  return { baselineVersion: BASELINE_VERSION, tool: 'leakwatch', findings };
}

/** Serialises a baseline as stable, newline-terminated JSON. */
export function renderBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/** Checks a parsed baseline file; throws `RESULT_INVALID` naming the file and the key. */
export function parseBaseline(value: unknown, source: string): Baseline {
  const fail = (message: string): never => {
    throw new LeakwatchError('RESULT_INVALID', message, { location: { file: source } });
  };
  if (typeof value !== 'object' || value === null) return fail('expected a leakwatch baseline (an object)');
  const record = value as Record<string, unknown>;
  if (record['baselineVersion'] !== BASELINE_VERSION) {
    return fail(`baselineVersion: expected ${BASELINE_VERSION}; write a new one with \`leakwatch baseline\``);
  }
  if (!Array.isArray(record['findings'])) return fail('findings: expected an array');
  record['findings'].forEach((entry: unknown, i) => {
    const fields = entry as Record<string, unknown> | null;
    if (typeof fields?.['fingerprint'] !== 'string') fail(`findings[${i}].fingerprint: expected a string`);
    if (!isRuleId(fields?.['ruleId'])) fail(`findings[${i}].ruleId: expected a leakwatch rule id`);
  });
  return value as Baseline;
}

/** Reads and checks a baseline file. */
export async function loadBaseline(file: string): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new LeakwatchError('RESULT_INVALID', `cannot read the baseline (${(error as NodeJS.ErrnoException).code ?? 'error'})`, {
      location: { file },
      cause: error,
    });
  }
  try {
    return parseBaseline(JSON.parse(text), file);
  } catch (error) {
    if (error instanceof LeakwatchError) throw error;
    throw new LeakwatchError('RESULT_INVALID', 'is not JSON', { location: { file }, cause: error });
  }
}

/**
 * Drops the findings the baseline accepts and counts them in `stats.baselined`. What remains
 * are the new findings: the ones that fail the build.
 */
export function applyBaseline(result: ScanResult, baseline: Baseline): ScanResult {
  const accepted = new Set(baseline.findings.map((entry) => entry.fingerprint));
  const kept: Finding[] = result.findings.filter((finding) => !accepted.has(finding.fingerprint));
  return recountStats({
    ...result,
    findings: kept,
    stats: { ...result.stats, baselined: result.stats.baselined + (result.findings.length - kept.length) },
  });
}
