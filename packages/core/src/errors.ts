/** Codes of the errors leakwatch raises on purpose. Stable: tools may switch on them. */
export type LeakwatchErrorCode =
  | 'CONFIG_INVALID'
  | 'CONFIG_NOT_FOUND'
  | 'CONFIG_UNREADABLE'
  | 'USAGE'
  | 'PARSE_FAILED'
  | 'PROJECT_INVALID'
  | 'RESULT_INVALID'
  | 'GUARD_FAILED'
  | 'INTERNAL';

/** Where an error points to in a user's files. */
export interface ErrorLocation {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  /** A short excerpt of the offending code or config, never a sensitive value. */
  readonly excerpt?: string;
}

/**
 * Base class of every error leakwatch throws on purpose. Front-ends print `message` tersely
 * (no stack) and exit 2; anything that is not a LeakwatchError is a bug.
 */
export class LeakwatchError extends Error {
  readonly code: LeakwatchErrorCode;
  readonly location: ErrorLocation | undefined;

  constructor(code: LeakwatchErrorCode, message: string, options?: { location?: ErrorLocation; cause?: unknown }) {
    super(options?.location ? `${formatLocation(options.location)}: ${message}` : message, { cause: options?.cause });
    this.name = 'LeakwatchError';
    this.code = code;
    this.location = options?.location;
  }
}

/** A config file that does not match the config schema. */
export class ConfigError extends LeakwatchError {
  constructor(message: string, options?: { location?: ErrorLocation; cause?: unknown }) {
    super('CONFIG_INVALID', message, options);
    this.name = 'ConfigError';
  }
}

/** Formats `file:line:column` followed by an excerpt line when there is one. */
export function formatLocation(location: ErrorLocation): string {
  let text = location.file;
  if (location.line !== undefined) text += `:${location.line}`;
  if (location.line !== undefined && location.column !== undefined) text += `:${location.column}`;
  if (location.excerpt !== undefined) text += `\n  ${location.excerpt.trim()}\n`;
  return text;
}

/** Type guard that survives module duplication (two copies of core in one process). */
export function isLeakwatchError(error: unknown): error is LeakwatchError {
  return (
    error instanceof LeakwatchError ||
    (error instanceof Error && typeof (error as { code?: unknown }).code === 'string' && error.name.endsWith('Error') && 'location' in error)
  );
}
