import type { CategoryId } from '@leakwatch/core';
import { GuardError } from '../errors.js';
import { findCategory, getInternals, readOwnCategory } from '../meta.js';
import type { ZodDef } from '../meta.js';
import { writePlain } from './plain.js';
import { FAIL, FORBIDDEN_KEYS, createUndeclaredReporter, quoteString, writeNumber } from './state.js';
import type { Fail, RunState } from './state.js';

/**
 * A compiled schema node. `value` builds the guarded copy (for `check`), `json` writes its JSON text
 * directly (for `stringify`). Both return `undefined` for "nothing to emit" (an absent optional or a
 * dropped sensitive value) and FAIL once the violation is recorded.
 */
export interface GuardNode {
  value(input: unknown, st: RunState): unknown;
  json(input: unknown, st: RunState): string | undefined | Fail;
}

/** What the compiler needs to know about the policy. */
export interface CompileOptions {
  readonly allow: ReadonlySet<CategoryId>;
  readonly scanValues: boolean;
  readonly rejectAny: boolean;
  /** Builds object nodes as generated code; undefined means closures. */
  readonly generateObject?: ObjectNodeFactory | undefined;
  /** Builds array nodes' `json` as generated code; undefined means closures. */
  readonly generateArray?: ArrayNodeFactory | undefined;
}

/** One declared property of an object schema, as compiled. */
export interface CompiledField {
  readonly key: string;
  /** `"key":` ready to append. */
  readonly jsonKey: string;
  /** `,"key":` for every field after the first. */
  readonly nextJsonKey: string;
  readonly node: GuardNode;
  /** Set when the field is marked with a category the policy does not allow: it is dropped unread. */
  readonly dropped: CategoryId | undefined;
  /** A plain `z.string()` / `z.number()` / `z.boolean()` that code generation may inline. */
  readonly leaf: 'string' | 'number' | 'boolean' | undefined;
  /** The leaf is wrapped in `.optional()`: an absent (undefined) value emits nothing. */
  readonly optional: boolean;
  /** JSON texts of an enum's or literal's values, so the closures loop writes them without a call. */
  readonly literals: ReadonlyMap<unknown, string> | undefined;
  /** A bare `z.number()` with only native checks (`.int()`, `.min()`…), written inline by the closures loop. */
  readonly numberCheck: ((value: number) => boolean) | undefined;
  readonly scan: boolean;
}

/** Everything an object node needs, for either backend. */
export interface ObjectNodeSpec {
  readonly fields: readonly CompiledField[];
  readonly declared: ReadonlySet<string>;
  /** Node for undeclared keys (`catchall`, loose objects); `'strict'` fails on them; undefined drops them. */
  readonly rest: GuardNode | 'strict' | undefined;
  readonly checks: ContainerChecks | undefined;
}

/** A factory the code-generating backend plugs in for object nodes. */
export type ObjectNodeFactory = (spec: ObjectNodeSpec) => GuardNode | undefined;

/** A factory the code-generating backend plugs in for arrays without refinements: element node and the closures node. */
export type ArrayNodeFactory = (element: GuardNode, fallback: GuardNode) => GuardNode | undefined;

type ContainerChecks = (value: unknown) => boolean;

const CTX = { async: false } as const;
const BACKWARD = { async: false, direction: 'backward' } as const;
const hasOwn = Object.prototype.hasOwnProperty;
const isArray = Array.isArray;

/** Schema types the guard refuses to compile, with the reason a user reads. */
const UNSUPPORTED: Readonly<Record<string, string>> = {
  date: 'has no JSON form: use a codec such as z.iso.datetime() ⇄ z.date()',
  bigint: 'has no JSON form: use a codec to a string',
  map: 'has no JSON form: use a codec to an object or array',
  set: 'has no JSON form: use a codec to an array',
  symbol: 'has no JSON form',
  function: 'has no JSON form',
  promise: 'cannot be guarded synchronously',
  file: 'has no JSON form',
  nan: 'has no JSON form',
  transform: 'is one-way: a response guard cannot tell what goes on the wire (use a codec)',
  intersection: 'is not supported: merge the objects with .extend() instead',
  xor: 'is not supported: use z.union()',
  custom: 'cannot be inspected: describe the value with a zod schema',
  success: 'has no JSON form',
};

/** Compiles zod schemas into guard nodes, memoised per (schema, scanning) so recursion terminates. */
export class NodeCompiler {
  private readonly cache = [new Map<unknown, GuardNode>(), new Map<unknown, GuardNode>()] as const;

  constructor(private readonly options: CompileOptions) {}

  /** Compiles a schema; throws GuardError for schemas the guard cannot enforce. */
  compile(schema: unknown, scan: boolean = this.options.scanValues): GuardNode {
    const cache = this.cache[scan ? 1 : 0];
    const cached = cache.get(schema);
    if (cached !== undefined) return cached;
    // A placeholder breaks cycles (z.lazy, getter-based recursive shapes); callers keep the object
    // and call through it, so filling it in later is enough.
    const pending: GuardNode = { value: notReady, json: notReady };
    cache.set(schema, pending);
    const built = this.build(schema, scan);
    pending.value = built.value;
    pending.json = built.json;
    return pending;
  }

  private build(schema: unknown, scan: boolean): GuardNode {
    const category = readOwnCategory(schema);
    if (category !== undefined) {
      if (!this.options.allow.has(category)) return createDroppedNode(category);
      // An allowed marked field is expected to carry its category: scanning it would redact it.
      scan = false;
    }
    const internals = getInternals(schema);
    if (internals === undefined || typeof internals !== 'object') throw new GuardError('createGuard expects a zod v4 schema');
    const def = internals.def;
    const reason = UNSUPPORTED[def.type];
    if (reason !== undefined) throw new GuardError(`z.${def.type}() ${reason}`);
    switch (def.type) {
      case 'string':
      case 'template_literal':
        return createStringNode(schema, scan);
      case 'number':
        return createPrimitiveNode(schema, 'number');
      case 'boolean':
        return createPrimitiveNode(schema, 'boolean');
      case 'null':
        return createConstantNode((v) => v === null, null);
      case 'undefined':
      case 'void':
        return createConstantNode((v) => v === undefined, undefined);
      case 'never':
        return createConstantNode(() => false, undefined);
      case 'enum':
      case 'literal':
        return createLiteralNode(internals.values ?? new Set());
      case 'any':
      case 'unknown':
        if (this.options.rejectAny) throw new GuardError(`z.${def.type}() is refused by the rejectAny option`);
        return createAnyNode(scan);
      case 'optional':
        return createOptionalNode(this.compile(def['innerType'], scan));
      case 'nonoptional':
        return createNonOptionalNode(this.compile(def['innerType'], scan));
      case 'nullable':
        return createNullableNode(this.compile(def['innerType'], scan));
      case 'readonly':
        return this.compile(def['innerType'], scan);
      case 'default':
      case 'prefault':
        return createDefaultNode(this.compile(def['innerType'], scan), def);
      case 'catch':
        return createCatchNode(this.compile(def['innerType'], scan), def);
      case 'lazy':
        return this.compile((def['getter'] as () => unknown)(), scan);
      case 'pipe':
        return this.buildPipe(schema, def, scan);
      case 'array': {
        const element = this.compile(def['element'], scan);
        const checks = readContainerChecks(def);
        const closures = createArrayNode(element, checks);
        return (checks === undefined ? this.options.generateArray?.(element, closures) : undefined) ?? closures;
      }
      case 'tuple':
        return createTupleNode(
          (def['items'] as unknown[]).map((item) => this.compile(item, scan)),
          def['rest'] ? this.compile(def['rest'], scan) : undefined,
          readContainerChecks(def),
        );
      case 'record':
        return createRecordNode(def['keyType'], this.compile(def['valueType'], scan), scan, readContainerChecks(def));
      case 'union':
        return createUnionNode((def['options'] as unknown[]).map((option) => this.compile(option, scan)));
      case 'object':
        return this.buildObject(def, scan);
      default:
        throw new GuardError(`z.${def.type}() is not supported by the guard`);
    }
  }

  private buildPipe(schema: unknown, def: ZodDef, scan: boolean): GuardNode {
    const inType = getInternals(def['in']).def.type;
    const outType = getInternals(def['out']).def.type;
    if (typeof def['reverseTransform'] === 'function') {
      // A codec: encode the domain value with zod's own codec, then guard the wire value.
      return createCodecNode(schema, this.compile(def['in'], scan));
    }
    if (inType === 'transform' || outType === 'transform') throw new GuardError(`z.transform() ${UNSUPPORTED['transform']}`);
    // A validating pipe: the first stage copies (reading the input once), the second re-checks the copy.
    return createPipeNode(this.compile(def['in'], false), this.compile(def['out'], scan));
  }

  private buildObject(def: ZodDef, scan: boolean): GuardNode {
    const shape = def['shape'] as Record<string, unknown>;
    const fields: CompiledField[] = [];
    for (const key of Object.keys(shape)) {
      if (FORBIDDEN_KEYS.has(key)) throw new GuardError(`the key "${key}" can never be sent by the guard: rename the field`);
      const fieldSchema = shape[key];
      const category = findCategory(fieldSchema);
      const dropped = category !== undefined && !this.options.allow.has(category) ? category : undefined;
      const fieldScan = scan && category === undefined;
      fields.push({
        key,
        jsonKey: `${quoteString(key)}:`,
        nextJsonKey: `,${quoteString(key)}:`,
        node: dropped === undefined ? this.compile(fieldSchema, fieldScan) : createDroppedNode(dropped),
        dropped,
        leaf: dropped === undefined ? readFieldLeaf(fieldSchema) : undefined,
        optional: dropped === undefined && readFieldLeaf(fieldSchema) !== undefined && readPlainLeaf(fieldSchema) === undefined,
        literals: dropped === undefined ? readLiteralTexts(fieldSchema) : undefined,
        numberCheck: dropped === undefined && readOwnCategory(fieldSchema) === undefined ? readNumberCheck(fieldSchema) : undefined,
        scan: fieldScan,
      });
    }
    const catchall = def['catchall'];
    let rest: GuardNode | 'strict' | undefined;
    if (catchall !== undefined) {
      const catchallType = getInternals(catchall).def.type;
      rest = catchallType === 'never' ? 'strict' : this.compile(catchall, scan);
    }
    const spec: ObjectNodeSpec = { fields, declared: new Set(fields.map((f) => f.key)), rest, checks: readContainerChecks(def) };
    return this.options.generateObject?.(spec) ?? createObjectNode(spec);
  }
}

function notReady(): never {
  throw new GuardError('internal: a recursive schema node was used before it was compiled');
}

/** The JSON texts of a bare enum or literal schema (schema-authored, never scanned). */
function readLiteralTexts(schema: unknown): ReadonlyMap<unknown, string> | undefined {
  const internals = getInternals(schema);
  if (internals.def.type !== 'enum' && internals.def.type !== 'literal') return undefined;
  return createLiteralTexts(internals.values ?? new Set());
}

function createLiteralTexts(values: ReadonlySet<unknown>): Map<unknown, string> {
  const texts = new Map<unknown, string>();
  for (const value of values) if (value !== undefined) texts.set(value, writePlain(value));
  return texts;
}

/** createNativeNumberCheck of a bare number field, or undefined. */
function readNumberCheck(schema: unknown): ((value: number) => boolean) | undefined {
  return getInternals(schema).def.type === 'number' ? createNativeNumberCheck(schema) : undefined;
}

/** readPlainLeaf of a field, looking through one `.optional()` (the most common wrapper). */
function readFieldLeaf(schema: unknown): 'string' | 'number' | 'boolean' | undefined {
  const def = getInternals(schema).def;
  return def.type === 'optional' ? readPlainLeaf(def['innerType']) : readPlainLeaf(schema);
}

/** `'string'` etc. when the schema is the bare primitive (no checks, no coercion, no metadata). */
export function readPlainLeaf(schema: unknown): 'string' | 'number' | 'boolean' | undefined {
  const internals = getInternals(schema);
  const def = internals.def;
  if (def.type !== 'string' && def.type !== 'number' && def.type !== 'boolean') return undefined;
  if (def['coerce'] || (def['checks'] as unknown[] | undefined)?.length || internals.traits.has('$ZodCheck')) return undefined;
  if (def.type === 'string' && def['format'] !== undefined) return undefined;
  return def.type;
}

/** A validator for a primitive leaf: zod's own checks (formats, min/max, regex, trims) run on it. */
function createLeafValidator(schema: unknown, type: 'string' | 'number' | 'boolean'): (value: unknown) => unknown {
  const plain = readPlainLeaf(schema);
  if (plain === 'string') return (v) => (typeof v === 'string' ? v : FAIL);
  if (plain === 'number') return (v) => (typeof v === 'number' && Number.isFinite(v) ? v : FAIL);
  if (plain === 'boolean') return (v) => (typeof v === 'boolean' ? v : FAIL);
  const native = type === 'number' ? createNativeNumberCheck(schema) : undefined;
  if (native !== undefined) return (v) => (typeof v === 'number' && Number.isFinite(v) && native(v) ? v : FAIL);
  const internals = getInternals(schema);
  return (v) => {
    // Coercion would call toString/valueOf on an object: only primitives reach zod.
    if ((typeof v === 'object' && v !== null) || typeof v === 'function') return FAIL;
    const result = internals.run({ value: v, issues: [] }, CTX);
    if (result instanceof Promise || result.issues.length > 0) return FAIL;
    const out = result.value;
    return typeof out === type && (type !== 'number' || Number.isFinite(out)) ? out : FAIL;
  };
}

/**
 * The common number checks (`.int()`, `.min()`, `.max()`, `.positive()`…) as plain comparisons:
 * zod's generic check runner allocates per call. Undefined when a check is not one of these.
 */
function createNativeNumberCheck(schema: unknown): ((value: number) => boolean) | undefined {
  const internals = getInternals(schema);
  if (internals.def['coerce']) return undefined;
  const checks = [...(internals.traits.has('$ZodCheck') ? [schema] : []), ...((internals.def['checks'] as unknown[] | undefined) ?? [])];
  const tests: ((value: number) => boolean)[] = [];
  for (const check of checks) {
    const def = getInternals(check).def as ZodDef & { check?: string; format?: string; value?: unknown; inclusive?: boolean };
    if (def['when'] !== undefined) return undefined;
    if (def.check === 'number_format' && def.format === 'safeint') tests.push(Number.isSafeInteger);
    else if (def.check === 'greater_than' && typeof def.value === 'number') {
      const bound = def.value;
      tests.push(def.inclusive ? (n) => n >= bound : (n) => n > bound);
    } else if (def.check === 'less_than' && typeof def.value === 'number') {
      const bound = def.value;
      tests.push(def.inclusive ? (n) => n <= bound : (n) => n < bound);
    } else return undefined;
  }
  if (tests.length === 0) return undefined;
  return (n) => {
    for (const test of tests) if (!test(n)) return false;
    return true;
  };
}

function createStringNode(schema: unknown, scan: boolean): GuardNode {
  const validate = createLeafValidator(schema, 'string');
  const clean = (input: unknown, st: RunState): string | Fail => {
    const checked = validate(input);
    if (checked === FAIL) return st.fail();
    const text = scan ? st.scanText(checked as string) : (checked as string);
    return st.grow(text.length + 2) ? text : st.fail();
  };
  return {
    value: clean,
    json(input, st) {
      const checked = validate(input);
      if (checked === FAIL) return st.fail();
      let text = checked as string;
      let json = scan ? st.cleanJson(text) : quoteString(text);
      if (json === undefined) {
        text = st.redactText(text);
        json = quoteString(text);
      }
      return st.grow(text.length + 2) ? json : st.fail();
    },
  };
}

function createPrimitiveNode(schema: unknown, type: 'number' | 'boolean'): GuardNode {
  const validate = createLeafValidator(schema, type);
  const clean = (input: unknown, st: RunState): unknown => {
    const checked = validate(input);
    if (checked === FAIL) return st.fail();
    return st.grow(6) ? checked : st.fail();
  };
  return {
    value: clean,
    json(input, st) {
      const checked = clean(input, st);
      if (checked === FAIL) return FAIL;
      return type === 'number' ? writeNumber(checked as number) : String(checked);
    },
  };
}

function createConstantNode(accepts: (value: unknown) => boolean, constant: null | undefined): GuardNode {
  const text = constant === null ? 'null' : undefined;
  return {
    value: (input, st) => (accepts(input) ? constant : st.fail()),
    json: (input, st) => (accepts(input) ? text : st.fail()),
  };
}

function createLiteralNode(values: ReadonlySet<unknown>): GuardNode {
  // Literals come from the schema author, not from data: no scanning, JSON text computed once.
  const texts = createLiteralTexts(values);
  return {
    value: (input, st) => (texts.has(input) ? input : st.fail()),
    json: (input, st) => texts.get(input) ?? st.fail(),
  };
}

function createDroppedNode(category: CategoryId): GuardNode {
  const drop = (input: unknown, st: RunState): undefined => {
    if (input !== undefined) st.report('sensitive-field', category);
    return undefined;
  };
  return { value: drop, json: drop };
}

function createOptionalNode(inner: GuardNode): GuardNode {
  return {
    value: (input, st) => (input === undefined ? undefined : inner.value(input, st)),
    json: (input, st) => (input === undefined ? undefined : inner.json(input, st)),
  };
}

function createNonOptionalNode(inner: GuardNode): GuardNode {
  return {
    value: (input, st) => (input === undefined ? st.fail() : inner.value(input, st)),
    json: (input, st) => (input === undefined ? st.fail() : inner.json(input, st)),
  };
}

function createNullableNode(inner: GuardNode): GuardNode {
  return {
    value: (input, st) => (input === null ? null : inner.value(input, st)),
    json: (input, st) => (input === null ? 'null' : inner.json(input, st)),
  };
}

function createDefaultNode(inner: GuardNode, def: ZodDef): GuardNode {
  // zod's def.defaultValue is a getter that returns a fresh copy each time.
  return {
    value: (input, st) => inner.value(input === undefined ? def['defaultValue'] : input, st),
    json: (input, st) => inner.json(input === undefined ? def['defaultValue'] : input, st),
  };
}

function createCatchNode(inner: GuardNode, def: ZodDef): GuardNode {
  const catchValue = def['catchValue'] as (ctx: unknown) => unknown;
  function attempt<R>(run: (value: unknown) => R | Fail, input: unknown, st: RunState): R | Fail {
    const mark = saveState(st);
    const result = run(input);
    if (result !== FAIL) return result;
    restoreState(st, mark);
    // The catch value is schema-authored; the failed input is not handed to it.
    return run(catchValue({ value: undefined, issues: [], error: { issues: [] }, input: undefined }));
  }
  return {
    value: (input, st) => attempt((v) => inner.value(v, st), input, st),
    json: (input, st) => attempt((v) => inner.json(v, st), input, st),
  };
}

function createPipeNode(first: GuardNode, second: GuardNode): GuardNode {
  return {
    value(input, st) {
      const copy = first.value(input, st);
      return copy === FAIL ? FAIL : second.value(copy, st);
    },
    json(input, st) {
      const copy = first.value(input, st);
      return copy === FAIL ? FAIL : second.json(copy, st);
    },
  };
}

function createCodecNode(schema: unknown, wire: GuardNode): GuardNode {
  const internals = getInternals(schema);
  const encode = (input: unknown, st: RunState): unknown => {
    if (input === undefined) return undefined;
    // zod's encode and the user's reverse transform may read the domain value more than once:
    // they get a read-once copy (Dates, Maps and Sets stay as they are).
    const stable = typeof input === 'object' && input !== null ? snapshot(input, st, 0) : input;
    if (stable === FAIL) return st.fail();
    const result = internals.run({ value: stable, issues: [] }, BACKWARD);
    if (result instanceof Promise || result.issues.length > 0) return st.fail();
    return result.value;
  };
  return {
    value(input, st) {
      const encoded = encode(input, st);
      return encoded === FAIL ? FAIL : wire.value(encoded, st);
    },
    json(input, st) {
      const encoded = encode(input, st);
      return encoded === FAIL ? FAIL : wire.json(encoded, st);
    },
  };
}

/** Container refinements (`.refine`, `.min()` on arrays) run on the guarded copy, never on the input. */
function readContainerChecks(def: ZodDef): ContainerChecks | undefined {
  const checks = def['checks'] as { _zod: { check(payload: unknown): unknown; def: { when?: (payload: unknown) => boolean } } }[] | undefined;
  if (!checks || checks.length === 0) return undefined;
  return (value) => {
    const payload = { value, issues: [] as unknown[] };
    for (const check of checks) {
      if (check._zod.def.when && !check._zod.def.when(payload)) continue;
      if (check._zod.check(payload) instanceof Promise) return false;
      if (payload.issues.length > 0) return false;
    }
    return true;
  };
}

/** Wraps a value-building node so `json` builds the copy, runs the checks, then writes it. */
function withContainerChecks(node: GuardNode, checks: ContainerChecks | undefined): GuardNode {
  if (checks === undefined) return node;
  const value = (input: unknown, st: RunState): unknown => {
    const copy = node.value(input, st);
    if (copy === FAIL || copy === undefined) return copy;
    return checks(copy) ? copy : st.fail();
  };
  return {
    value,
    json(input, st) {
      const copy = value(input, st);
      return copy === FAIL ? FAIL : copy === undefined ? undefined : writePlain(copy);
    },
  };
}

/** The closures backend's object node. */
export function createObjectNode(spec: ObjectNodeSpec): GuardNode {
  const { fields, declared, rest } = spec;
  const count = fields.length;
  const reportUndeclared = createUndeclaredReporter(declared);

  /** Undeclared keys: report (and fail on strict objects) or pass through the catchall node. */
  function visitRest(input: object, found: number, st: RunState, emit: ((key: string, value: unknown) => boolean) | undefined): boolean {
    if (rest === undefined && !st.reportUnknown) return true;
    const keys = Object.keys(input);
    // Every own enumerable key declared: nothing to report (the common case, no per-key work).
    if (rest === undefined && keys.length === found) return true;
    // Thousands of stray keys are a hostile or runaway value, not a response.
    if (keys.length > st.limits.maxArrayLength) {
      st.fail();
      return false;
    }
    if (rest === undefined) {
      reportUndeclared(keys, st);
      return true;
    }
    for (const key of keys) {
      if (declared.has(key)) continue;
      if (FORBIDDEN_KEYS.has(key)) {
        st.reportUndeclared(declared, key);
        continue;
      }
      if (rest === 'strict') {
        st.fail(st.describeKey(key));
        return false;
      }
      if (!st.grow(key.length + 4)) {
        st.fail();
        return false;
      }
      st.path.push(st.describeKey(key));
      const ok = emit!(key, (input as Record<string, unknown>)[key]);
      st.path.pop();
      if (!ok) return false;
    }
    return true;
  }

  const node: GuardNode = {
    value(input, st) {
      if (typeof input !== 'object' || input === null || isArray(input)) return st.fail();
      if (!st.enter(input)) return st.fail();
      const record = input as Record<string, unknown>;
      const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      let found = 0;
      for (let i = 0; i < count; i++) {
        const field = fields[i]!;
        const key = field.key;
        let value: unknown;
        if (hasOwn.call(record, key)) {
          found++;
          if (field.dropped !== undefined) {
            st.report('sensitive-field', field.dropped, key);
            continue;
          }
          st.at = key;
          value = record[key];
          st.at = undefined;
        } else if (field.dropped !== undefined) {
          continue;
        }
        st.path.push(key);
        const result = field.node.value(value, st);
        st.path.pop();
        if (result === FAIL) {
          st.leave();
          return FAIL;
        }
        if (result !== undefined) out[key] = result;
        if (!st.grow(field.jsonKey.length + 1)) {
          st.leave();
          return st.fail();
        }
      }
      const ok = visitRest(input, found, st, (key, value) => {
        const result = (rest as GuardNode).value(value, st);
        if (result === FAIL) return false;
        if (result !== undefined) out[key] = result;
        return true;
      });
      st.leave();
      return ok ? out : FAIL;
    },
    json(input, st) {
      if (typeof input !== 'object' || input === null || isArray(input)) return st.fail();
      if (!st.enter(input)) return st.fail();
      const record = input as Record<string, unknown>;
      let text = '{';
      let first = true;
      let found = 0;
      let at: string | undefined;
      try {
        for (let i = 0; i < count; i++) {
          const field = fields[i]!;
          const key = field.key;
          let value: unknown;
          if (hasOwn.call(record, key)) {
            found++;
            if (field.dropped !== undefined) {
              st.report('sensitive-field', field.dropped, key);
              continue;
            }
            at = key;
            value = record[key];
            at = undefined;
          } else if (field.dropped !== undefined) {
            continue;
          }
          let result: string | undefined | Fail;
          if (value === undefined && field.optional) continue;
          // Bare primitives (most fields) are handled inline: no path bookkeeping, no call.
          switch (field.leaf) {
            case 'string':
              if (typeof value !== 'string') result = st.fail(key);
              else {
                result = field.scan ? st.cleanJson(value) : quoteString(value);
                if (result === undefined) {
                  st.path.push(key);
                  result = quoteString(st.redactText(value));
                  st.path.pop();
                }
              }
              break;
            case 'number':
              result = typeof value === 'number' && Number.isFinite(value) ? writeNumber(value) : st.fail(key);
              break;
            case 'boolean':
              result = value === true ? 'true' : value === false ? 'false' : st.fail(key);
              break;
            default:
              if (field.literals !== undefined) {
                result = field.literals.get(value) ?? st.fail(key);
                break;
              }
              if (field.numberCheck !== undefined) {
                result = typeof value === 'number' && Number.isFinite(value) && field.numberCheck(value) ? writeNumber(value) : st.fail(key);
                break;
              }
              st.path.push(key);
              result = field.node.json(value, st);
              st.path.pop();
          }
          if (result === FAIL) {
            st.leave();
            return FAIL;
          }
          if (result !== undefined) {
            text += (first ? field.jsonKey : field.nextJsonKey) + result;
            first = false;
          }
        }
        if (!st.grow(text.length)) {
          st.leave();
          return st.fail();
        }
        const ok = visitRest(input, found, st, (key, value) => {
          const result = (rest as GuardNode).json(value, st);
          if (result === FAIL) return false;
          if (result !== undefined) {
            text += `${first ? '' : ','}${quoteString(key)}:${result}`;
            first = false;
          }
          return true;
        });
        st.leave();
        return ok ? `${text}}` : FAIL;
      } catch (error) {
        // The key being read lives in a local; only a throwing getter or Proxy trap publishes it.
        if (at !== undefined) st.at = at;
        throw error;
      }
    },
  };
  return withContainerChecks(node, spec.checks);
}

function createArrayNode(element: GuardNode, checks: ContainerChecks | undefined): GuardNode {
  const node: GuardNode = {
    value(input, st) {
      if (!isArray(input)) return st.fail();
      if (!st.enter(input)) return st.fail();
      const length = (input as unknown[]).length;
      if (length > st.limits.maxArrayLength) {
        st.leave();
        return st.fail();
      }
      const out: unknown[] = [];
      for (let i = 0; i < length; i++) {
        // An own element or a hole: a polluted Array.prototype[i] is never read.
        st.at = i;
        const value = hasOwn.call(input, i) ? (input as unknown[])[i] : undefined;
        st.at = undefined;
        st.path.push(i);
        const result = element.value(value, st);
        st.path.pop();
        if (result === FAIL) {
          st.leave();
          return FAIL;
        }
        // A dropped sensitive element leaves the array; an absent optional one becomes null (as JSON does).
        if (result !== undefined) out.push(result);
        else if (value === undefined) out.push(null);
      }
      st.leave();
      return st.grow(length + 2) ? out : st.fail();
    },
    json(input, st) {
      if (!isArray(input)) return st.fail();
      if (!st.enter(input)) return st.fail();
      const length = (input as unknown[]).length;
      if (length > st.limits.maxArrayLength) {
        st.leave();
        return st.fail();
      }
      let text = '[';
      let first = true;
      let at: number | undefined;
      try {
        for (let i = 0; i < length; i++) {
          at = i;
          const value = hasOwn.call(input, i) ? (input as unknown[])[i] : undefined;
          at = undefined;
          st.path.push(i);
          const result = element.json(value, st);
          st.path.pop();
          if (result === FAIL) {
            st.leave();
            return FAIL;
          }
          if (result !== undefined) text += first ? result : `,${result}`;
          else if (value === undefined) text += first ? 'null' : ',null';
          else continue;
          first = false;
        }
        st.leave();
        return st.grow(length + 2) ? `${text}]` : st.fail();
      } catch (error) {
        // The key being read lives in a local; only a throwing getter or Proxy trap publishes it.
        if (at !== undefined) st.at = at;
        throw error;
      }
    },
  };
  return withContainerChecks(node, checks);
}

function createTupleNode(items: readonly GuardNode[], rest: GuardNode | undefined, checks: ContainerChecks | undefined): GuardNode {
  const node: GuardNode = {
    value(input, st) {
      if (!isArray(input)) return st.fail();
      if (!st.enter(input)) return st.fail();
      const length = (input as unknown[]).length;
      if (length > st.limits.maxArrayLength || (rest === undefined && length > items.length)) {
        st.leave();
        return st.fail();
      }
      const out: unknown[] = [];
      const total = Math.max(length, items.length);
      for (let i = 0; i < total; i++) {
        const nodeAt = items[i] ?? rest!;
        const value = i < length && hasOwn.call(input, i) ? (input as unknown[])[i] : undefined;
        st.path.push(i);
        const result = nodeAt.value(value, st);
        st.path.pop();
        if (result === FAIL) {
          st.leave();
          return FAIL;
        }
        // Positions matter in a tuple: an absent or dropped item becomes null rather than shifting the rest.
        if (i < length || result !== undefined) out.push(result === undefined ? null : result);
      }
      st.leave();
      return out;
    },
    json(input, st) {
      const copy = node.value(input, st);
      return copy === FAIL ? FAIL : writePlain(copy);
    },
  };
  return withContainerChecks(node, checks);
}

function createRecordNode(keySchema: unknown, valueNode: GuardNode, scan: boolean, checks: ContainerChecks | undefined): GuardNode {
  const keyPlain = readPlainLeaf(keySchema) === 'string';
  const keyInternals = getInternals(keySchema);
  const acceptsKey = (key: string): boolean => {
    if (keyPlain) return true;
    const result = keyInternals.run({ value: key, issues: [] }, CTX);
    return !(result instanceof Promise) && result.issues.length === 0;
  };
  const node: GuardNode = {
    value(input, st) {
      if (typeof input !== 'object' || input === null || isArray(input)) return st.fail();
      if (!st.enter(input)) return st.fail();
      const keys = Object.keys(input);
      if (keys.length > st.limits.maxArrayLength) {
        st.leave();
        return st.fail();
      }
      const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      for (const key of keys) {
        const shown = st.describeKey(key);
        if (FORBIDDEN_KEYS.has(key)) {
          st.report('unknown-field', undefined, key);
          continue;
        }
        // Record keys are data: a key that carries a sensitive value drops its entry.
        if (scan && shown !== key) {
          st.report('sensitive-value', categoryOfRedaction(shown), shown);
          continue;
        }
        if (!acceptsKey(key)) {
          st.leave();
          return st.fail(shown);
        }
        st.path.push(shown);
        const result = valueNode.value((input as Record<string, unknown>)[key], st);
        st.path.pop();
        if (result === FAIL) {
          st.leave();
          return FAIL;
        }
        if (result !== undefined) out[key] = result;
        if (!st.grow(key.length + 4)) {
          st.leave();
          return st.fail();
        }
      }
      st.leave();
      return out;
    },
    json(input, st) {
      const copy = node.value(input, st);
      return copy === FAIL ? FAIL : writePlain(copy);
    },
  };
  return withContainerChecks(node, checks);
}

function categoryOfRedaction(shown: string): CategoryId {
  return shown.slice('[redacted:'.length, -1) as CategoryId;
}

interface SavedState {
  readonly violations: number;
  readonly path: number;
  readonly ancestors: number;
  readonly size: number;
}

function saveState(st: RunState): SavedState {
  return { violations: st.violations.length, path: st.path.length, ancestors: st.ancestors.length, size: st.size };
}

function restoreState(st: RunState, mark: SavedState): void {
  st.violations.length = mark.violations;
  st.path.length = mark.path;
  st.ancestors.length = mark.ancestors;
  st.size = mark.size;
  st.failed = false;
}

function createUnionNode(options: readonly GuardNode[]): GuardNode {
  function attempt<R>(run: (option: GuardNode, value: unknown) => R | Fail, input: unknown, st: RunState): R | Fail {
    // Objects are copied once (own data only) so that trying several options never reads a getter twice.
    const stable = typeof input === 'object' && input !== null ? snapshot(input, st, 0) : input;
    if (stable === FAIL) return st.fail();
    for (const option of options) {
      const mark = saveState(st);
      const result = run(option, stable);
      if (result !== FAIL) return result;
      restoreState(st, mark);
    }
    return st.fail();
  }
  return {
    value: (input, st) => attempt((option, v) => option.value(v, st), input, st),
    json: (input, st) => attempt((option, v) => option.json(v, st), input, st),
  };
}

/**
 * A read-once copy of an object graph: own enumerable data of arrays and objects (class instances
 * included), into null-prototype objects. Built-ins with internal slots (Date, Map, Set, typed arrays)
 * are kept by reference for codecs. Depth, cycles and sizes are bounded by the run's limits.
 */
function snapshot(value: unknown, st: RunState, depth: number): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Date || value instanceof Map || value instanceof Set || ArrayBuffer.isView(value)) return value;
  if (depth + st.ancestors.length >= st.limits.maxDepth || !st.enter(value)) return FAIL;
  try {
    if (isArray(value)) {
      const length = value.length;
      if (length > st.limits.maxArrayLength) return FAIL;
      const copy: unknown[] = new Array<unknown>(length);
      for (let i = 0; i < length; i++) {
        const item = snapshot(hasOwn.call(value, i) ? value[i] : undefined, st, depth + 1);
        if (item === FAIL) return FAIL;
        copy[i] = item;
      }
      return copy;
    }
    const keys = Object.keys(value);
    if (keys.length > st.limits.maxArrayLength) return FAIL;
    const copy: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const key of keys) {
      const item = snapshot((value as Record<string, unknown>)[key], st, depth + 1);
      if (item === FAIL) return FAIL;
      copy[key] = item;
    }
    return copy;
  } finally {
    st.leave();
  }
}

/** `z.any()` / `z.unknown()`: plain JSON data only, walked deeply, every string scanned. */
function createAnyNode(scan: boolean): GuardNode {
  function walk(input: unknown, st: RunState): unknown {
    switch (typeof input) {
      case 'string': {
        const text = scan ? st.scanText(input) : input;
        return st.grow(text.length + 2) ? text : st.fail();
      }
      case 'number':
        return Number.isFinite(input) ? input : null;
      case 'boolean':
        return input;
      case 'undefined':
        return undefined;
      case 'object':
        break;
      default:
        // bigint, symbol, function: no JSON form, and nothing to reduce them to.
        return st.fail();
    }
    if (input === null) return null;
    if (!st.enter(input)) return st.fail();
    if (isArray(input)) {
      const length = input.length;
      if (length > st.limits.maxArrayLength) {
        st.leave();
        return st.fail();
      }
      const out: unknown[] = [];
      for (let i = 0; i < length; i++) {
        st.path.push(i);
        const item = walk(hasOwn.call(input, i) ? input[i] : undefined, st);
        st.path.pop();
        if (item === FAIL) {
          st.leave();
          return FAIL;
        }
        out.push(item === undefined ? null : item);
      }
      st.leave();
      return out;
    }
    const proto: unknown = Object.getPrototypeOf(input);
    if (proto !== Object.prototype && proto !== null) {
      // A Date, Map or class instance has no schema to be reduced to here.
      st.leave();
      return st.fail();
    }
    const keys = Object.keys(input);
    if (keys.length > st.limits.maxArrayLength) {
      st.leave();
      return st.fail();
    }
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const key of keys) {
      const shown = scan ? st.describeKey(key) : key;
      if (FORBIDDEN_KEYS.has(key)) {
        st.report('unknown-field', undefined, key);
        continue;
      }
      if (shown !== key) {
        st.report('sensitive-value', categoryOfRedaction(shown), shown);
        continue;
      }
      st.path.push(key);
      const item = walk((input as Record<string, unknown>)[key], st);
      st.path.pop();
      if (item === FAIL) {
        st.leave();
        return FAIL;
      }
      if (item !== undefined) out[key] = item;
      if (!st.grow(key.length + 4)) {
        st.leave();
        return st.fail();
      }
    }
    st.leave();
    return out;
  }
  return {
    value: walk,
    json(input, st) {
      const copy = walk(input, st);
      return copy === FAIL ? FAIL : copy === undefined ? undefined : writePlain(copy);
    },
  };
}
