import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE_NAMES, RESPONSE_MODELS } from '@leakwatch/core';
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

/** One file's entry in an import index: its content hash and the project files it imports. */
export interface ImportEntry {
  readonly hash: string;
  readonly imports: readonly string[];
}

/**
 * An import graph with what it was computed from: the content hash of every file, and a layout
 * key (compiler options and the file list) under which a resolved import stays valid.
 */
export interface ImportIndex {
  readonly graph: ImportGraph;
  readonly layout: string;
  readonly entries: ReadonlyMap<string, ImportEntry>;
}

/** Hashes file content the way the scan cache keys files. */
export function hashContent(content: Uint8Array | string): string {
  return createHash('sha1').update(content).digest('hex');
}

/**
 * Builds the project's import graph with TypeScript's own pre-processor (imports, re-exports,
 * dynamic `import()` and `require`) and module resolution (tsconfig `paths`, `baseUrl`, `.js`
 * specifiers for `.ts` files), without type-checking: it stays cheap on large projects.
 */
export function buildImportGraph(root: string, files: readonly string[]): ImportGraph {
  return indexImports(root, files).graph;
}

/**
 * Builds the import graph and its index. With a `previous` index of the same layout (same
 * compiler options, same file list), a file whose content hash is unchanged keeps its resolved
 * imports: only changed files are pre-processed and resolved again. `knownHashes` (root-relative
 * file → content hash, as `hashContent` computes it) saves reading files already hashed.
 */
export function indexImports(root: string, files: readonly string[], previous?: ImportIndex, knownHashes?: ReadonlyMap<string, string>): ImportIndex {
  const options = readCompilerOptions(root);
  const layout = hashContent(JSON.stringify({ options, files: [...files].sort() }));
  const reusable = previous !== undefined && previous.layout === layout ? previous.entries : undefined;
  let cache: ts.ModuleResolutionCache | undefined;
  const graph = new Map<string, Set<string>>();
  const entries = new Map<string, ImportEntry>();
  for (const file of files) {
    const absolute = path.join(root, file);
    const known = reusable?.get(file);
    // A hash the caller already computed spares reading the file when its entry is reusable.
    if (known !== undefined && knownHashes?.get(file) === known.hash) {
      graph.set(file, new Set(known.imports));
      entries.set(file, known);
      continue;
    }
    let content: Buffer;
    try {
      content = readFileSync(absolute);
    } catch {
      continue;
    }
    const hash = hashContent(content);
    if (known !== undefined && known.hash === hash) {
      graph.set(file, new Set(known.imports));
      entries.set(file, known);
      continue;
    }
    cache ??= ts.createModuleResolutionCache(root, (name) => name, options);
    const imports = new Set<string>();
    for (const reference of ts.preProcessFile(content.toString('utf8'), true, true).importedFiles) {
      const resolved = ts.resolveModuleName(reference.fileName, absolute, options, ts.sys, cache).resolvedModule;
      if (resolved === undefined || resolved.isExternalLibraryImport === true) continue;
      const target = toRootRelative(root, resolved.resolvedFileName);
      if (!target.startsWith('../') && existsSync(resolved.resolvedFileName)) imports.add(target);
    }
    graph.set(file, imports);
    entries.set(file, { hash, imports: [...imports].sort() });
  }
  return { graph, layout, entries };
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

/** Files whose change can alter findings anywhere: leakwatch's config, tsconfigs, package manifests. */
export function isProjectWideFile(file: string): boolean {
  const name = path.posix.basename(file);
  return (CONFIG_FILE_NAMES as readonly string[]).includes(name) || /^tsconfig.*\.json$/.test(name) || name === 'package.json';
}
