import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RESPONSE_MODELS } from '@leakwatch/core';
import { ts } from 'ts-morph';
import { toRootRelative } from '../cli/source-files.js';

/** Root-relative file → root-relative files it imports (project files only, no packages). */
export type ImportGraph = ReadonlyMap<string, ReadonlySet<string>>;

function readCompilerOptions(root: string): ts.CompilerOptions {
  const config = ts.findConfigFile(root, (file) => ts.sys.fileExists(file), 'tsconfig.json');
  const fallback: ts.CompilerOptions = { allowJs: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext };
  if (config === undefined || !toRootRelative(root, config).split('/').every((part) => part !== '..')) return fallback;
  const parsed = ts.getParsedCommandLineOfConfigFile(config, undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: () => undefined,
  });
  return parsed === undefined ? fallback : { ...parsed.options, allowJs: true };
}

/**
 * Builds the project's import graph with TypeScript's own pre-processor (imports, re-exports,
 * dynamic `import()` and `require`) and module resolution (tsconfig `paths`, `baseUrl`, `.js`
 * specifiers for `.ts` files), without type-checking: it stays cheap on large projects.
 */
export function buildImportGraph(root: string, files: readonly string[]): ImportGraph {
  const options = readCompilerOptions(root);
  const cache = ts.createModuleResolutionCache(root, (name) => name, options);
  const graph = new Map<string, Set<string>>();
  for (const file of files) {
    const absolute = path.join(root, file);
    let text: string;
    try {
      text = readFileSync(absolute, 'utf8');
    } catch {
      continue;
    }
    const imports = new Set<string>();
    for (const reference of ts.preProcessFile(text, true, true).importedFiles) {
      const resolved = ts.resolveModuleName(reference.fileName, absolute, options, ts.sys, cache).resolvedModule;
      if (resolved === undefined || resolved.isExternalLibraryImport === true) continue;
      const target = toRootRelative(root, resolved.resolvedFileName);
      if (!target.startsWith('../') && existsSync(resolved.resolvedFileName)) imports.add(target);
    }
    graph.set(file, imports);
  }
  return graph;
}

/**
 * The files a change can affect: the changed files and, transitively, every file that imports
 * one of them (a repository change can create a finding in the controller two imports up).
 * A changed file that configures the modules it imports (`app.use('/users', requireAuth, users)`
 * decides whether the users router is authenticated) also affects those modules: `configures`
 * tells which changed files do.
 */
export function findAffectedFiles(
  changed: Iterable<string>,
  graph: ImportGraph,
  configures: (file: string) => boolean = () => false,
): Set<string> {
  const importers = new Map<string, string[]>();
  for (const [file, imports] of graph) {
    for (const target of imports) {
      const list = importers.get(target) ?? [];
      list.push(file);
      importers.set(target, list);
    }
  }
  const seeds = new Set<string>();
  for (const file of changed) {
    seeds.add(file);
    if (configures(file)) for (const target of graph.get(file) ?? []) seeds.add(target);
  }
  const affected = new Set<string>();
  const queue = [...seeds];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (affected.has(file)) continue;
    affected.add(file);
    queue.push(...(importers.get(file) ?? []));
  }
  return affected;
}

const SCOPE_METHODS = [...new Set(RESPONSE_MODELS.flatMap((model) => model.routes.flatMap((route) => route.scopeMethods ?? [])))];
const SCOPE_CALL = new RegExp(`\\.(?:${SCOPE_METHODS.join('|')})\\s*\\(`);

/**
 * Whether a file's text registers middleware or hooks that scope other modules' routes
 * (core's route models name those methods: Express/Koa/Hono `use`, Fastify `addHook`).
 */
export function isScopingModule(text: string): boolean {
  return SCOPE_METHODS.length > 0 && SCOPE_CALL.test(text);
}
