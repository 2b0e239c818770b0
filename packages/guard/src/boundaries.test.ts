import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The core entry and the browser entry must load in a browser or a worker: no Node module, no
// adapter, no framework. (ESLint enforces the same; this test also covers re-exports.)
const root = fileURLToPath(new URL('.', import.meta.url));

function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listSources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.startsWith('test-') ? [path] : [];
  });
}

function readImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/\bfrom\s+'([^']+)'|\bimport\s*\(\s*'([^']+)'\s*\)/g)].map((m) => m[1] ?? m[2] ?? '');
}

describe('package boundaries', () => {
  const portable = listSources(root).filter((file) => !relative(root, file).startsWith('adapters'));

  it('finds the core and browser sources', () => {
    expect(portable.map((f) => relative(root, f))).toEqual(expect.arrayContaining(['index.ts', 'guard.ts', join('browser', 'index.ts')]));
  });

  it.each(portable.map((f) => [relative(root, f), f]))('%s imports no Node module, adapter or framework', (_name, file) => {
    const imports = readImports(file);
    const allowed = (spec: string): boolean => spec.startsWith('.') ? !spec.includes('adapters/') : spec === 'zod' || spec === '@leakwatch/core';
    expect(imports.filter((spec) => !allowed(spec))).toEqual([]);
  });

  it('adapters reach the core only through relative imports and their own framework', () => {
    const frameworks: Record<string, string[]> = {
      'express.ts': ['express'],
      'fastify.ts': ['fastify'],
      'koa.ts': ['koa'],
      'hono.ts': ['hono'],
      'fetch.ts': [],
      'shared.ts': [],
    };
    for (const [file, allowed] of Object.entries(frameworks)) {
      const imports = readImports(join(root, 'adapters', file)).filter((spec) => !spec.startsWith('.') && spec !== 'zod');
      expect(imports, file).toEqual(allowed);
    }
  });
});
