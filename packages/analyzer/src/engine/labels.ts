import type { CategoryId, TraceStep } from '@leakwatch/core';
import type { ts } from 'ts-morph';

/**
 * What the engine knows a value carries. A value is a set of labels:
 * - `cat`: a sensitive category sits at `path` inside the value (`[]`: the value itself is it);
 * - `param`: the value (at `path`) is whatever the caller passed as parameter `index` of `fn`;
 *   summaries are made of these, and call sites substitute their arguments for them.
 */
export type Label = CategoryLabel | ParamLabel;

/** A category at a property path of the value, with the trace that brought it here. */
export interface CategoryLabel {
  readonly kind: 'cat';
  readonly category: CategoryId;
  readonly path: readonly string[];
  readonly trace: readonly TraceStep[];
  /** Created by a call in the code (a token just signed, a key just generated), not read from stored data. */
  readonly issued?: boolean;
  /** Read by the caller's own identity (`findUserById(req.user.id)`): the caller's own record. */
  readonly ownerKeyed?: boolean;
  /** Read from the request being answered: echoing it back tells the caller nothing new. */
  readonly fromRequest?: boolean;
  /**
   * Named inside a function after a part of its parameter (`const { email } = body`): the call
   * site decides whether it came from the request (`readLead(await request.json())`).
   */
  readonly fromParam?: { readonly fn: ts.Node; readonly index: number };
  /** Sits in a class instance's `@Exclude()` property: a class serializer leaves it out. */
  readonly excluded?: boolean;
  /**
   * Sits in a hydrated ORM document whose `toJSON` drops it (a Mongoose transform deleting the
   * path): gone when the document is serialised whole, kept once the field is read out of it.
   */
  readonly jsonOmitted?: boolean;
}

/**
 * A parameter of the function being summarised: its part `proj` (`fields.password`: `['password']`)
 * sits at `path` inside the value (`{ data: fields }`: `['data']`).
 */
export interface ParamLabel {
  readonly kind: 'param';
  readonly fn: ts.Node;
  readonly index: number;
  readonly proj: readonly string[];
  readonly path: readonly string[];
  readonly trace: readonly TraceStep[];
  /**
   * Operations applied to the parameter inside the function (`derive:slice`, `sanitize:hash-helpers`):
   * a call site applies them to its argument, so `hint(row)` returning `row.phone.slice(0, 3)`
   * gives the caller a phone fragment, not the phone.
   */
  readonly transforms?: readonly string[];
}

/** A value: its labels (deduplicated by kind, category or parameter, and path). */
export type Value = readonly Label[];

/** The empty value. */
export const EMPTY: Value = Object.freeze([]) as Value;

/** Caps that keep a pathological program from exploding label sets or traces. */
export const MAX_LABELS = 48;
export const MAX_PATH = 5;
export const MAX_TRACE = 14;

/** The identity of a label for deduplication. */
export function keyOf(label: Label): string {
  return label.kind === 'cat'
    ? `c:${label.category}:${label.path.join('.')}`
    : `p:${label.index}:${label.proj.join('.')}>${label.path.join('.')}|${(label.transforms ?? []).join(',')}`;
}

/** Union of values; the first label with a given key wins (it has the more informative trace). */
export function mergeValues(...values: readonly Value[]): Value {
  const nonEmpty = values.filter((value) => value.length > 0);
  if (nonEmpty.length === 0) return EMPTY;
  if (nonEmpty.length === 1) return nonEmpty[0] as Value;
  const seen = new Map<string, Label>();
  for (const value of nonEmpty) {
    for (const label of value) {
      const key = label.kind === 'param' ? `${keyOf(label)}:${nodeId(label.fn)}` : keyOf(label);
      if (!seen.has(key) && seen.size < MAX_LABELS) seen.set(key, label);
    }
  }
  return [...seen.values()];
}

let nextNodeId = 1;
const nodeIds = new WeakMap<object, number>();
function nodeId(node: object): number {
  let id = nodeIds.get(node);
  if (id === undefined) {
    id = nextNodeId++;
    nodeIds.set(node, id);
  }
  return id;
}

/** Appends a step to a trace, keeping the source and the latest steps when it grows too long. */
export function extendTrace(trace: readonly TraceStep[], step: TraceStep): readonly TraceStep[] {
  const last = trace[trace.length - 1];
  if (last !== undefined && last.location.file === step.location.file && last.location.line === step.location.line && last.kind === step.kind) {
    return trace;
  }
  const next = [...trace, step];
  if (next.length <= MAX_TRACE) return next;
  return [next[0] as TraceStep, ...next.slice(next.length - (MAX_TRACE - 1))];
}

/** Appends a step to every label of a value. */
export function withStep(value: Value, step: TraceStep): Value {
  if (value.length === 0) return value;
  return value.map((label) => ({ ...label, trace: extendTrace(label.trace, step) }));
}

/** Puts the value below a property (`{ key: value }`). */
export function nestValue(value: Value, key: string): Value {
  if (value.length === 0) return value;
  return value.map((label) => ({ ...label, path: [key, ...label.path].slice(0, MAX_PATH) }));
}

/**
 * The value of `value[key]`. Labels below `key` move up; labels on the whole value stay on it
 * (a property of a sensitive string or object is as sensitive, unless a derivation or a
 * conversion says otherwise, which the caller applies).
 */
export function projectValue(value: Value, key: string): Value {
  if (value.length === 0) return value;
  const out: Label[] = [];
  for (const label of value) {
    if (label.path.length === 0) {
      if (label.kind === 'param') out.push({ ...label, proj: [...label.proj, key].slice(0, MAX_PATH) });
      else out.push(label);
    } else if (label.path[0] === key) {
      // A field read out of a document (`user.password`) no longer goes through its `toJSON`.
      const read = label.kind === 'cat' && label.jsonOmitted === true && label.path.length === 1 ? { jsonOmitted: false } : {};
      out.push({ ...label, path: label.path.slice(1), ...read });
    }
  }
  return out;
}

/** Removes the labels below the named keys (rest destructuring, `omit`, `delete`). */
export function omitKeys(value: Value, keys: ReadonlySet<string>): Value {
  if (keys.size === 0) return value;
  const omit = `omit:${[...keys].sort().join(',')}`;
  return value.flatMap((label): Label[] => {
    if (label.path.length > 0) return keys.has(label.path[0] as string) ? [] : [label];
    // `const { phone, ...rest } = param`: the caller's argument loses the same keys.
    if (label.kind === 'param') return [{ ...label, transforms: [...(label.transforms ?? []), omit] }];
    return [label];
  });
}

/** Keeps only the labels below the named keys (`pick`, an allow-list projection). */
export function pickKeys(value: Value, keys: ReadonlySet<string>): Value {
  return value.filter((label) => label.path.length > 0 && keys.has(label.path[0] as string));
}

/** Collapses every label onto the value itself (`JSON.stringify(user)`, a template literal). */
export function flattenValue(value: Value): Value {
  if (value.length === 0) return value;
  return mergeValues(value.map((label) => (label.path.length === 0 ? label : { ...label, path: [] })));
}

/** The category labels of a value. */
export function categoryLabels(value: Value): CategoryLabel[] {
  return value.filter((label): label is CategoryLabel => label.kind === 'cat');
}

/** Records an operation on the parameter labels of a value (see ParamLabel.transforms). */
export function addTransform(value: Value, transform: string): Label[] {
  return value.filter((label) => label.kind === 'param').map((label) => ({ ...label, path: [], transforms: [...((label as ParamLabel).transforms ?? []), transform] }));
}
