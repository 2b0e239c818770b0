import { LeakwatchError } from '@leakwatch/core';
import type { Diagnostic, Finding, RouteInfo, ScanResult } from './scan-result.js';
import { sortScanResult } from './sort.js';
import { recountStats } from './stats.js';

function keepFirstBy<T>(items: Iterable<T>, keyOf: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) {
    const key = keyOf(item);
    if (!seen.has(key)) seen.set(key, item);
  }
  return [...seen.values()];
}

const routeKey = (route: RouteInfo): string =>
  [route.file, route.line, route.method, route.path, route.handler ?? ''].join('\u0000');
const diagnosticKey = (diagnostic: Diagnostic): string =>
  [diagnostic.file ?? '', diagnostic.line ?? '', diagnostic.code, diagnostic.message].join('\u0000');
const findingKey = (finding: Finding): string => finding.fingerprint;

/** Checks that shard inputs are one complete partition: same count, every index exactly once. */
function checkShards(results: readonly ScanResult[]): boolean {
  const shards = results.map((result) => result.shard);
  if (shards.every((shard) => shard === undefined)) return false;
  const count = shards[0]?.count;
  if (count === undefined || shards.some((shard) => shard?.count !== count)) {
    throw new LeakwatchError('USAGE', 'merge: the inputs mix sharded and unsharded results, or different shard counts');
  }
  const indexes = shards.map((shard) => shard?.index ?? 0);
  const missing: number[] = [];
  for (let index = 1; index <= count; index++) if (!indexes.includes(index)) missing.push(index);
  if (missing.length > 0) {
    // A partial merge would look like a clean run for the missing files: refuse it.
    throw new LeakwatchError('USAGE', `merge: shard ${missing.map((index) => `${index}/${count}`).join(', ')} missing`);
  }
  return true;
}

/**
 * Merges results into one: findings deduplicated by fingerprint, routes and diagnostics by
 * content, everything in canonical order. Shards of one run (`--shard i/n`) must all be present.
 * Each shard walks only its own files, so files and lines add up; every shard loads the same
 * projects and summarises callees on demand wherever they live, so for projects and functions the
 * largest shard's count is kept, and the wall time is the slowest shard's. Unsharded inputs
 * (separate packages) add up throughout.
 */
export function mergeScanResults(results: readonly ScanResult[]): ScanResult {
  const [first] = results;
  if (first === undefined) throw new LeakwatchError('USAGE', 'merge: no results to merge');
  const sharded = checkShards(results);
  const combine = (pick: (result: ScanResult) => number): number =>
    sharded ? Math.max(...results.map(pick)) : results.reduce((sum, result) => sum + pick(result), 0);
  const sum = (pick: (result: ScanResult) => number): number => results.reduce((total, result) => total + pick(result), 0);

  const { shard: _shard, ...base } = first;
  const merged: ScanResult = {
    ...base,
    findings: keepFirstBy(results.flatMap((result) => result.findings), findingKey),
    routes: keepFirstBy(results.flatMap((result) => result.routes), routeKey),
    diagnostics: keepFirstBy(results.flatMap((result) => result.diagnostics), diagnosticKey),
    stats: {
      ...first.stats,
      projects: combine((result) => result.stats.projects),
      files: sum((result) => result.stats.files),
      linesOfCode: sum((result) => result.stats.linesOfCode),
      functions: combine((result) => result.stats.functions),
      durationMs: combine((result) => result.stats.durationMs),
      // Each shard suppresses and baselines only its own files' findings, so these add up.
      suppressed: sum((result) => result.stats.suppressed),
      baselined: sum((result) => result.stats.baselined),
    },
  };
  return recountStats(sortScanResult(merged));
}
