import type { LeakwatchConfig } from './schema.js';

const cache = new Map<string, RegExp>();

// Translates one glob into an anchored regex: `**/` spans directories, `*` and `?` stay inside one.
function compileGlob(glob: string): RegExp {
  const cached = cache.get(glob);
  if (cached) return cached;
  // gitignore convention: a glob without a slash matches the file's name at any depth.
  const pattern = glob.includes('/') ? glob.replace(/^\.\//, '') : `**/${glob}`;
  let source = '';
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] ?? '';
    if (char === '*' && pattern[i + 1] === '*') {
      const slashAfter = pattern[i + 2] === '/';
      source += slashAfter ? '(?:.*/)?' : '.*';
      i += slashAfter ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '{') {
      braces++;
      source += '(?:';
    } else if (char === '}' && braces > 0) {
      braces--;
      source += ')';
    } else if (char === ',' && braces > 0) source += '|';
    else source += char.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  const regex = new RegExp(`^${source}$`);
  cache.set(glob, regex);
  return regex;
}

/**
 * Whether a path (relative to the project root, `/`-separated) matches a glob. Supports `**`,
 * `*`, `?` and `{a,b}`; a glob without `/` matches the file name at any depth.
 */
export function matchesGlob(path: string, glob: string): boolean {
  const normalised = path.replace(/\\/g, '/').replace(/^\.\//, '');
  return compileGlob(glob).test(normalised);
}

/** Whether a file is a test file under the config (not scanned for findings, policy point 9). */
export function isTestFile(config: Pick<LeakwatchConfig, 'testFiles'>, path: string): boolean {
  return config.testFiles.some((glob) => matchesGlob(path, glob));
}

/** Whether a file is scanned at all: included, not excluded, and not a test file. */
export function isScannedFile(config: Pick<LeakwatchConfig, 'include' | 'exclude' | 'testFiles'>, path: string): boolean {
  return (
    config.include.some((glob) => matchesGlob(path, glob)) &&
    !config.exclude.some((glob) => matchesGlob(path, glob)) &&
    !isTestFile(config, path)
  );
}
