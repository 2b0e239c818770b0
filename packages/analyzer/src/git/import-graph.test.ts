import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listSourceFiles } from '../cli/source-files.js';
import { buildImportGraph, findAffectedFiles, isScopingModule } from './import-graph.js';

const files: Record<string, string> = {
  'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'nodenext', strict: true, baseUrl: '.', paths: { '@lib/*': ['src/lib/*'] } } }),
  'src/users/user.repository.ts': "export const findUser = (id: string) => ({ id });\n",
  'src/users/user.service.ts': "import { findUser } from './user.repository.js';\nexport const getUser = findUser;\n",
  'src/users/user.controller.ts': "import { getUser } from './user.service.js';\nexport const handler = () => getUser('1');\n",
  'src/lib/log.ts': 'export const log = console.log;\n',
  'src/billing/checkout.ts': "import { log } from '@lib/log';\nexport const checkout = () => log('x');\n",
  'src/jobs/nightly.ts': "export async function run() { const m = await import('../users/user.service.js'); return m; }\n",
  'src/standalone.ts': "import express from 'express';\nexport const app = express;\n",
  'src/users/user.repository.test.ts': "import './user.repository.js';\n",
};

describe('import graph and affected files', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'leakwatch-graph-'));
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(join(root, file, '..'), { recursive: true });
      writeFileSync(join(root, file), text);
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('resolves .js specifiers, tsconfig paths and dynamic imports, and skips packages', () => {
    const graph = buildImportGraph(root, listSourceFiles(root));
    expect([...(graph.get('src/users/user.service.ts') ?? [])]).toEqual(['src/users/user.repository.ts']);
    expect([...(graph.get('src/billing/checkout.ts') ?? [])]).toEqual(['src/lib/log.ts']);
    expect([...(graph.get('src/jobs/nightly.ts') ?? [])]).toEqual(['src/users/user.service.ts']);
    expect([...(graph.get('src/standalone.ts') ?? [])]).toEqual([]);
    // Test files are not part of the scan, so not of the graph either.
    expect(graph.has('src/users/user.repository.test.ts')).toBe(false);
  });

  it('follows importers transitively, and nothing else', () => {
    const graph = buildImportGraph(root, listSourceFiles(root));
    expect([...findAffectedFiles(['src/users/user.repository.ts'], graph)].sort()).toEqual([
      'src/jobs/nightly.ts',
      'src/users/user.controller.ts',
      'src/users/user.repository.ts',
      'src/users/user.service.ts',
    ]);
    expect([...findAffectedFiles(['src/lib/log.ts'], graph)].sort()).toEqual(['src/billing/checkout.ts', 'src/lib/log.ts']);
    expect([...findAffectedFiles(['src/users/user.controller.ts'], graph)]).toEqual(['src/users/user.controller.ts']);
  });
});

describe('changes that scope other modules', () => {
  const graph = new Map([
    ['src/app.ts', new Set(['src/routes/users.ts', 'src/middleware/auth.ts'])],
    ['src/routes/users.ts', new Set(['src/services/users.ts'])],
    ['src/services/users.ts', new Set<string>()],
    ['src/middleware/auth.ts', new Set<string>()],
    ['src/server.ts', new Set(['src/app.ts'])],
  ]);

  it('adds the modules a changed mounting file imports, and their importers', () => {
    const affected = findAffectedFiles(['src/app.ts'], graph, (file) => file === 'src/app.ts');
    expect([...affected].sort()).toEqual(['src/app.ts', 'src/middleware/auth.ts', 'src/routes/users.ts', 'src/server.ts']);
  });

  it('follows only importers when the changed file scopes nothing', () => {
    expect([...findAffectedFiles(['src/app.ts'], graph)].sort()).toEqual(['src/app.ts', 'src/server.ts']);
  });

  it('recognises middleware and hook registration from the route models, not any call', () => {
    expect(isScopingModule("app.use('/users', requireAuth, users);")).toBe(true);
    expect(isScopingModule("fastify.addHook('onRequest', authenticate);")).toBe(true);
    expect(isScopingModule('router.get("/x", handler); const used = reuse(x);')).toBe(false);
  });
});
