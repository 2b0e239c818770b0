import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../result/scan-result.js';
import { describeError, isSkippedDirectory, isSourcePath } from './files.js';

/** One unit the engine loads into a ts-morph Project. */
export interface ProjectSpec {
  /** Absolute path of the tsconfig, or undefined for a folder scanned with default options. */
  readonly tsconfig: string | undefined;
  /** The folder the project stands for. */
  readonly dir: string;
  /** For default-option projects: the source files found by the walk. */
  readonly files: readonly string[];
}

/** What a walk of the scanned paths found. */
export interface Discovery {
  readonly projects: readonly ProjectSpec[];
  readonly diagnostics: readonly Diagnostic[];
}

interface WalkResult {
  readonly tsconfigs: string[];
  readonly sources: string[];
}

/**
 * Finds the projects below `root`: an explicit `--project` wins; a folder with a tsconfig.json is
 * one project; otherwise every tsconfig.json below it is one (a monorepo), and a folder with none
 * is scanned with default options. Symlink loops become diagnostics, never endless walks.
 */
export function discoverProjects(root: string, paths: readonly string[] | undefined, project: string | undefined): Discovery {
  const diagnostics: Diagnostic[] = [];
  if (project !== undefined) {
    const tsconfig = path.resolve(root, project);
    return { projects: [{ tsconfig, dir: path.dirname(tsconfig), files: [] }], diagnostics };
  }
  const starts = paths === undefined || paths.length === 0 ? [root] : paths.map((entry) => path.resolve(root, entry));
  const projects: ProjectSpec[] = [];
  for (const start of starts) {
    if (!existsSync(start)) {
      diagnostics.push({ code: 'internal-error', severity: 'error', message: `path does not exist: ${relative(root, start)}` });
      continue;
    }
    if (statSync(start).isFile()) {
      projects.push({ tsconfig: findNearestTsconfig(start, root), dir: path.dirname(start), files: [start] });
      continue;
    }
    const own = path.join(start, 'tsconfig.json');
    const walk = walkFolder(start, root, diagnostics);
    if (existsSync(own)) {
      projects.push({ tsconfig: own, dir: start, files: [] });
    } else if (walk.tsconfigs.length > 0) {
      for (const tsconfig of topmostTsconfigs(walk.tsconfigs)) projects.push({ tsconfig, dir: path.dirname(tsconfig), files: [] });
      const covered = topmostTsconfigs(walk.tsconfigs).map((tsconfig) => path.dirname(tsconfig) + path.sep);
      const loose = walk.sources.filter((file) => !covered.some((dir) => file.startsWith(dir)));
      if (loose.length > 0) projects.push({ tsconfig: undefined, dir: start, files: loose });
    } else {
      projects.push({ tsconfig: undefined, dir: start, files: walk.sources });
    }
  }
  return { projects, diagnostics };
}

/** Keeps tsconfigs that are not inside the folder of another one (nested ones are covered by it). */
function topmostTsconfigs(tsconfigs: readonly string[]): string[] {
  const sorted = [...tsconfigs].sort((a, b) => a.length - b.length || a.localeCompare(b));
  const kept: string[] = [];
  for (const candidate of sorted) {
    const dir = path.dirname(candidate) + path.sep;
    if (!kept.some((other) => dir.startsWith(path.dirname(other) + path.sep))) kept.push(candidate);
  }
  return kept;
}

function findNearestTsconfig(file: string, root: string): string | undefined {
  let dir = path.dirname(file);
  const stop = path.resolve(root);
  for (;;) {
    const candidate = path.join(dir, 'tsconfig.json');
    if (existsSync(candidate)) return candidate;
    if (dir === stop || path.dirname(dir) === dir) return undefined;
    dir = path.dirname(dir);
  }
}

/**
 * Walks a folder for tsconfig.json files and sources. A symlinked folder whose real path was
 * already visited on the current branch is a loop: reported once and not entered.
 */
function walkFolder(start: string, root: string, diagnostics: Diagnostic[]): WalkResult {
  const result: WalkResult = { tsconfigs: [], sources: [] };
  const visited = new Set<string>();
  const visit = (dir: string, depth: number): void => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (error) {
      diagnostics.push({
        code: describeError(error) === 'ELOOP' ? 'symlink-loop' : 'internal-error',
        severity: 'warning',
        message: `cannot resolve folder: ${describeError(error)}`,
        file: relative(root, dir),
      });
      return;
    }
    if (visited.has(real)) {
      diagnostics.push({
        code: 'symlink-loop',
        severity: 'warning',
        message: 'skipped: a symbolic link leads back to a folder already scanned',
        file: relative(root, dir),
      });
      return;
    }
    if (depth > 40) return;
    visited.add(real);
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch (error) {
      diagnostics.push({ code: 'internal-error', severity: 'warning', message: `cannot list folder: ${describeError(error)}`, file: relative(root, dir) });
      return;
    }
    for (const name of entries) {
      const full = path.join(dir, name);
      let isDir = false;
      let isFile = false;
      try {
        const link = lstatSync(full);
        if (link.isSymbolicLink()) {
          const target = statSync(full);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } else {
          isDir = link.isDirectory();
          isFile = link.isFile();
        }
      } catch (error) {
        const code = describeError(error);
        diagnostics.push({
          code: code === 'ELOOP' ? 'symlink-loop' : 'internal-error',
          severity: 'warning',
          message: code === 'ELOOP' ? 'skipped: a symbolic link points to itself in a loop' : `cannot read entry: ${code}`,
          file: relative(root, full),
        });
        continue;
      }
      if (isDir) {
        if (!isSkippedDirectory(name)) visit(full, depth + 1);
      } else if (isFile) {
        if (name === 'tsconfig.json') result.tsconfigs.push(full);
        else if (isSourcePath(full)) result.sources.push(full);
      }
    }
  };
  visit(start, 0);
  return result;
}

/** A path relative to the scanned root with forward slashes. */
export function relative(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

/** The source files below a folder, found by the same walk as discovery (loops reported). */
export function listSources(dir: string, root: string, diagnostics: Diagnostic[]): string[] {
  return walkFolder(dir, root, diagnostics).sources;
}
