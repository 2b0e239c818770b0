import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONFIG_FILE_NAMES, ConfigError, LeakwatchError, parseConfig } from '@leakwatch/core';
import type { LeakwatchConfig } from '@leakwatch/core';
import { ts } from 'ts-morph';

/** A loaded config and the file it came from (undefined: no config file, defaults apply). */
export interface LoadedConfig {
  readonly config: LeakwatchConfig | undefined;
  readonly file: string | undefined;
}

/** Finds the first `leakwatch.config.*` (in core's `CONFIG_FILE_NAMES` order) in the given folders. */
export function findConfigFile(dirs: readonly string[]): string | undefined {
  for (const dir of dirs) {
    for (const name of CONFIG_FILE_NAMES) {
      const file = path.join(dir, name);
      if (existsSync(file)) return file;
    }
  }
  return undefined;
}

function locateJsonError(text: string, error: unknown): { line?: number; column?: number } {
  const position = /position (\d+)/.exec(String((error as Error).message))?.[1];
  let offset = position === undefined ? undefined : Number(position);
  if (offset === undefined) {
    // Node's message has no position for some errors; TypeScript's JSON parser finds one.
    const parsed = ts.parseJsonText('config.json', text) as ts.JsonSourceFile & { parseDiagnostics?: readonly ts.Diagnostic[] };
    offset = parsed.parseDiagnostics?.[0]?.start;
  }
  if (offset === undefined) return {};
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** Node's JSON message without the echo of the input (a config may hold anything). */
function describeJsonError(error: unknown): string {
  const message = String((error as Error).message)
    .replace(/^(Unexpected (?:token|end)[^,]*),[\s\S]*$/, '$1')
    .replace(/ in JSON at position \d+[\s\S]*$/, '');
  return message.split('\n')[0] ?? '';
}

async function importDefault(file: string, shown: string): Promise<unknown> {
  let module: { default?: unknown };
  try {
    module = (await import(pathToFileURL(file).href)) as { default?: unknown };
  } catch (error) {
    throw new LeakwatchError('CONFIG_UNREADABLE', `cannot load the config: ${(error as Error).message.split('\n')[0] ?? ''}`, {
      location: { file: shown },
      cause: error,
    });
  }
  if (module.default === undefined) {
    throw new ConfigError('expected a default export (`export default { … }`)', { location: { file: shown } });
  }
  return typeof module.default === 'function' ? await (module.default as () => unknown)() : module.default;
}

/**
 * Transpiles a TypeScript config with ts-morph's own TypeScript (no extra runtime such as tsx)
 * to a temporary `.mjs` beside it, so its relative and package imports resolve as written, and
 * imports that. The temporary file is removed whatever happens.
 */
async function importTypeScript(file: string, shown: string): Promise<unknown> {
  const source = await readFile(file, 'utf8');
  const output = ts.transpileModule(source, {
    fileName: file,
    reportDiagnostics: true,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false, sourceMap: false },
  });
  const syntaxError = output.diagnostics?.find((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error);
  if (syntaxError !== undefined) {
    const at = syntaxError.file && syntaxError.start !== undefined ? syntaxError.file.getLineAndCharacterOfPosition(syntaxError.start) : undefined;
    throw new ConfigError(ts.flattenDiagnosticMessageText(syntaxError.messageText, ' '), {
      location: { file: shown, ...(at === undefined ? {} : { line: at.line + 1, column: at.character + 1 }) },
    });
  }
  const temporary = path.join(path.dirname(file), `.leakwatch.config.${process.pid}.${Date.now()}.mjs`);
  await writeFile(temporary, output.outputText);
  try {
    return await importDefault(temporary, shown);
  } finally {
    await rm(temporary, { force: true });
  }
}

/** Reads one config file (`.json`, `.js`, `.mjs` or `.ts`) and validates it with core's `parseConfig`. */
export async function loadConfigFile(file: string, shown = file): Promise<LeakwatchConfig> {
  if (!existsSync(file)) throw new LeakwatchError('CONFIG_NOT_FOUND', 'config file not found', { location: { file: shown } });
  const extension = path.extname(file);
  let value: unknown;
  if (extension === '.json') {
    const text = await readFile(file, 'utf8');
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new ConfigError(`not valid JSON: ${describeJsonError(error)}`, {
        location: { file: shown, ...locateJsonError(text, error) },
        cause: error,
      });
    }
  } else if (extension === '.ts' || extension === '.mts') {
    value = await importTypeScript(file, shown);
  } else if (extension === '.js' || extension === '.mjs') {
    value = await importDefault(file, shown);
  } else {
    throw new ConfigError(`unsupported config file type "${extension}"; use .json, .js, .mjs or .ts`, { location: { file: shown } });
  }
  return parseConfig(value, shown);
}

/**
 * Loads the config for a scan: `--config` when given (relative to the working directory), else
 * the first `leakwatch.config.*` in the scanned root, then in the working directory; no file
 * means core's defaults.
 */
export async function loadConfig(options: { readonly explicit?: string | undefined; readonly root: string; readonly cwd: string }): Promise<LoadedConfig> {
  const file =
    options.explicit === undefined
      ? findConfigFile(options.root === options.cwd ? [options.root] : [options.root, options.cwd])
      : path.resolve(options.cwd, options.explicit);
  if (file === undefined) return { config: undefined, file: undefined };
  const shown = path.relative(options.cwd, file) || path.basename(file);
  return { config: await loadConfigFile(file, shown.startsWith('..') ? file : shown), file };
}
