// Test helpers for engine tests that describe a small project inline and mark expected findings
// with end-of-line comments (`// finding <rule> <category>`), so a missing and an extra finding
// both fail.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScanResult } from './result/scan-result.js';
import { scan } from './scan.js';

/** Root-relative path → file text. */
export type ProjectFiles = Readonly<Record<string, string>>;

/**
 * Writes the files to a new temporary folder, scans it, and returns both (remove `root` after).
 * `link` names packages core installs (`zod`) to link into the project's `node_modules`, for tests
 * that need a library's own types (`z.infer`); `fixtureLinks` names `[fixture, package]` pairs an
 * evaluation fixture installs (`['eval-travel', 'pg']`), for tests against a real client's typings.
 */
export async function scanTempProject(
  prefix: string,
  files: ProjectFiles,
  options: { readonly link?: readonly string[]; readonly fixtureLinks?: readonly (readonly [fixture: string, name: string])[] } = {},
): Promise<{ root: string; result: ScanResult }> {
  const root = mkdtempSync(path.join(tmpdir(), `leakwatch-${prefix}-`));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  const corePackage = fileURLToPath(new URL('../../core/package.json', import.meta.url));
  for (const name of options.link ?? []) {
    const target = path.dirname(createRequire(corePackage).resolve(`${name}/package.json`));
    mkdirSync(path.join(root, 'node_modules'), { recursive: true });
    symlinkSync(target, path.join(root, 'node_modules', name), 'dir');
  }
  for (const [fixture, name] of options.fixtureLinks ?? []) {
    const target = realpathSync(fileURLToPath(new URL(`../../../fixtures/${fixture}/node_modules/${name}`, import.meta.url)));
    mkdirSync(path.dirname(path.join(root, 'node_modules', name)), { recursive: true });
    symlinkSync(target, path.join(root, 'node_modules', name), 'dir');
  }
  return { root, result: await scan({ root }) };
}

/** Removes a folder written by scanTempProject. */
export function removeTempProject(root: string | undefined): void {
  if (root !== undefined) rmSync(root, { recursive: true, force: true });
}

/**
 * Every line whose end matches `marker`, as `file:line <capture groups joined by spaces>`;
 * a group holding several space-separated words yields one key per word when `split` is set.
 */
export function readMarkedLines(files: ProjectFiles, marker: RegExp, options: { split?: boolean } = {}): string[] {
  const keys: string[] = [];
  for (const [file, text] of Object.entries(files)) {
    text.split('\n').forEach((line, index) => {
      const match = marker.exec(line);
      if (!match) return;
      const groups = match.slice(1).map((group) => group ?? '');
      const words = options.split === true ? groups.join(' ').split(' ') : [groups.join(' ')];
      for (const word of words) keys.push(`${file}:${index + 1} ${word}`);
    });
  }
  return keys;
}
