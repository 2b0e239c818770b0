import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ImportEntry, ImportIndex } from '../git/import-graph.js';
import { hashContent } from '../git/import-graph.js';
import type { ScanResult } from '../result/scan-result.js';

/** Bumped whenever what is stored changes shape or meaning: an older entry is then ignored. */
export const SCAN_CACHE_VERSION = 2;

/**
 * What the scan cache keeps of the last full scan under one set of settings: the content hash of
 * every input file, each source file's resolved imports, the lines of each analysed file, and the
 * result. A later scan hashes the files again; files whose hash and imports are unchanged, and
 * that import no changed file, keep their findings, routes and diagnostics.
 */
export interface StoredScan {
  readonly version: number;
  /** Hash of everything outside the files that can change a finding (tool, options, config, compiler options, lockfiles). */
  readonly settings: string;
  /** Root-relative input file → content hash (sources and tsconfigs). */
  readonly hashes: Readonly<Record<string, string>>;
  readonly imports: { readonly layout: string; readonly entries: Readonly<Record<string, ImportEntry>> };
  /** Root-relative analysed file → its line count (the `linesOfCode` a merged result adds up). */
  readonly lines: Readonly<Record<string, number>>;
  readonly result: ScanResult;
}

/** The cache folder's entry for one set of settings. */
export interface ScanCache {
  read(): StoredScan | undefined;
  write(stored: StoredScan): void;
}

/** Opens the entry for `settings` (a hash) in a cache folder; the folder is created on first write. */
export function openScanCache(dir: string, settings: string): ScanCache {
  const file = path.join(dir, `scan-${settings.slice(0, 32)}.json`);
  return {
    read() {
      try {
        const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<StoredScan>;
        if (parsed.version !== SCAN_CACHE_VERSION || parsed.settings !== settings) return undefined;
        if (parsed.hashes === undefined || parsed.imports === undefined || parsed.lines === undefined || parsed.result === undefined) return undefined;
        return parsed as StoredScan;
      } catch {
        // Missing, truncated or foreign: a cache that cannot be read only costs a full scan.
        return undefined;
      }
    },
    write(stored) {
      try {
        mkdirSync(dir, { recursive: true });
        // Write then rename, so a concurrent reader never sees half a file.
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, JSON.stringify(stored));
        renameSync(temporary, file);
      } catch {
        // A cache that cannot be written only costs time on the next run.
      }
    },
  };
}

/** Hashes the settings of a scan into the key its cache entry is filed under. */
export function hashSettings(settings: unknown): string {
  return hashContent(JSON.stringify(settings));
}

/** Content hashes of files (root-relative → hash); an unreadable file hashes to a marker. */
export function hashFiles(root: string, files: Iterable<string>): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const file of files) {
    let hash: string;
    try {
      hash = hashContent(readFileSync(path.join(root, file)));
    } catch {
      hash = '<unreadable>';
    }
    hashes.set(file, hash);
  }
  return hashes;
}

/** The import index kept in a stored scan, in the shape `indexImports` reuses. */
export function readStoredImports(stored: StoredScan): ImportIndex {
  return toImportIndex(stored.imports.layout, stored.imports.entries);
}

function toImportIndex(layout: string, records: Readonly<Record<string, ImportEntry>>): ImportIndex {
  const entries = new Map(Object.entries(records));
  const graph = new Map([...entries].map(([file, entry]) => [file, new Set(entry.imports)] as const));
  return { graph, layout, entries };
}

/** What changed between a stored scan and the current files. */
export interface InputChanges {
  /** Files added, removed or with a new content hash. */
  readonly changed: ReadonlySet<string>;
  readonly removed: ReadonlySet<string>;
}

/** Compares the stored hashes with the current ones. */
export function compareHashes(stored: StoredScan, current: ReadonlyMap<string, string>): InputChanges {
  const changed = new Set<string>();
  const removed = new Set<string>();
  for (const [file, hash] of current) if (stored.hashes[file] !== hash) changed.add(file);
  for (const file of Object.keys(stored.hashes)) {
    if (current.has(file)) continue;
    changed.add(file);
    removed.add(file);
  }
  return { changed, removed };
}

/**
 * The last import index written to a cache folder, whatever settings it was computed under: an
 * entry is reused only for the same layout and content hash, so any index is a safe start.
 * `--changed-since` reads it to skip pre-processing and resolving unchanged files.
 */
export function readImportIndex(dir: string): ImportIndex | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path.join(dir, 'imports.json'), 'utf8')) as { version?: number; layout?: string; entries?: Record<string, ImportEntry> };
    if (parsed.version !== SCAN_CACHE_VERSION || typeof parsed.layout !== 'string' || parsed.entries === undefined) return undefined;
    return toImportIndex(parsed.layout, parsed.entries);
  } catch {
    return undefined;
  }
}

/** Stores an import index for the next run (see `readImportIndex`). */
export function writeImportIndex(dir: string, index: ImportIndex): void {
  try {
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'imports.json');
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ version: SCAN_CACHE_VERSION, layout: index.layout, entries: Object.fromEntries(index.entries) }));
    renameSync(temporary, file);
  } catch {
    // Only time is lost.
  }
}
