import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
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
 */
export function findAffectedFiles(changed: Iterable<string>, graph: ImportGraph): Set<string> {
  const importers = new Map<string, string[]>();
  for (const [file, imports] of graph) {
    for (const target of imports) {
      const list = importers.get(target) ?? [];
      list.push(file);
      importers.set(target, list);
    }
  }
  const affected = new Set<string>();
  const queue = [...changed];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (affected.has(file)) continue;
    affected.add(file);
    queue.push(...(importers.get(file) ?? []));
  }
  return affected;
}
