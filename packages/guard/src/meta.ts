import { globalRegistry } from 'zod';
import type { ZodType } from 'zod';
import { isCategoryId } from '@leakwatch/core';
import type { CategoryId } from '@leakwatch/core';
import { GuardError } from './errors.js';

/** The parts of zod v4's internal `_zod` record the compiler reads. Stable across 4.x. */
export interface ZodInternals {
  readonly _zod: {
    readonly def: ZodDef;
    readonly traits: Set<string>;
    readonly values?: Set<unknown> | undefined;
    run(payload: { value: unknown; issues: unknown[] }, ctx: { async: false; direction?: 'backward' }): { value: unknown; issues: unknown[] } | Promise<unknown>;
  };
}

/** A zod definition as the compiler sees it: `type` plus the fields of that type. */
export interface ZodDef {
  readonly type: string;
  readonly [field: string]: unknown;
}

/** Wrappers whose `innerType` carries the real schema (metadata may sit on either). */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional', 'success']);

/** Reads the `_zod` record of a schema. */
export function getInternals(schema: unknown): ZodInternals['_zod'] {
  return (schema as ZodInternals)._zod;
}

/** The `pii` category set with `.meta()` on exactly this schema (or inherited from its parent clone). */
export function readOwnCategory(schema: unknown): CategoryId | undefined {
  const meta = globalRegistry.get(schema as ZodType) as { pii?: unknown } | undefined;
  const pii = meta?.pii;
  if (pii === undefined) return undefined;
  // A typo in a category must not silently disable the guard for that field.
  if (!isCategoryId(pii)) throw new GuardError(`unknown pii category ${JSON.stringify(String(pii))} in schema metadata`);
  return pii;
}

/**
 * The sensitivity category of a schema, looked up through `optional`, `nullable`, `default` and
 * similar wrappers, pipes and codecs: `z.string().meta({ pii: 'phone' }).optional()` is `phone`.
 */
export function findCategory(schema: unknown): CategoryId | undefined {
  let current: unknown = schema;
  // Bounded: a pathological self-wrapping schema cannot loop forever.
  for (let i = 0; i < 64 && current !== undefined; i++) {
    const own = readOwnCategory(current);
    if (own !== undefined) return own;
    const def = getInternals(current).def;
    if (WRAPPERS.has(def.type)) current = def['innerType'];
    else if (def.type === 'pipe') current = typeof def['reverseTransform'] === 'function' ? def['out'] : def['in'];
    else if (def.type === 'lazy') current = (def['getter'] as () => unknown)();
    else return undefined;
  }
  return undefined;
}

/**
 * Marks a schema as carrying a sensitive category: the same as `.meta({ pii: category })`, kept for
 * readability and for schemas built without the classic API's `.meta()`.
 */
export function sensitive<S extends ZodType>(schema: S, category: CategoryId): S {
  if (!isCategoryId(category)) throw new GuardError(`unknown pii category ${JSON.stringify(String(category))}`);
  const existing = globalRegistry.get(schema) ?? {};
  return schema.meta({ ...existing, pii: category }) as S;
}
