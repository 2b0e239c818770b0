import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Every adapter is a unit of source, test and doc, and a subpath export (STYLE.md, convention 2).
const dir = fileURLToPath(new URL('.', import.meta.url));
const pkg = JSON.parse(readFileSync(join(dir, '..', '..', 'package.json'), 'utf8')) as { exports: Record<string, Record<string, string>> };
const adapters = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('test-') && f !== 'shared.ts')
  .map((f) => f.slice(0, -3));

describe('adapter registry', () => {
  it('knows the five adapters', () => {
    expect(adapters.sort()).toEqual(['express', 'fastify', 'fetch', 'hono', 'koa']);
  });

  it.each(adapters)('%s has a test, a doc and a subpath export resolving to its source', (id) => {
    expect(existsSync(join(dir, `${id}.test.ts`))).toBe(true);
    expect(existsSync(join(dir, `${id}.md`))).toBe(true);
    expect(pkg.exports[`./${id}`]).toEqual({
      '@leakwatch/source': `./src/adapters/${id}.ts`,
      types: `./dist/adapters/${id}.d.ts`,
      default: `./dist/adapters/${id}.js`,
    });
  });

  it('imports each adapter through its package subpath', async () => {
    const modules = await Promise.all([
      import('@leakwatch/guard/express'),
      import('@leakwatch/guard/fastify'),
      import('@leakwatch/guard/koa'),
      import('@leakwatch/guard/hono'),
      import('@leakwatch/guard/fetch'),
    ]);
    expect(modules.map((m) => Object.keys(m).sort())).toEqual([['guardResponse'], ['leakwatchGuard'], ['guardKoa'], ['guardHono'], ['guardedJson', 'withGuard']]);
  });
});
