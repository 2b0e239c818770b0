import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { isSkippedDirectory, isSourcePath, isTestPath } from '../project/files.js';

/** Converts an absolute path to the root-relative, forward-slash form results use. */
export function toRootRelative(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

/**
 * Lists the source files a scan of `paths` (default: the root) covers, root-relative and sorted,
 * with the engine's own rules for skipped folders, extensions and test files. Symbolic links to
 * folders are not followed, so a link loop cannot trap the walk. The CLI needs the list for
 * shards, `--changed-since` and the suppression pass; the engine does its own discovery.
 */
export function listSourceFiles(root: string, paths?: readonly string[]): string[] {
  const found = new Set<string>();
  const visit = (entry: string): void => {
    let stats;
    try {
      stats = statSync(entry);
    } catch {
      return;
    }
    if (stats.isFile()) {
      if (isSourcePath(entry) && !isTestPath(entry)) found.add(toRootRelative(root, entry));
      return;
    }
    if (!stats.isDirectory()) return;
    let children;
    try {
      children = readdirSync(entry, { withFileTypes: true });
    } catch {
      return;
    }
    for (const child of children) {
      if (child.isSymbolicLink()) continue;
      if (child.isDirectory() && isSkippedDirectory(child.name)) continue;
      visit(path.join(entry, child.name));
    }
  };
  const starts = paths === undefined || paths.length === 0 ? [root] : paths.map((entry) => path.resolve(root, entry));
  for (const start of starts) if (existsSync(start)) visit(start);
  return [...found].sort();
}
