import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Source extensions scanned when a folder has no tsconfig (policy: the default set). */
export const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'] as const;

/**
 * Files above this size are skipped with a `file-too-large` diagnostic: they are almost always
 * generated (bundles, API clients), and parsing them dominates the scan while finding nothing a
 * reviewer could act on.
 */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** Folder names never walked: dependencies, build output, VCS and caches. */
const SKIPPED_DIRECTORIES = new Set([
  'node_modules',
  '.git',
  '.hg',
  '.svn',
  'dist',
  'build',
  'out',
  'coverage',
  '.next',
  '.nuxt',
  '.turbo',
  '.cache',
  '.output',
  '__fixtures__',
]);

/** Whether a directory name is one the scan never walks into. */
export function isSkippedDirectory(name: string): boolean {
  return SKIPPED_DIRECTORIES.has(name) || (name.startsWith('.') && name !== '.');
}

/** Whether a path has one of the scanned source extensions (declaration files excluded). */
export function isSourcePath(filePath: string): boolean {
  if (/\.d\.[cm]?ts$/.test(filePath)) return false;
  return (SOURCE_EXTENSIONS as readonly string[]).includes(path.extname(filePath));
}

/** Policy point 9: test files are not scanned for findings by default. */
export function isTestPath(filePath: string): boolean {
  const normalised = filePath.replace(/\\/g, '/');
  return /\.(test|spec)\.[cm]?[jt]sx?$/.test(normalised) || /(^|\/)__tests__\//.test(normalised);
}

/** Whether a path lies in dependencies or build output, which are never scanned. */
export function isExcludedPath(filePath: string): boolean {
  return filePath
    .replace(/\\/g, '/')
    .split('/')
    .some((segment) => SKIPPED_DIRECTORIES.has(segment));
}

/** The outcome of reading one candidate file. */
export type ReadOutcome =
  | { readonly kind: 'ok'; readonly text: string }
  | { readonly kind: 'binary-file' | 'not-utf8' | 'file-too-large' | 'unreadable'; readonly message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a source file for analysis, refusing what a parser would choke on or waste time on:
 * binary content (a NUL byte in the first 8 KiB), invalid UTF-8, and oversized files.
 */
export function readSourceFile(filePath: string, maxBytes = MAX_FILE_BYTES): ReadOutcome {
  let size: number;
  try {
    size = statSync(filePath).size;
  } catch (error) {
    return { kind: 'unreadable', message: `cannot read file: ${describeError(error)}` };
  }
  if (size > maxBytes) {
    return {
      kind: 'file-too-large',
      message: `skipped: ${Math.round(size / 1024)} KiB is above the ${Math.round(maxBytes / 1024)} KiB limit for source files (usually generated code)`,
    };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(filePath);
  } catch (error) {
    return { kind: 'unreadable', message: `cannot read file: ${describeError(error)}` };
  }
  if (bytes.subarray(0, 8192).includes(0)) {
    return { kind: 'binary-file', message: 'skipped: binary content in a source file' };
  }
  try {
    const text = utf8.decode(bytes);
    return { kind: 'ok', text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { kind: 'not-utf8', message: 'skipped: the file is not valid UTF-8' };
  }
}

/** A short reason from an unknown thrown value, without a stack. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return (error as NodeJS.ErrnoException).code ?? error.message;
  return String(error);
}
