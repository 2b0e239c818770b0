import { readFileSync } from 'node:fs';

/** The analyzer package's version, read from its package.json (same path from src/ and dist/). */
export function readPackageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
  return manifest.version ?? '0.0.0';
}
