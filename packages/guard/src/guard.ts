import type { z } from 'zod';
import { createCodegenFactories } from './compile/codegen.js';
import { NodeCompiler } from './compile/nodes.js';
import type { GuardNode } from './compile/nodes.js';
import { FAIL, RunState } from './compile/state.js';
import { GuardError } from './errors.js';
import { resolvePolicy } from './policy.js';
import type { ResolvedPolicy } from './policy.js';
import { CleanStringCache, coreScanner } from './scan.js';
import type { GuardBackend, GuardOptions, GuardResult, Violation } from './types.js';

/** A compiled guard for one schema and policy. Re-entrant; compile once, use for every response. */
export interface Guard<T> {
  readonly mode: ResolvedPolicy['mode'];
  /** The backend actually in use (`codegen` falls back to `closures` where `new Function` is blocked). */
  readonly backend: GuardBackend;
  /** Guards a value. Never throws. */
  check(value: unknown): GuardResult<T>;
  /** JSON text of the guarded value; throws GuardError when the value cannot be guarded. */
  stringify(value: unknown): string;
  /** `stringify` that never throws: the text, or `ok: false` with the violations. For adapters. */
  serialize(value: unknown): SerializeResult;
}

/** Result of `guard.serialize`. */
export type SerializeResult =
  | { readonly ok: true; readonly text: string; readonly violations: readonly Violation[] }
  | { readonly ok: false; readonly text: undefined; readonly violations: readonly Violation[] };

/**
 * Compiles a zod v4 schema into a fail-closed response guard. Throws GuardError when the schema
 * cannot be enforced (one-way transforms, z.date() without a codec, unknown pii categories).
 */
export function createGuard<S extends z.ZodType>(schema: S, options: GuardOptions = {}): Guard<z.output<S>> {
  const policy = resolvePolicy(options);
  const codegen = policy.backend === 'codegen' ? createCodegenFactories() : undefined;
  const compiler = new NodeCompiler({
    allow: policy.allow,
    scanValues: policy.scanValues,
    rejectAny: policy.rejectAny,
    generateObject: codegen?.object,
    generateArray: codegen?.array,
  });
  const root: GuardNode = compiler.compile(schema);
  const onViolation = options.onViolation;
  const scanner = options.scanner ?? coreScanner;
  // One cache per guard: it outlives a call, so repeated strings are scanned once.
  const cleanCache = new CleanStringCache(policy.scanCacheSize);
  const enforce = policy.mode === 'enforce';

  const notify = (violations: readonly Violation[]): void => {
    if (violations.length === 0 || onViolation === undefined) return;
    try {
      onViolation(violations);
    } catch {
      // An audit callback must never turn a guarded response into a crash.
    }
  };

  /** Runs one node walk; any throw (getter, Proxy trap, stack) becomes an `invalid` violation. */
  function run<R>(walk: (st: RunState) => R | typeof FAIL): { st: RunState; result: R | typeof FAIL } {
    const st = new RunState(policy.limits, scanner, policy.reportUnknownFields, cleanCache);
    let result: R | typeof FAIL;
    try {
      result = walk(st);
    } catch {
      st.failed = false;
      result = st.fail(st.at);
    }
    return { st, result };
  }

  function serialize(value: unknown): SerializeResult {
    if (!enforce) {
      const { st } = run((s) => root.value(value, s));
      let text: string | undefined;
      try {
        text = JSON.stringify(value) as string | undefined;
      } catch {
        // Report mode sends what the app sent; a cycle or a throwing toJSON still cannot be sent.
        text = undefined;
      }
      if (text === undefined) st.report('invalid');
      notify(st.violations);
      return text === undefined ? { ok: false, text: undefined, violations: st.violations } : { ok: true, text, violations: st.violations };
    }
    const { st, result } = run((s) => {
      const text = root.json(value, s);
      if (text === undefined) return s.fail();
      return text !== FAIL && text.length > policy.limits.maxOutputSize ? s.fail() : text;
    });
    notify(st.violations);
    return result === FAIL ? { ok: false, text: undefined, violations: st.violations } : { ok: true, text: result, violations: st.violations };
  }

  return {
    mode: policy.mode,
    backend: codegen === undefined ? 'closures' : 'codegen',
    check(value) {
      const { st, result } = run((s) => {
        const copy = root.value(value, s);
        // A root that was dropped whole (a marked schema at the top) leaves nothing to send.
        return copy === undefined && value !== undefined ? s.fail() : copy;
      });
      notify(st.violations);
      if (!enforce) return { ok: true, value: value as z.output<S>, violations: st.violations };
      if (result === FAIL) return { ok: false, value: undefined, violations: st.violations };
      return { ok: true, value: result as z.output<S>, violations: st.violations };
    },
    stringify(value) {
      const result = serialize(value);
      if (!result.ok) throw new GuardError('the value cannot be guarded and was withheld', result.violations);
      return result.text;
    },
    serialize,
  };
}
