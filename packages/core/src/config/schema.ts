// Named imports, not the `z` namespace: a namespace object keeps every zod schema type in a
// bundle (about 90 kB gzipped), named imports let bundlers drop the unused ones (about 25 kB).
import { ZodArray, ZodDefault, ZodObject, ZodOptional, ZodUnion, array, enum as enumOf, number, strictObject, string, toJSONSchema, union } from 'zod';
import type { ZodType, core, input, output } from 'zod';
import { ConfigError } from '../errors.js';
import { RULE_IDS } from '../rules/catalog.js';
import type { RuleId } from '../rules/catalog.js';
import { CATEGORY_IDS, SEVERITIES, SINK_IDS } from '../taxonomy/ids.js';
import type { CategoryId, Severity, SinkId } from '../taxonomy/ids.js';

/** Config file names leakwatch looks for, in order of precedence (first found wins). */
export const CONFIG_FILE_NAMES = ['leakwatch.config.ts', 'leakwatch.config.mjs', 'leakwatch.config.js', 'leakwatch.config.json'] as const;

/** Default globs of test files, which are not scanned for findings (policy point 9). */
export const DEFAULT_TEST_FILES: readonly string[] = ['**/*.test.*', '**/*.spec.*', '**/__tests__/**'];

/** Default globs of files to scan. */
export const DEFAULT_INCLUDE: readonly string[] = ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'];

/** Default globs never scanned. */
export const DEFAULT_EXCLUDE: readonly string[] = ['**/node_modules/**', '**/dist/**', '**/build/**', '**/coverage/**', '**/*.d.ts'];

// A member path: `audit`, `this.audit`, `analytics.track`, `crm.contacts.upsert`.
const CALLEE_PATH = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/;
const SEVERITY_OR_OFF = ['off', ...SEVERITIES] as const;

const nonEmptyString = string().min(1);
const stringList = array(nonEmptyString);
const calleePath = string().regex(CALLEE_PATH, { error: 'expected a callee path such as "audit.write"' });
const globList = array(nonEmptyString);
const severityOrOff = enumOf(SEVERITY_OR_OFF);

function keyedBy<K extends string, S extends ZodType>(keys: readonly K[], value: S) {
  const shape = {} as { [P in K]: ZodOptional<S> };
  for (const key of keys) shape[key] = value.optional();
  return strictObject(shape);
}

const customSinkSchema = strictObject({
  callee: calleePath.describe('Callee path: `audit.write`, `track`, `this.events.emit`; the last segment is the method.'),
  sink: enumOf(['log', 'third-party']).describe('Where the arguments go.'),
  args: array(number().int().nonnegative()).optional().describe('Argument positions that carry data; all when absent.'),
  module: nonEmptyString.optional().describe('Package the first segment is imported from; matched by name without it.'),
  export: nonEmptyString.optional().describe('Export of `module` the first segment is (`default`); defaults to its name.'),
});

const customSanitizerSchema = union([
  calleePath,
  strictObject({
    callee: calleePath,
    module: nonEmptyString.optional(),
    removes: array(enumOf(CATEGORY_IDS)).min(1).optional().describe('Categories it removes; all when absent.'),
  }),
]);

const authSchema = strictObject({
  middleware: stringList.optional().describe('Middleware names or callee paths that authenticate.'),
  decorators: stringList.optional().describe('Decorators that authenticate a route or controller.'),
  publicDecorators: stringList.optional().describe('Decorators that remove authentication (`Public`).'),
  guards: stringList.optional().describe('Guard classes that authenticate.'),
  sessionPaths: stringList.optional().describe('Expressions whose presence check with an early 401/403 authenticates (`req.principal`).'),
  ownerPaths: array(string().regex(/^\//, { error: 'expected a route path starting with "/"' }))
    .optional()
    .describe('Route paths that only serve the caller\'s own record; `/*` at the end covers sub-paths.'),
  ownerKeyPaths: stringList.optional().describe('Expressions identifying the caller; a lookup keyed by one is owner-scoped.'),
});

/**
 * The zod schema of `leakwatch.config.*` and of ESLint's `settings.leakwatch`. Objects are strict:
 * an unknown key is an error, so a typo never silently turns a check off.
 */
export const leakwatchConfigSchema = strictObject({
  $schema: string().optional(),
  include: globList.default([...DEFAULT_INCLUDE]).describe('Globs of files to scan.'),
  exclude: globList.default([...DEFAULT_EXCLUDE]).describe('Globs of files never scanned.'),
  testFiles: globList.default([...DEFAULT_TEST_FILES]).describe('Globs of test files, not scanned for findings; [] scans them too.'),
  names: keyedBy(CATEGORY_IDS, stringList).default({}).describe('Extra name terms per category (space-separated words).'),
  ignoreNames: stringList.default([]).describe('Names never classified as sensitive.'),
  loggers: array(calleePath).default([]).describe('Receivers that are loggers: `audit`, `this.audit`.'),
  sinks: array(customSinkSchema).default([]).describe('Custom log or third-party sinks.'),
  sanitizers: array(customSanitizerSchema).default([]).describe('Functions whose result carries no (or fewer) categories.'),
  auth: authSchema.default({}).describe('Authentication markers added to the defaults.'),
  rules: keyedBy(RULE_IDS, severityOrOff).default({}).describe('Per rule: `off`, or the severity of all its findings.'),
  severity: keyedBy(CATEGORY_IDS, keyedBy(SINK_IDS, severityOrOff))
    .default({})
    .describe('Per category and sink: `off` or a severity; wins over `rules`.'),
});

/** A custom sink: a callee path whose call sends its arguments (or `args`) to `sink`. */
export interface CustomSinkConfig {
  /** `audit.write`, `crm.push`, `this.events.emit`; the last segment is the method. */
  readonly callee: string;
  readonly sink: Exclude<SinkId, 'response'>;
  /** Argument positions that carry data; all when absent. */
  readonly args?: readonly number[] | undefined;
  /** The package the first segment is imported from; without it the callee is matched by name. */
  readonly module?: string | undefined;
  /** The export of `module` the first segment is (`default`); defaults to the first segment's name. */
  readonly export?: string | undefined;
}

/** A custom sanitizer: a function name, or a callee with an optional module and the categories it removes. */
export type CustomSanitizerConfig =
  | string
  | { readonly callee: string; readonly module?: string | undefined; readonly removes?: readonly CategoryId[] | undefined };

/** Custom authentication markers, added to the defaults. */
export interface AuthConfig {
  readonly middleware?: readonly string[] | undefined;
  readonly decorators?: readonly string[] | undefined;
  readonly publicDecorators?: readonly string[] | undefined;
  readonly guards?: readonly string[] | undefined;
  readonly sessionPaths?: readonly string[] | undefined;
  readonly ownerPaths?: readonly string[] | undefined;
  readonly ownerKeyPaths?: readonly string[] | undefined;
}

/** A parsed, validated leakwatch config with defaults filled in (see docs/configuration.md). */
export interface LeakwatchConfig {
  readonly $schema?: string | undefined;
  /** Globs of files to scan. */
  readonly include: readonly string[];
  /** Globs never scanned. */
  readonly exclude: readonly string[];
  /** Globs of test files, not scanned for findings; `[]` scans them too. */
  readonly testFiles: readonly string[];
  /** Extra name terms per category (space-separated words, like the category vocabularies). */
  readonly names: { readonly [C in CategoryId]?: readonly string[] | undefined };
  /** Names never classified as sensitive (identifiers or word sequences). */
  readonly ignoreNames: readonly string[];
  /** Receivers that are loggers (`audit`, `this.audit`): their level methods and calls are log sinks. */
  readonly loggers: readonly string[];
  readonly sinks: readonly CustomSinkConfig[];
  readonly sanitizers: readonly CustomSanitizerConfig[];
  readonly auth: AuthConfig;
  /** Per rule: `off`, or the severity every finding of the rule gets. */
  readonly rules: { readonly [R in RuleId]?: Severity | 'off' | undefined };
  /** Per category and sink: `off`, or a severity; wins over `rules`. */
  readonly severity: { readonly [C in CategoryId]?: { readonly [S in SinkId]?: Severity | 'off' | undefined } | undefined };
}

/** What a user writes: every key optional. */
export type LeakwatchConfigInput = input<typeof leakwatchConfigSchema>;

// Compile-time proof that the schema's output is the documented interface.
const _schemaMatchesInterface: (parsed: output<typeof leakwatchConfigSchema>) => LeakwatchConfig = (parsed) => parsed;
void _schemaMatchesInterface;

/** The config used when there is no config file. */
export const DEFAULT_CONFIG: LeakwatchConfig = leakwatchConfigSchema.parse({});

/**
 * The JSON Schema (draft 2020-12) of `leakwatch.config.json`, for editors: point `$schema` at a
 * copy of it (`docs/leakwatch.config.schema.json`).
 */
export function createConfigJsonSchema(): Record<string, unknown> {
  return toJSONSchema(leakwatchConfigSchema, { io: 'input' }) as Record<string, unknown>;
}

/** Identity helper for typed `leakwatch.config.ts` files. */
export function defineConfig(config: LeakwatchConfigInput): LeakwatchConfigInput {
  return config;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isNaN(value)) return 'NaN';
  return typeof value;
}

const ARTICLES: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'a boolean',
  array: 'an array',
  object: 'an object',
};

function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$-]*$/.test(key)) text += text === '' ? key : `.${key}`;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text;
}

function quote(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

// Levenshtein distance, for "did you mean" on unknown keys.
function measureDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function unwrapSchema(schema: ZodType): ZodType {
  let current = schema;
  while (current instanceof ZodOptional || current instanceof ZodDefault) current = current.unwrap() as ZodType;
  return current;
}

// The keys an object schema accepts at `path`, for suggestions; empty when the path is not an object.
function findKnownKeys(schema: ZodType, path: readonly PropertyKey[]): string[] {
  let current = unwrapSchema(schema);
  for (const key of path) {
    if (current instanceof ZodArray) current = unwrapSchema(current.element as ZodType);
    else if (current instanceof ZodObject && typeof key === 'string') {
      const next = (current.shape as Record<string, ZodType | undefined>)[key];
      if (!next) return [];
      current = unwrapSchema(next);
    } else if (current instanceof ZodUnion) {
      const object = (current.options as ZodType[]).find((option) => unwrapSchema(option) instanceof ZodObject);
      if (!object) return [];
      current = unwrapSchema(object);
      return findKnownKeys(current, [key]);
    } else return [];
  }
  if (current instanceof ZodUnion) {
    const object = (current.options as ZodType[]).find((option) => unwrapSchema(option) instanceof ZodObject);
    current = object ? unwrapSchema(object) : current;
  }
  return current instanceof ZodObject ? Object.keys(current.shape as object) : [];
}

function suggestKey(unknown: string, known: readonly string[]): string | undefined {
  let best: { key: string; distance: number } | undefined;
  for (const key of known) {
    const distance = measureDistance(unknown.toLowerCase(), key.toLowerCase());
    if (distance <= Math.max(2, Math.floor(key.length / 3)) && (!best || distance < best.distance)) best = { key, distance };
  }
  return best?.key;
}

interface ConfigProblem {
  readonly path: readonly PropertyKey[];
  readonly text: string;
}

function describeIssue(issue: core.$ZodIssue, basePath: readonly PropertyKey[]): ConfigProblem[] {
  const path = [...basePath, ...issue.path];
  switch (issue.code) {
    case 'invalid_type': {
      const expected = ARTICLES[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return [{ path, text: `missing, expected ${expected}` }];
      // A number is shown for the integer case: `1.5` says more than "number" and is never personal data.
      const got = issue.expected === 'int' && typeof issue.input === 'number' ? String(issue.input) : describeType(issue.input);
      return [{ path, text: `expected ${expected}, got ${got}` }];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const suggestion = suggestKey(key, findKnownKeys(leakwatchConfigSchema, path));
        return { path: [...path, key], text: `unknown key${suggestion ? ` (did you mean "${suggestion}"?)` : ''}` };
      });
    case 'invalid_value': {
      const expected = `one of ${issue.values.map(quote).join(', ')}`;
      if (issue.input === undefined) return [{ path, text: `missing, expected ${expected}` }];
      const got = typeof issue.input === 'string' && issue.input.length <= 40 ? JSON.stringify(issue.input) : describeType(issue.input);
      return [{ path, text: `expected ${expected}, got ${got}` }];
    }
    case 'too_small':
      if (issue.origin === 'string') return [{ path, text: 'expected a non-empty string' }];
      if (issue.origin === 'array') return [{ path, text: `expected at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}` }];
      return [{ path, text: `expected a number ≥ ${String(issue.minimum)}, got ${String(issue.input)}` }];
    case 'invalid_union': {
      // Report the branch that accepted the value's type (the object form of a sanitizer), if any.
      const branch = issue.errors.find((issues) => !issues.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0));
      if (branch && branch.length > 0) return branch.flatMap((inner) => describeIssue(inner, path));
      return [{ path, text: `expected a string or an object, got ${describeType(issue.input)}` }];
    }
    default:
      return [{ path, text: issue.message }];
  }
}

/**
 * Validates a config (from a file or ESLint's `settings.leakwatch`) and fills in defaults. Throws
 * a `ConfigError` whose message names `source`, the key path and what was expected, one line per
 * problem: `leakwatch.config.json: names.phone[2]: expected a string, got number`.
 */
export function parseConfig(input: unknown, source: string): LeakwatchConfig {
  const result = leakwatchConfigSchema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const lines = result.error.issues
    .flatMap((issue) => describeIssue(issue, []))
    .map((problem) => (problem.path.length > 0 ? `${formatPath(problem.path)}: ${problem.text}` : problem.text));
  throw new ConfigError(lines.join(`\n${source}: `), { location: { file: source } });
}
