import path from 'node:path';
import { parseArgs } from 'node:util';
import { LeakwatchError, isSeverity } from '@leakwatch/core';
import type { Severity } from '../result/scan-result.js';

/** Report formats. */
export const FORMATS = ['text', 'json', 'sarif', 'html'] as const;
/** A report format. */
export type Format = (typeof FORMATS)[number];
/** `--fail-on`: a severity, or `none` to never fail on findings (shard jobs gated by merge). */
export type FailOn = Severity | 'none';

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

/** Parses one subcommand's arguments; unknown options and missing values are usage errors. */
export function parseCommandArgs(command: string, args: readonly string[], options: OptionSpec): {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
} {
  try {
    const parsed = parseArgs({ args: [...args], options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    return { values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals };
  } catch (error) {
    // node:util's messages are long and mention its own API; keep the part a user acts on.
    const message = (error as Error).message.split('\n')[0]?.replace(/\. To specify a positional argument.*$/, '') ?? 'invalid arguments';
    throw new LeakwatchError('USAGE', `${command}: ${message}; see \`leakwatch ${command} --help\``);
  }
}

/** Reads `--format`, defaulting from the `--output` extension, then to `fallback`. */
export function readFormat(value: unknown, output: string | undefined, fallback: Format): Format {
  if (value === undefined) {
    const extension = output === undefined ? '' : path.extname(output).slice(1).toLowerCase();
    if (extension === 'htm') return 'html';
    return (FORMATS as readonly string[]).includes(extension) ? (extension as Format) : fallback;
  }
  if (typeof value === 'string' && (FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new LeakwatchError('USAGE', `--format: expected one of ${FORMATS.join(', ')}, got "${String(value)}"`);
}

/** Reads `--fail-on` (default `low`). */
export function readFailOn(value: unknown): FailOn {
  if (value === undefined) return 'low';
  if (value === 'none' || isSeverity(value)) return value;
  throw new LeakwatchError('USAGE', `--fail-on: expected low, medium, high or none, got "${String(value)}"`);
}

/** Reads an optional string option (parseArgs already guarantees the type). */
export function readString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
