import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createGuard } from './guard.js';
import { GuardError, isGuardError } from './errors.js';
import { sensitive } from './meta.js';
import { expectNoValues, FAKE } from './test-helpers.js';
import type { GuardBackend } from './types.js';

const AccountHelp = z.object({
  ticketId: z.string(),
  message: z.string(),
  phone: z.string().meta({ pii: 'phone' }).optional(),
});

describe.each<GuardBackend>(['closures', 'codegen'])('the guard contract (%s backend)', (backend) => {
  it('keeps declared fields and drops undeclared ones, still ok', () => {
    const guard = createGuard(AccountHelp, { backend });
    const result = guard.check({ ticketId: 'T-1', message: 'hello', internalNote: 'x', score: 3 });
    expect(result.ok).toBe(true);
    expect(result.value).toEqual({ ticketId: 'T-1', message: 'hello' });
    expect(result.violations).toEqual([
      { path: ['internalNote'], kind: 'unknown-field' },
      { path: ['score'], kind: 'unknown-field' },
    ]);
    expect(guard.stringify({ ticketId: 'T-1', message: 'hello', internalNote: 'x' })).toBe('{"ticketId":"T-1","message":"hello"}');
  });

  it('drops a marked field whose category is not allowed', () => {
    const guard = createGuard(AccountHelp, { backend, allow: [] });
    const input = { ticketId: 'T-1', message: 'hi', phone: FAKE.phone };
    const result = guard.check(input);
    expect(result).toEqual({ ok: true, value: { ticketId: 'T-1', message: 'hi' }, violations: [{ path: ['phone'], kind: 'sensitive-field', category: 'phone' }] });
    expect(guard.stringify(input)).toBe('{"ticketId":"T-1","message":"hi"}');
    expectNoValues(result.violations);
  });

  it('keeps a marked field whose category is allowed, without redacting it', () => {
    const guard = createGuard(AccountHelp, { backend, allow: ['phone'] });
    const result = guard.check({ ticketId: 'T-1', message: 'hi', phone: FAKE.phone });
    expect(result).toEqual({ ok: true, value: { ticketId: 'T-1', message: 'hi', phone: FAKE.phone }, violations: [] });
  });

  it('redacts sensitive values in unmarked strings, one violation per match', () => {
    const guard = createGuard(AccountHelp, { backend });
    const input = { ticketId: 'T-1', message: `call ${FAKE.phone} or mail ${FAKE.email}` };
    const result = guard.check(input);
    expect(result.ok && result.value.message).toBe('call [redacted:phone] or mail [redacted:contact]');
    expect(result.violations).toEqual([
      { path: ['message'], kind: 'sensitive-value', category: 'phone' },
      { path: ['message'], kind: 'sensitive-value', category: 'contact' },
    ]);
    expect(guard.stringify(input)).toBe('{"ticketId":"T-1","message":"call [redacted:phone] or mail [redacted:contact]"}');
    expectNoValues(result.violations);
  });

  it('leaves look-alikes alone (dates, versions, masked cards)', () => {
    const guard = createGuard(AccountHelp, { backend });
    const message = 'opened 2024-01-15, client v10.4.0, card **** **** **** 1111';
    expect(guard.check({ ticketId: 'T-1', message })).toEqual({ ok: true, value: { ticketId: 'T-1', message }, violations: [] });
  });

  it('does not scan when scanValues is off', () => {
    const guard = createGuard(AccountHelp, { backend, scanValues: false });
    const message = `call ${FAKE.phone}`;
    expect(guard.check({ ticketId: 'T-1', message })).toEqual({ ok: true, value: { ticketId: 'T-1', message }, violations: [] });
  });

  it('refuses a value that does not match the schema', () => {
    const guard = createGuard(AccountHelp, { backend });
    const result = guard.check({ ticketId: 7, message: 'hi' });
    expect(result).toEqual({ ok: false, value: undefined, violations: [{ path: ['ticketId'], kind: 'invalid' }] });
    expect(() => guard.stringify({ ticketId: 7, message: 'hi' })).toThrow(GuardError);
    expect(guard.check({ ticketId: 'T-1' }).ok).toBe(false);
    expect(guard.check(null).ok).toBe(false);
    expect(guard.check([]).ok).toBe(false);
  });

  it('throws a GuardError with code GUARD_FAILED that carries violations but no value', () => {
    const guard = createGuard(AccountHelp, { backend });
    let caught: unknown;
    try {
      guard.stringify({ ticketId: FAKE.email, message: 42 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(Error);
    expect(isGuardError(caught)).toBe(true);
    const error = caught as GuardError;
    expect(error.code).toBe('GUARD_FAILED');
    expect(error.violations).toEqual([
      { path: ['ticketId'], kind: 'sensitive-value', category: 'contact' },
      { path: ['message'], kind: 'invalid' },
    ]);
    expect(error.message).not.toContain(FAKE.email);
  });

  it('calls onViolation with the violations, and survives a throwing callback', () => {
    const onViolation = vi.fn(() => {
      throw new Error('sink down');
    });
    const guard = createGuard(AccountHelp, { backend, onViolation });
    expect(guard.check({ ticketId: 'T-1', message: 'hi', phone: FAKE.phone }).ok).toBe(true);
    expect(onViolation).toHaveBeenCalledWith([{ path: ['phone'], kind: 'sensitive-field', category: 'phone' }]);
    guard.check({ ticketId: 'T-1', message: 'hi' });
    expect(onViolation).toHaveBeenCalledTimes(1);
  });

  it('enforces zod checks on leaves (formats, lengths, trims)', () => {
    const guard = createGuard(z.object({ code: z.string().length(4), n: z.number().int().min(0), tag: z.string().trim() }), { backend });
    expect(guard.check({ code: 'ABCD', n: 3, tag: '  x ' })).toEqual({ ok: true, value: { code: 'ABCD', n: 3, tag: 'x' }, violations: [] });
    expect(guard.check({ code: 'ABC', n: 3, tag: 'x' }).ok).toBe(false);
    expect(guard.check({ code: 'ABCD', n: 1.5, tag: 'x' }).ok).toBe(false);
    expect(guard.check({ code: 'ABCD', n: Number.NaN, tag: 'x' }).ok).toBe(false);
  });

  it('applies container refinements to the guarded copy', () => {
    const Range = z.object({ from: z.number(), to: z.number() }).refine((r) => r.from <= r.to);
    const guard = createGuard(z.object({ range: Range, tags: z.array(z.string()).max(2) }), { backend });
    expect(guard.stringify({ range: { from: 1, to: 2 }, tags: ['a'] })).toBe('{"range":{"from":1,"to":2},"tags":["a"]}');
    expect(guard.check({ range: { from: 3, to: 2 }, tags: [] }).ok).toBe(false);
    expect(guard.check({ range: { from: 1, to: 2 }, tags: ['a', 'b', 'c'] }).ok).toBe(false);
  });
});

describe('sensitivity through wrappers', () => {
  const cases: [string, z.ZodType][] = [
    ['optional', z.string().meta({ pii: 'contact' }).optional()],
    ['nullable', z.string().meta({ pii: 'contact' }).nullable()],
    ['default', z.string().meta({ pii: 'contact' }).default('none')],
    ['meta outside optional', z.string().optional().meta({ pii: 'contact' })],
    ['readonly', z.string().meta({ pii: 'contact' }).readonly()],
    ['checks after meta', z.string().meta({ pii: 'contact' }).min(3)],
    ['sensitive() helper', sensitive(z.string(), 'contact').optional()],
  ];
  it.each(cases)('finds the category through %s', (_name, field) => {
    const guard = createGuard(z.object({ id: z.string(), email: field }));
    const result = guard.check({ id: 'u1', email: FAKE.email });
    expect(result).toEqual({ ok: true, value: { id: 'u1' }, violations: [{ path: ['email'], kind: 'sensitive-field', category: 'contact' }] });
  });

  it('drops marked elements of arrays and marked values of records', () => {
    const guard = createGuard(z.object({ emails: z.array(z.string().meta({ pii: 'contact' })), byId: z.record(z.string(), sensitive(z.string(), 'phone')) }));
    const result = guard.check({ emails: [FAKE.email], byId: { a: FAKE.phone } });
    expect(result.ok && result.value).toEqual({ emails: [], byId: {} });
    expect(result.violations).toEqual([
      { path: ['emails', 0], kind: 'sensitive-field', category: 'contact' },
      { path: ['byId', 'a'], kind: 'sensitive-field', category: 'phone' },
    ]);
  });

  it('rejects an unknown category at compile time', () => {
    expect(() => createGuard(z.object({ a: z.string().meta({ pii: 'phonee' }) }))).toThrow(GuardError);
    expect(() => sensitive(z.string(), 'nope' as 'phone')).toThrow(GuardError);
  });
});

describe('report mode', () => {
  it('passes the value through unchanged and reports every violation', () => {
    const guard = createGuard(AccountHelp, { mode: 'report' });
    const input = { ticketId: 'T-1', message: `call ${FAKE.phone}`, phone: FAKE.phone, extra: true };
    const result = guard.check(input);
    expect(result.ok).toBe(true);
    expect(result.value).toBe(input);
    expect(result.violations).toEqual([
      { path: ['message'], kind: 'sensitive-value', category: 'phone' },
      { path: ['phone'], kind: 'sensitive-field', category: 'phone' },
      { path: ['extra'], kind: 'unknown-field' },
    ]);
    expect(guard.stringify(input)).toBe(JSON.stringify(input));
  });

  it('reports an invalid value but still passes it', () => {
    const guard = createGuard(AccountHelp, { mode: 'report' });
    const result = guard.check({ ticketId: 1 });
    expect(result.ok).toBe(true);
    expect(result.violations).toEqual([{ path: ['ticketId'], kind: 'invalid' }]);
  });
});

describe('schema coverage', () => {
  it('guards unions by the first matching option, without leaking another option’s fields', () => {
    const Shape = z.union([z.object({ kind: z.literal('a'), a: z.string() }), z.object({ kind: z.literal('b'), b: z.number() })]);
    const guard = createGuard(z.object({ item: Shape }));
    expect(guard.stringify({ item: { kind: 'b', b: 2, a: 'secret' } })).toBe('{"item":{"kind":"b","b":2}}');
    expect(guard.check({ item: { kind: 'c' } }).ok).toBe(false);
  });

  it('guards discriminated unions, tuples, enums, nullables and defaults', () => {
    const Schema = z.object({
      ev: z.discriminatedUnion('type', [z.object({ type: z.literal('x'), n: z.number() }), z.object({ type: z.literal('y'), s: z.string() })]),
      pair: z.tuple([z.string(), z.number()]),
      color: z.enum(['red', 'green']),
      note: z.string().nullable(),
      count: z.number().default(0),
    });
    const guard = createGuard(Schema);
    expect(guard.stringify({ ev: { type: 'y', s: 'hi' }, pair: ['a', 1], color: 'red', note: null })).toBe(
      '{"ev":{"type":"y","s":"hi"},"pair":["a",1],"color":"red","note":null,"count":0}',
    );
    expect(guard.check({ ev: { type: 'y', s: 'hi' }, pair: ['a', 1], color: 'blue', note: null }).ok).toBe(false);
    expect(guard.check({ ev: { type: 'y', s: 'hi' }, pair: ['a', 1, 2], color: 'red', note: null }).ok).toBe(false);
  });

  it('guards records: keys checked, values guarded, sensitive keys dropped without naming them', () => {
    const guard = createGuard(z.object({ counts: z.record(z.string(), z.number()) }));
    const result = guard.check({ counts: { a: 1, [FAKE.email]: 2 } });
    expect(result.ok && result.value).toEqual({ counts: { a: 1 } });
    expect(result.violations).toEqual([{ path: ['counts', '[redacted:contact]'], kind: 'sensitive-value', category: 'contact' }]);
    expectNoValues(result.violations);
    expect(createGuard(z.record(z.enum(['a', 'b']), z.number())).check({ c: 1 }).ok).toBe(false);
  });

  it('guards recursive schemas (z.lazy and getters)', () => {
    interface Node {
      name: string;
      children: Node[];
    }
    const NodeSchema: z.ZodType<Node> = z.lazy(() => z.object({ name: z.string(), children: z.array(NodeSchema) }));
    const guard = createGuard(NodeSchema);
    expect(guard.stringify({ name: 'a', children: [{ name: 'b', children: [], x: 1 }] })).toBe('{"name":"a","children":[{"name":"b","children":[]}]}');
    const Category = z.object({
      title: z.string(),
      get sub() {
        return z.array(Category).optional();
      },
    });
    expect(createGuard(Category).stringify({ title: 't', sub: [{ title: 'u' }] })).toBe('{"title":"t","sub":[{"title":"u"}]}');
  });

  it('encodes Dates only through a codec', () => {
    const isoDate = z.codec(z.iso.datetime(), z.date(), { decode: (s) => new Date(s), encode: (d) => d.toISOString() });
    const guard = createGuard(z.object({ at: isoDate }));
    expect(guard.stringify({ at: new Date('2024-01-15T12:30:45.000Z') })).toBe('{"at":"2024-01-15T12:30:45.000Z"}');
    expect(guard.check({ at: 'not a date' }).ok).toBe(false);
    expect(() => createGuard(z.object({ at: z.date() }))).toThrow(/codec/);
    expect(() => createGuard(z.object({ n: z.bigint() }))).toThrow(GuardError);
    expect(() => createGuard(z.object({ m: z.map(z.string(), z.string()) }))).toThrow(GuardError);
    expect(() => createGuard(z.object({ s: z.set(z.string()) }))).toThrow(GuardError);
    expect(() => createGuard(z.object({ t: z.string().transform((s) => s.length) }))).toThrow(/one-way/);
  });

  it('scans z.any() and z.unknown() deeply in enforce mode, and rejectAny refuses them', () => {
    const guard = createGuard(z.object({ extra: z.any(), more: z.unknown() }));
    const result = guard.check({ extra: { nested: [`mail ${FAKE.email}`], ok: 1 }, more: FAKE.card });
    expect(result.ok && result.value).toEqual({ extra: { nested: ['mail [redacted:contact]'], ok: 1 }, more: '[redacted:financial]' });
    expect(result.violations).toEqual([
      { path: ['extra', 'nested', 0], kind: 'sensitive-value', category: 'contact' },
      { path: ['more'], kind: 'sensitive-value', category: 'financial' },
    ]);
    expect(() => createGuard(z.object({ extra: z.any() }), { rejectAny: true })).toThrow(/rejectAny/);
    expect(() => createGuard(z.object({ extra: z.unknown() }), { rejectAny: true })).toThrow(GuardError);
  });

  it('validating pipes check the copy; strict objects refuse unknown keys; loose objects guard them', () => {
    const guard = createGuard(z.object({ code: z.string().pipe(z.string().min(2)) }));
    expect(guard.stringify({ code: 'ab' })).toBe('{"code":"ab"}');
    expect(guard.check({ code: 'a' }).ok).toBe(false);
    expect(createGuard(z.strictObject({ a: z.string() })).check({ a: 'x', b: 1 }).ok).toBe(false);
    const loose = createGuard(z.looseObject({ a: z.string() }));
    expect(loose.check({ a: 'x', note: `call ${FAKE.phone}` })).toEqual({
      ok: true,
      value: { a: 'x', note: 'call [redacted:phone]' },
      violations: [{ path: ['note'], kind: 'sensitive-value', category: 'phone' }],
    });
  });

  it('rejects schema keys that can never be sent, and options that make no sense', () => {
    expect(() => createGuard(z.object({ constructor: z.string() }))).toThrow(GuardError);
    expect(() => createGuard(z.string(), { allow: ['nope' as 'phone'] })).toThrow(GuardError);
    expect(() => createGuard(z.string(), { limits: { maxDepth: 0 } })).toThrow(GuardError);
  });

  it('accepts a narrower scanner', () => {
    const onlyCards = { contains: (t: string) => t.includes('4111'), find: (t: string) => [{ category: 'financial' as const, start: t.indexOf('4111'), end: t.indexOf('4111') + 19 }] };
    const guard = createGuard(z.string(), { scanner: onlyCards });
    expect(guard.stringify(`${FAKE.phone} ${FAKE.card}`)).toBe(`"${FAKE.phone} [redacted:financial]"`);
  });
});

describe('catch, backends and re-entrancy', () => {
  it('z.catch sends the schema’s catch value instead of a bad one, without reporting it as invalid', () => {
    const guard = createGuard(z.object({ status: z.enum(['open', 'closed']).catch('open') }));
    expect(guard.check({ status: 'weird' })).toEqual({ ok: true, value: { status: 'open' }, violations: [] });
    expect(guard.stringify({ status: 'closed' })).toBe('{"status":"closed"}');
  });

  it('falls back to closures when new Function is blocked (strict CSP)', () => {
    vi.stubGlobal(
      'Function',
      class Blocked {
        constructor() {
          throw new EvalError('Refused to evaluate a string as JavaScript');
        }
      },
    );
    try {
      const guard = createGuard(AccountHelp, { backend: 'codegen' });
      expect(guard.backend).toBe('closures');
      expect(guard.stringify({ ticketId: 'T-1', message: 'hi', phone: FAKE.phone })).toBe('{"ticketId":"T-1","message":"hi"}');
    } finally {
      vi.unstubAllGlobals();
    }
    expect(createGuard(AccountHelp, { backend: 'codegen' }).backend).toBe('codegen');
  });

  it('keeps calls independent when a getter re-enters the same guard', () => {
    const guard = createGuard(AccountHelp);
    let inner: unknown;
    const input = {
      ticketId: 'T-1',
      get message() {
        inner = guard.check({ ticketId: 'T-2', message: 'x', extra: 1 });
        return 'outer';
      },
    };
    expect(guard.check(input)).toEqual({ ok: true, value: { ticketId: 'T-1', message: 'outer' }, violations: [] });
    expect(inner).toEqual({ ok: true, value: { ticketId: 'T-2', message: 'x' }, violations: [{ path: ['extra'], kind: 'unknown-field' }] });
  });

  it('caches only clean strings, and still redacts a sensitive one seen repeatedly', () => {
    const guard = createGuard(z.array(z.string()), { scanCacheSize: 2 });
    const values = ['a clean note', FAKE.email, 'another note', FAKE.email, 'a clean note', 'third'];
    expect(guard.stringify(values)).toBe('["a clean note","[redacted:contact]","another note","[redacted:contact]","a clean note","third"]');
    expect(guard.stringify(values)).toBe('["a clean note","[redacted:contact]","another note","[redacted:contact]","a clean note","third"]');
  });
});

describe('a marked root', () => {
  it('withholds the whole value in both check and stringify', () => {
    const guard = createGuard(sensitive(z.string(), 'credential'));
    const result = guard.check('hunter2-example');
    expect(result.ok).toBe(false);
    expect(result.violations).toEqual([
      { path: [], kind: 'sensitive-field', category: 'credential' },
      { path: [], kind: 'invalid' },
    ]);
    expect(() => guard.stringify('hunter2-example')).toThrow(GuardError);
    expect(createGuard(z.string().optional()).check(undefined)).toEqual({ ok: true, value: undefined, violations: [] });
  });
});
