import { describe, expect, it } from 'vitest';
import { createSarifLog, readSarifLog } from '../reporters/sarif.js';
import { mergeScanResults } from './merge.js';
import type { ScanResult } from './scan-result.js';
import { filterResultToShard, getShardOfFile } from './shard.js';
import { createSampleResult, createSyntheticResult } from './test-results.js';

const withoutDuration = (result: ScanResult): ScanResult => ({ ...result, stats: { ...result.stats, durationMs: 0 } });

/** A shard as the engine returns it: its own files walked, so files and lines count only those. */
function createShard(whole: ScanResult, shard: { index: number; count: number }, files: readonly string[]): ScanResult {
  const own = files.filter((file) => getShardOfFile(file, shard.count) === shard.index);
  const filtered = filterResultToShard(whole, shard);
  return { ...filtered, stats: { ...filtered.stats, files: own.length, linesOfCode: own.length * 60 } };
}
const syntheticFiles = (count: number): string[] => Array.from({ length: count }, (_, f) => `src/module-${f % 7}/file-${f}.ts`);

describe('mergeScanResults', () => {
  it('merging the shards of a run gives exactly the unsharded result', () => {
    const whole = createSyntheticResult(60);
    for (const count of [1, 2, 3, 5]) {
      const shards = Array.from({ length: count }, (_, i) => createShard(whole, { index: i + 1, count }, syntheticFiles(60)));
      // Shards come back from CI in any order.
      const merged = mergeScanResults([...shards].reverse());
      expect(withoutDuration(merged)).toEqual(withoutDuration(whole));
      expect(merged.shard).toBeUndefined();
    }
  });

  it('gives the same result when the shards travel as SARIF', () => {
    const whole = createSyntheticResult(40);
    const shards = [1, 2, 3].map((index) => readSarifLog(createSarifLog(createShard(whole, { index, count: 3 }, syntheticFiles(40))), `s${index}.sarif`));
    expect(withoutDuration(mergeScanResults(shards))).toEqual(withoutDuration(whole));
  });

  it('really partitions: each shard holds only part of the findings', () => {
    const whole = createSyntheticResult(60);
    const shards = [1, 2, 3].map((index) => filterResultToShard(whole, { index, count: 3 }));
    expect(shards.map((shard) => shard.findings.length).reduce((a, b) => a + b)).toBe(whole.findings.length);
    for (const shard of shards) {
      expect(shard.findings.length).toBeLessThan(whole.findings.length);
      expect(shard.stats.findings).toBe(shard.findings.length);
    }
  });

  it('deduplicates by fingerprint and adds up unsharded inputs', () => {
    const a = createSampleResult();
    const b = createSampleResult({ findings: a.findings.slice(0, 4) });
    const merged = mergeScanResults([a, b]);
    expect(merged.findings).toEqual(a.findings);
    expect(merged.stats.files).toBe(a.stats.files + b.stats.files);
    expect(merged.stats.projects).toBe(2);
  });

  it('refuses an incomplete or mixed set of shards', () => {
    const whole = createSyntheticResult(20);
    const shard = (index: number, count: number): ScanResult => filterResultToShard(whole, { index, count });
    expect(() => mergeScanResults([shard(1, 3), shard(3, 3)])).toThrow('merge: shard 2/3 missing');
    expect(() => mergeScanResults([shard(1, 2), shard(2, 3)])).toThrow('merge: the inputs mix sharded and unsharded results');
    expect(() => mergeScanResults([shard(1, 2), whole])).toThrow('merge: the inputs mix');
    expect(() => mergeScanResults([])).toThrow('merge: no results to merge');
  });
});
