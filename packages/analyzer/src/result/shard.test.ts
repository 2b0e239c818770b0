import { describe, expect, it } from 'vitest';
import { filterResultToFiles, filterResultToShard, getShardOfFile, isFileInShard, parseShard } from './shard.js';
import { createSampleResult } from './test-results.js';

describe('parseShard', () => {
  it('reads i/n and rejects anything else with a usage error', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '1/0', '2', 'a/b', '1/1001']) {
      expect(() => parseShard(bad)).toThrow(`--shard: expected i/n with 1 <= i <= n <= 1000 (e.g. 2/4), got "${bad}"`);
    }
  });
});

describe('shard partitioning', () => {
  it('puts every file in exactly one shard, the same on every call and for either separator', () => {
    const files = Array.from({ length: 200 }, (_, i) => `src/area-${i % 9}/file-${i}.ts`);
    for (const file of files) {
      const owners = [1, 2, 3, 4].filter((index) => isFileInShard(file, { index, count: 4 }));
      expect(owners).toEqual([getShardOfFile(file, 4)]);
      expect(getShardOfFile(file.replace(/\//g, '\\'), 4)).toBe(owners[0]);
    }
    // Spread: no shard gets less than half of its fair share of 200 files.
    const sizes = [1, 2, 3, 4].map((index) => files.filter((file) => getShardOfFile(file, 4) === index).length);
    expect(Math.min(...sizes)).toBeGreaterThan(25);
  });
});

describe('filterResultToShard and filterResultToFiles', () => {
  const result = createSampleResult();

  it('keeps the findings, routes and located diagnostics of the shard, file-less diagnostics in shard 1', () => {
    const shards = [1, 2].map((index) => filterResultToShard(result, { index, count: 2 }));
    for (const [i, shard] of shards.entries()) {
      expect(shard.shard).toEqual({ index: i + 1, count: 2 });
      expect(shard.findings.every((finding) => getShardOfFile(finding.location.file, 2) === i + 1)).toBe(true);
      expect(shard.stats.findings).toBe(shard.findings.length);
      expect(shard.stats.routes).toBe(shard.routes.length);
    }
    expect(shards[0]!.diagnostics.filter((d) => d.file === undefined)).toHaveLength(1);
    expect(shards[1]!.diagnostics.filter((d) => d.file === undefined)).toHaveLength(0);
    expect(shards[0]!.routes.length + shards[1]!.routes.length).toBe(result.routes.length);
  });

  it('keeps only the given files, and every file-less diagnostic', () => {
    const next = filterResultToFiles(result, new Set(['src/auth/login.ts']));
    expect(new Set(next.findings.map((finding) => finding.location.file))).toEqual(new Set(['src/auth/login.ts']));
    expect(next.routes.map((route) => route.path)).toEqual(['/login']);
    expect(next.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['tsconfig-error']);
    expect(next.stats.bySeverity).toEqual({ low: 0, medium: 1, high: 3 });
  });
});
