import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createGuard } from './guard.js';
import { GuardError } from './errors.js';
import { FAKE } from './test-helpers.js';
import type { GuardBackend } from './types.js';

const User = z.object({
  id: z.string(),
  name: z.string(),
  tags: z.array(z.string()).optional(),
  address: z.object({ city: z.string() }).optional(),
});

describe.each<GuardBackend>(['closures', 'codegen'])('hostile values (%s backend)', (backend) => {
  const guard = createGuard(User, { backend });

  it('reads each declared own property exactly once, and sends what it checked', () => {
    let reads = 0;
    const input = {
      id: 'u1',
      get name() {
        reads++;
        // Answers a harmless string first, then a phone number to whoever reads again.
        return reads === 1 ? 'Jane' : FAKE.phone;
      },
    };
    expect(guard.stringify(input)).toBe('{"id":"u1","name":"Jane"}');
    expect(reads).toBe(1);
    reads = 0;
    const result = guard.check(input);
    expect(reads).toBe(1);
    expect(result.ok && result.value).toEqual({ id: 'u1', name: 'Jane' });
  });

  it('reads each property once even when a union tries several options', () => {
    let reads = 0;
    const Either = z.union([z.object({ kind: z.literal('a'), n: z.number() }), z.object({ kind: z.literal('b'), s: z.string() })]);
    const input = {
      get kind() {
        reads++;
        return reads === 1 ? 'b' : 'a';
      },
      s: 'x',
      n: 1,
    };
    expect(createGuard(Either, { backend }).stringify(input)).toBe('{"kind":"b","s":"x"}');
    expect(reads).toBe(1);
  });

  describe('a polluted Object.prototype', () => {
    afterEach(() => {
      delete (Object.prototype as Record<string, unknown>)['tags'];
      delete (Object.prototype as Record<string, unknown>)['toJSON'];
      delete (Array.prototype as unknown as Record<string, unknown>)['0'];
    });

    it('adds nothing: inherited properties are never read, toJSON never called', () => {
      (Object.prototype as Record<string, unknown>)['tags'] = [FAKE.email];
      (Object.prototype as Record<string, unknown>)['toJSON'] = () => ({ leaked: FAKE.card });
      expect(guard.stringify({ id: 'u1', name: 'Jane' })).toBe('{"id":"u1","name":"Jane"}');
      const result = guard.check({ id: 'u1', name: 'Jane' });
      expect(result.ok && Object.keys(result.value)).toEqual(['id', 'name']);
    });

    it('ignores a polluted Array.prototype index behind a hole', () => {
      (Array.prototype as unknown as Record<string, unknown>)['0'] = FAKE.email;
      const tags: string[] = [];
      tags[1] = 'b';
      // The hole at 0 is not a string: the array does not match z.array(z.string()).
      expect(guard.check({ id: 'u1', name: 'J', tags }).ok).toBe(false);
      expect(createGuard(z.array(z.string().optional()), { backend }).stringify(tags)).toBe('[null,"b"]');
    });
  });

  it('never calls toJSON on the input', () => {
    let called = false;
    const input = { id: 'u1', name: 'Jane', toJSON: () => ((called = true), { id: 'x', name: FAKE.email }) };
    expect(guard.stringify(input)).toBe('{"id":"u1","name":"Jane"}');
    expect(called).toBe(false);
  });

  it('reduces class instances to the schema', () => {
    class Account {
      id = 'u1';
      name = 'Jane';
      passwordHash = 'x';
      get secret(): string {
        return FAKE.card;
      }
    }
    expect(guard.stringify(new Account())).toBe('{"id":"u1","name":"Jane"}');
  });

  it('never lets __proto__, constructor or prototype keys reach an output object', () => {
    const input = JSON.parse('{"id":"u1","name":"J","__proto__":{"polluted":1},"constructor":{"x":1},"prototype":2}') as unknown;
    const result = guard.check(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.getOwnPropertyNames(result.value).sort()).toEqual(['id', 'name']);
    expect(guard.stringify(input)).toBe('{"id":"u1","name":"J"}');
    const anyGuard = createGuard(z.object({ data: z.any(), map: z.record(z.string(), z.number()) }), { backend });
    const nested = JSON.parse('{"data":{"__proto__":{"a":1},"ok":1},"map":{"__proto__":1,"k":2}}') as unknown;
    expect(anyGuard.stringify(nested)).toBe('{"data":{"ok":1},"map":{"k":2}}');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('turns a throwing getter into ok:false and a GuardError', () => {
    const input = {
      id: 'u1',
      get name(): string {
        throw new Error('boom');
      },
    };
    expect(guard.check(input)).toEqual({ ok: false, value: undefined, violations: [{ path: ['name'], kind: 'invalid' }] });
    expect(() => guard.stringify(input)).toThrow(GuardError);
  });

  it('turns a throwing Proxy trap into ok:false', () => {
    const traps = ['get', 'getOwnPropertyDescriptor', 'ownKeys'] as const;
    for (const trap of traps) {
      const proxy = new Proxy(
        { id: 'u1', name: 'J' },
        {
          [trap]() {
            throw new Error(`trap ${trap}`);
          },
        },
      );
      expect(guard.check(proxy).ok, trap).toBe(false);
      expect(() => guard.stringify(proxy), trap).toThrow(GuardError);
    }
    // The guard never asks `in`: a has trap is not consulted at all.
    let asked = false;
    const quiet = new Proxy({ id: 'u1', name: 'J' }, { has: () => ((asked = true), false) });
    expect(guard.stringify(quiet)).toBe('{"id":"u1","name":"J"}');
    expect(asked).toBe(false);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(guard.check({ id: 'u1', name: 'J', address: proxy }).ok).toBe(false);
  });

  it('refuses cycles, never overflowing the stack', () => {
    const Tree: z.ZodType<{ name: string; child?: unknown }> = z.lazy(() => z.object({ name: z.string(), child: Tree.optional() }));
    const tree: { name: string; child?: unknown } = { name: 'a' };
    tree.child = tree;
    const treeGuard = createGuard(Tree, { backend });
    expect(treeGuard.check(tree).ok).toBe(false);
    expect(() => treeGuard.stringify(tree)).toThrow(GuardError);
    const loop: Record<string, unknown> = { a: 1 };
    loop['self'] = loop;
    expect(createGuard(z.object({ data: z.any() }), { backend }).check({ data: loop }).ok).toBe(false);
  });

  it('enforces depth, array length and output size limits', () => {
    const Deep: z.ZodType<{ next?: unknown }> = z.lazy(() => z.object({ next: Deep.optional() }));
    let deep: { next?: unknown } = {};
    for (let i = 0; i < 5000; i++) deep = { next: deep };
    expect(createGuard(Deep, { backend }).check(deep).ok).toBe(false);
    expect(createGuard(Deep, { backend, limits: { maxDepth: 3 } }).check({ next: { next: {} } }).ok).toBe(true);
    expect(createGuard(Deep, { backend, limits: { maxDepth: 3 } }).check({ next: { next: { next: {} } } }).ok).toBe(false);
    const list = createGuard(z.array(z.number()), { backend, limits: { maxArrayLength: 3 } });
    expect(list.stringify([1, 2, 3])).toBe('[1,2,3]');
    expect(list.check([1, 2, 3, 4]).ok).toBe(false);
    const text = createGuard(z.array(z.string()), { backend, limits: { maxOutputSize: 50 } });
    expect(text.check(['x'.repeat(20)]).ok).toBe(true);
    expect(() => text.stringify(['x'.repeat(30), 'y'.repeat(30)])).toThrow(GuardError);
    expect(createGuard(z.any(), { backend, limits: { maxDepth: 10 } }).check(deep).ok).toBe(false);
    const stray = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`k${i}`, i]));
    const small = createGuard(User, { backend, limits: { maxArrayLength: 10 } });
    expect(small.check({ id: 'u1', name: 'J', ...stray }).ok).toBe(false);
    expect(small.check({ id: 'u1', name: 'J', k0: 1 }).ok).toBe(true);
  });

  it('takes Date, BigInt, Map and Set only through codecs (z.any refuses them)', () => {
    const anyGuard = createGuard(z.object({ data: z.any() }), { backend });
    for (const value of [new Date(0), 10n, new Map([['a', 1]]), new Set([1]), () => 1, Symbol('s')]) {
      expect(anyGuard.check({ data: value }).ok, String(typeof value)).toBe(false);
    }
    expect(guard.check({ id: 'u1', name: new Date(0) }).ok).toBe(false);
    expect(guard.check({ id: 1n, name: 'J' }).ok).toBe(false);
  });

  it('does not coerce objects through toString for coercing schemas', () => {
    let called = false;
    const input = { toString: () => ((called = true), FAKE.email) };
    expect(createGuard(z.object({ s: z.coerce.string() }), { backend }).check({ s: input }).ok).toBe(false);
    expect(called).toBe(false);
  });
});

describe('codecs and hostile domain values', () => {
  it('hands zod’s encode a read-once copy of the domain value', () => {
    const Point = z.codec(z.string(), z.object({ x: z.number(), y: z.number() }), {
      decode: (text) => {
        const [x, y] = text.split(',').map(Number);
        return { x: x ?? 0, y: y ?? 0 };
      },
      encode: (point) => `${point.x},${point.y}`,
    });
    let reads = 0;
    const point = {
      y: 2,
      get x() {
        reads++;
        return reads === 1 ? 1 : 555;
      },
    };
    expect(createGuard(z.object({ at: Point })).stringify({ at: point })).toBe('{"at":"1,2"}');
    expect(reads).toBe(1);
  });
});
