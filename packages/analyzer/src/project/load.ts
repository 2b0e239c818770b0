import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Project, ts } from 'ts-morph';
import type { Diagnostic } from '../result/scan-result.js';
import type { ProjectSpec } from './discover.js';
import { listSources, relative } from './discover.js';
import { isExcludedPath, isSourcePath, isTestPath, readSourceFile } from './files.js';

/** A loaded project: the program (ts-morph's TypeScript) and the files whose findings count. */
export interface LoadedProject {
  readonly program: ts.Program;
  /** Files analysed for findings: sources that read and parse, minus tests. */
  readonly files: readonly ts.SourceFile[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Compiler options for a folder without tsconfig, and the floor under a broken one. */
export const DEFAULT_COMPILER_OPTIONS: ts.CompilerOptions = {
  allowJs: true,
  checkJs: false,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  experimentalDecorators: true,
  emitDecoratorMetadata: true,
  skipLibCheck: true,
  noEmit: true,
  jsx: ts.JsxEmit.Preserve,
  esModuleInterop: true,
};

/**
 * Loads one project. A tsconfig that cannot be read or whose `extends` is missing gives a
 * `tsconfig-error` diagnostic and falls back to what could be parsed (or the defaults);
 * unreadable, binary, non-UTF-8 and oversized files are left out with a diagnostic each.
 *
 * With a `scope` (absolute paths), the program is built from the project's files in the scope
 * plus what they import, found by TypeScript's module resolution, instead of from every file of
 * the tsconfig; files that can change types without being imported (scripts, `declare global`,
 * `declare module`) stay roots. Only the files in that program are analysed.
 */
export function loadProject(spec: ProjectSpec, root: string, scope?: ReadonlySet<string>): LoadedProject {
  const diagnostics: Diagnostic[] = [];
  let options: ts.CompilerOptions = DEFAULT_COMPILER_OPTIONS;
  let fileNames: readonly string[] = spec.files;
  if (spec.tsconfig !== undefined) {
    const parsed = parseTsconfig(spec.tsconfig, root, diagnostics);
    if (parsed !== undefined) {
      options = { ...DEFAULT_COMPILER_OPTIONS, ...parsed.options, noEmit: true, allowJs: parsed.options.allowJs ?? false };
      if (spec.files.length === 0) fileNames = parsed.fileNames;
    }
    if (spec.files.length === 0 && (parsed === undefined || parsed.fileNames.length === 0)) {
      // Nothing listed, or the tsconfig is unreadable: fall back to every source in its folder.
      fileNames = listSources(spec.dir, root, []);
    }
  }
  delete options.outDir;
  delete options.composite;
  delete options.incremental;
  delete options.tsBuildInfoFile;
  // The program is built with ts-morph's bundled TypeScript directly: the engine walks compiler
  // nodes, so ts-morph's wrappers would only add a second tree and its bookkeeping.
  const texts = new Map<string, string>();
  const analysed: string[] = [];
  const candidates: string[] = [];
  for (const fileName of [...new Set(fileNames.map((name) => path.resolve(name)))].sort()) {
    if (!isSourcePath(fileName) || isExcludedPath(relative(root, fileName))) continue;
    candidates.push(fileName);
  }
  const refused = new Set<string>();
  const screen = (fileName: string): string | undefined => {
    const outcome = readSourceFile(fileName);
    if (outcome.kind === 'ok') return outcome.text;
    diagnostics.push({
      code: outcome.kind === 'unreadable' ? 'internal-error' : outcome.kind,
      severity: 'warning',
      message: outcome.message,
      file: relative(root, fileName),
    });
    // Files the scan refused (binary, too large) stay out even when something imports them.
    refused.add(fileName);
    return undefined;
  };
  let rootNames: string[];
  if (scope === undefined) {
    for (const fileName of candidates) {
      const text = screen(fileName);
      if (text === undefined) continue;
      texts.set(fileName, text);
      if (!isTestPath(relative(root, fileName))) analysed.push(fileName);
    }
    rootNames = [...texts.keys()];
  } else {
    rootNames = [];
    for (const fileName of candidates) {
      if (!scope.has(fileName) && !mayDeclareGlobals(fileName)) continue;
      const text = screen(fileName);
      if (text === undefined) continue;
      texts.set(fileName, text);
      rootNames.push(fileName);
    }
  }
  // In a scoped program, project files reached through imports are screened when TypeScript asks.
  const lazy = scope === undefined ? undefined : { candidates: new Set(candidates), screen };
  const host = createHost(options, texts, refused, lazy);
  const program = ts.createProgram({ rootNames, options, host });
  if (scope !== undefined) {
    for (const fileName of candidates) {
      if (texts.has(fileName) && !isTestPath(relative(root, fileName))) analysed.push(fileName);
    }
  }
  const parsedFiles: ts.SourceFile[] = [];
  for (const fileName of analysed) {
    const sourceFile = program.getSourceFile(fileName);
    if (sourceFile === undefined) continue;
    const syntax = program.getSyntacticDiagnostics(sourceFile);
    const first = syntax[0];
    if (first !== undefined) {
      const { line } = sourceFile.getLineAndCharacterOfPosition(first.start ?? 0);
      diagnostics.push({
        code: 'parse-error',
        severity: 'warning',
        message: `skipped: the file does not parse (${ts.flattenDiagnosticMessageText(first.messageText, ' ')})`,
        file: relative(root, sourceFile.fileName),
        line: line + 1,
      });
      continue;
    }
    parsedFiles.push(sourceFile);
  }
  return { program, files: parsedFiles, diagnostics };
}

/** Where ts-morph serves its bundled lib files from (they are not on disk). */
const LIB_FOLDER = '/node_modules/typescript/lib';
let libHost: ts.ModuleResolutionHost | undefined;
// Parsed lib files are shared by every program of the process (monorepos, repeated scans).
const libSourceFiles = new Map<string, ts.SourceFile>();

/**
 * A compiler host on ts-morph's TypeScript: project sources from the texts the scan read and
 * screened, lib files from ts-morph's bundled copies, everything else from disk.
 */
function createHost(
  options: ts.CompilerOptions,
  texts: Map<string, string>,
  refused: ReadonlySet<string>,
  lazy?: { readonly candidates: ReadonlySet<string>; readonly screen: (fileName: string) => string | undefined },
): ts.CompilerHost {
  libHost ??= new Project({ skipAddingFilesFromTsConfig: true }).getModuleResolutionHost();
  const libs = libHost;
  const host = ts.createCompilerHost(options, true);
  const isLib = (fileName: string): boolean => fileName.startsWith(`${LIB_FOLDER}/`);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getDefaultLibLocation = () => LIB_FOLDER;
  host.getDefaultLibFileName = (compilerOptions) => `${LIB_FOLDER}/${ts.getDefaultLibFileName(compilerOptions)}`;
  // The project's own text for a file of the tsconfig, read and screened once (scoped programs).
  const textOf = (resolved: string): string | undefined => {
    const known = texts.get(resolved);
    if (known !== undefined || lazy === undefined || refused.has(resolved) || !lazy.candidates.has(resolved)) return known;
    const text = lazy.screen(resolved);
    if (text !== undefined) texts.set(resolved, text);
    return text;
  };
  host.readFile = (fileName) => {
    if (isLib(fileName)) return libs.readFile(fileName);
    const resolved = path.resolve(fileName);
    return textOf(resolved) ?? (refused.has(resolved) ? '' : readFile(fileName));
  };
  host.fileExists = (fileName) => (isLib(fileName) ? libs.fileExists(fileName) : texts.has(path.resolve(fileName)) || fileExists(fileName));
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    if (isLib(fileName)) {
      const target = typeof languageVersion === 'object' ? languageVersion.languageVersion : languageVersion;
      const key = `${target}:${fileName}`;
      let sourceFile = libSourceFiles.get(key);
      if (sourceFile === undefined) {
        const text = libs.readFile(fileName);
        if (text === undefined) return undefined;
        sourceFile = ts.createSourceFile(fileName, text, languageVersion, false);
        libSourceFiles.set(key, sourceFile);
      }
      return sourceFile;
    }
    const text = textOf(path.resolve(fileName));
    if (text !== undefined) return ts.createSourceFile(fileName, text, languageVersion, false);
    if (refused.has(path.resolve(fileName))) return ts.createSourceFile(fileName, '', languageVersion, false);
    return getSourceFile(fileName, languageVersion, onError, shouldCreate);
  };
  return host;
}

/**
 * Whether a source file can change types elsewhere without being imported: a script (no top-level
 * import or export: its declarations are global) or an ambient `declare global` / `declare module`
 * block. A scoped program keeps these as roots, so types match a full scan.
 */
function mayDeclareGlobals(fileName: string): boolean {
  let text: string;
  try {
    text = readFileSync(fileName, 'utf8');
  } catch {
    return false;
  }
  return /\bdeclare\s+(global|module)\b/.test(text) || !/^\s*(import|export)\b/m.test(text);
}

/** The files a tsconfig lists (for cache keys); empty when it cannot be read. */
export function describeTsconfig(tsconfig: string): { readonly fileNames: readonly string[]; readonly options: ts.CompilerOptions } {
  const parsed = parseTsconfig(tsconfig, path.dirname(tsconfig), []);
  return { fileNames: parsed?.fileNames ?? [], options: parsed?.options ?? {} };
}

function parseTsconfig(tsconfig: string, root: string, diagnostics: Diagnostic[]): ts.ParsedCommandLine | undefined {
  const read = ts.readConfigFile(tsconfig, (file) => ts.sys.readFile(file));
  if (read.error !== undefined) {
    diagnostics.push({
      code: 'tsconfig-error',
      severity: 'error',
      message: `cannot read tsconfig: ${ts.flattenDiagnosticMessageText(read.error.messageText, ' ')}`,
      file: relative(root, tsconfig),
    });
    return undefined;
  }
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(tsconfig), undefined, tsconfig);
  for (const error of parsed.errors) {
    // "No inputs were found" is how an empty solution-style tsconfig reads; not worth a warning.
    if (error.code === 18003) continue;
    diagnostics.push({
      code: 'tsconfig-error',
      severity: 'warning',
      message: `tsconfig problem, continuing with what could be read: ${ts.flattenDiagnosticMessageText(error.messageText, ' ')}`,
      file: relative(root, tsconfig),
    });
  }
  if (parsed.fileNames.length === 0 && parsed.projectReferences !== undefined) {
    // A solution-style tsconfig: the referenced projects' sources are the program.
    const referenced: string[] = [];
    for (const reference of parsed.projectReferences) {
      const refPath = ts.resolveProjectReferencePath(reference);
      const sub = parseTsconfig(refPath, root, diagnostics);
      if (sub !== undefined) referenced.push(...sub.fileNames);
    }
    return { ...parsed, fileNames: referenced };
  }
  return parsed;
}
