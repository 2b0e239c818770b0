import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ScanResult } from '../result/scan-result.js';

/**
 * The scan cache: a whole result stored under the hash of everything it depends on (tool and
 * TypeScript versions, options, config, and the path and content hash of every input file).
 * A finding in one file can depend on any other file (summaries cross files), so the hash covers
 * the whole input set; an unchanged repository is answered from the cache without analysis.
 */
export interface ScanCache {
  readonly key: string;
  read(): ScanResult | undefined;
  write(result: ScanResult): void;
}

/** Hashes the inputs of a scan into a cache key. */
export function createCacheKey(parts: { readonly settings: unknown; readonly files: readonly string[]; readonly root: string }): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(parts.settings));
  for (const file of [...parts.files].sort()) {
    hash.update('\u0000');
    hash.update(path.relative(parts.root, file));
    hash.update('\u0000');
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('<unreadable>');
    }
  }
  return hash.digest('hex');
}

/** Opens the cache entry for a key in a folder (created on first write). */
export function openScanCache(dir: string, key: string): ScanCache {
  const file = path.join(dir, `scan-${key.slice(0, 32)}.json`);
  return {
    key,
    read() {
      try {
        const parsed = JSON.parse(readFileSync(file, 'utf8')) as ScanResult & { cacheKey?: string };
        return parsed.cacheKey === key ? parsed : undefined;
      } catch {
        return undefined;
      }
    },
    write(result) {
      try {
        mkdirSync(dir, { recursive: true });
        // Write then rename, so a concurrent reader never sees half a file.
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, JSON.stringify({ ...result, cacheKey: key }));
        renameSync(temporary, file);
      } catch {
        // A cache that cannot be written only costs time on the next run.
      }
    },
  };
}
