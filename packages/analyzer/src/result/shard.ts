import { LeakwatchError } from '@leakwatch/core';
import type { ScanResult } from './scan-result.js';
import { recountStats } from './stats.js';

/** One shard of a partitioned scan: `index` is 1-based, as written on the command line (`2/4`). */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** Parses `i/n` (1 ≤ i ≤ n ≤ 1000); throws a `USAGE` error naming the flag otherwise. */
export function parseShard(text: string): Shard {
  const match = /^(\d{1,4})\/(\d{1,4})$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || count > 1000 || index < 1 || index > count) {
    throw new LeakwatchError('USAGE', `--shard: expected i/n with 1 <= i <= n <= 1000 (e.g. 2/4), got "${text}"`);
  }
  return { index, count };
}

/**
 * The shard (1-based) a file belongs to: FNV-1a of its root-relative path modulo the shard count.
 * A hash of the path alone, so every machine agrees without seeing the other shards' files, and
 * adding a file never moves the others.
 */
export function getShardOfFile(file: string, count: number): number {
  const normalised = file.replace(/\\/g, '/').replace(/^\.\//, '');
  let hash = 0x811c9dc5;
  for (let i = 0; i < normalised.length; i++) {
    hash ^= normalised.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % count) + 1;
}

/** True when `file` (relative to the root) belongs to `shard`. */
export function isFileInShard(file: string, shard: Shard): boolean {
  return getShardOfFile(file, shard.count) === shard.index;
}

/**
 * Keeps what belongs to one shard: findings, routes and located diagnostics of its files, and
 * file-less diagnostics in shard 1 only, so a merge sees each exactly once. The engine still
 * analyses the whole program in every shard (flows cross files); only reporting is partitioned.
 */
export function filterResultToShard(result: ScanResult, shard: Shard): ScanResult {
  const inShard = (file: string): boolean => isFileInShard(file, shard);
  return recountStats({
    ...result,
    findings: result.findings.filter((finding) => inShard(finding.location.file)),
    routes: result.routes.filter((route) => inShard(route.file)),
    diagnostics: result.diagnostics.filter((diagnostic) =>
      diagnostic.file === undefined ? shard.index === 1 : inShard(diagnostic.file),
    ),
    shard: { index: shard.index, count: shard.count },
  });
}

/**
 * Keeps what concerns the given files: their findings, routes and diagnostics, plus file-less
 * diagnostics (`--changed-since` reports on the changed files and their importers only).
 */
export function filterResultToFiles(result: ScanResult, files: ReadonlySet<string>): ScanResult {
  return recountStats({
    ...result,
    findings: result.findings.filter((finding) => files.has(finding.location.file)),
    routes: result.routes.filter((route) => files.has(route.file)),
    diagnostics: result.diagnostics.filter((diagnostic) => diagnostic.file === undefined || files.has(diagnostic.file)),
  });
}
