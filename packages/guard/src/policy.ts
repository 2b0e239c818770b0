import { isCategoryId } from '@leakwatch/core';
import type { CategoryId } from '@leakwatch/core';
import type { ResolvedLimits } from './compile/state.js';
import { GuardError } from './errors.js';
import type { GuardBackend, GuardMode, GuardOptions } from './types.js';

/** Defaults chosen so that a normal API payload never hits them and a hostile one stops early. */
export const DEFAULT_LIMITS: ResolvedLimits = {
  // Deep enough for real payloads, far below the ~10k frames that would overflow the stack.
  maxDepth: 64,
  maxArrayLength: 10_000,
  maxOutputSize: 8 * 1024 * 1024,
};

/** `GuardOptions` with every default applied and checked. */
export interface ResolvedPolicy {
  readonly mode: GuardMode;
  readonly allow: ReadonlySet<CategoryId>;
  readonly scanValues: boolean;
  readonly reportUnknownFields: boolean;
  readonly rejectAny: boolean;
  readonly backend: GuardBackend;
  readonly limits: ResolvedLimits;
  readonly scanCacheSize: number;
}

function readLimit(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) throw new GuardError(`limits.${name} must be a positive integer`);
  return value;
}

/** Applies defaults and rejects options that would weaken the guard by accident. */
export function resolvePolicy(options: GuardOptions = {}): ResolvedPolicy {
  const mode = options.mode ?? 'enforce';
  if (mode !== 'enforce' && mode !== 'report') throw new GuardError(`unknown guard mode ${JSON.stringify(String(mode))}`);
  const allow = new Set<CategoryId>();
  for (const category of options.allow ?? []) {
    if (!isCategoryId(category)) throw new GuardError(`unknown category ${JSON.stringify(String(category))} in allow`);
    allow.add(category);
  }
  const backend = options.backend ?? 'closures';
  if (backend !== 'closures' && backend !== 'codegen') throw new GuardError(`unknown backend ${JSON.stringify(String(backend))}`);
  const limits = options.limits ?? {};
  return {
    mode,
    allow,
    scanValues: options.scanValues ?? true,
    reportUnknownFields: options.reportUnknownFields ?? true,
    rejectAny: options.rejectAny ?? false,
    backend,
    scanCacheSize: options.scanCacheSize === undefined ? 4096 : readLimit(options.scanCacheSize + 1, 1, 'scanCacheSize') - 1,
    limits: {
      maxDepth: readLimit(limits.maxDepth, DEFAULT_LIMITS.maxDepth, 'maxDepth'),
      maxArrayLength: readLimit(limits.maxArrayLength, DEFAULT_LIMITS.maxArrayLength, 'maxArrayLength'),
      maxOutputSize: readLimit(limits.maxOutputSize, DEFAULT_LIMITS.maxOutputSize, 'maxOutputSize'),
    },
  };
}
