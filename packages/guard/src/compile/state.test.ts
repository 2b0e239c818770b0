import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createGuard } from '../guard.js';
import { CleanStringCache, coreScanner } from '../scan.js';
import type { GuardBackend } from '../types.js';
import { createUndeclaredReporter, RunState, writeNumber } from './state.js';

const LIMITS = { maxDepth: 64, maxArrayLength: 10_000, maxOutputSize: 1 << 20 };
const newState = (cache = new CleanStringCache(16)): RunState => new RunState(LIMITS, coreScanner, true, cache);

describe('createUndeclaredReporter', () => {
  const declared = new Set(['id', 'name']);

  it('reports each undeclared key once per run, even when the key list repeats', () => {
    const report = createUndeclaredReporter(declared);
    const st = newState();
    report(['id', 'name', 'bin'], st);
    report(['id', 'name', 'bin'], st);
    report(['id', 'bin', 'extra'], st);
    expect(st.violations).toEqual([
      { path: ['bin'], kind: 'unknown-field' },
      { path: ['extra'], kind: 'unknown-field' },
    ]);
  });

  it('reports again in a new run, and never reports declared keys', () => {
    const report = createUndeclaredReporter(declared);
    const first = newState();
    report(['id', 'bin'], first);
    const second = newState();
    report(['id', 'bin'], second);
    report(['id', 'name'], second);
    expect(second.violations).toEqual([{ path: ['bin'], kind: 'unknown-field' }]);
  });
});

describe('RunState.cleanJson', () => {
  it('answers the JSON text of clean strings, from the cache the second time', () => {
    const cache = new CleanStringCache(16);
    const st = newState(cache);
    expect(st.cleanJson('say "hi"')).toBe(JSON.stringify('say "hi"'));
    expect(cache.getJson('say "hi"')).toBe(JSON.stringify('say "hi"'));
    expect(newState(cache).cleanJson('say "hi"')).toBe(JSON.stringify('say "hi"'));
  });

  it('answers undefined for a string holding a sensitive value, and never caches it', () => {
    const cache = new CleanStringCache(16);
    expect(newState(cache).cleanJson('call 202-555-0143')).toBeUndefined();
    expect(cache.has('call 202-555-0143')).toBe(false);
  });

  it('still answers with the cache turned off', () => {
    const cache = new CleanStringCache(0);
    expect(newState(cache).cleanJson('Springfield')).toBe('"Springfield"');
    expect(cache.has('Springfield')).toBe(false);
  });
});

describe.each<GuardBackend>(['closures', 'codegen'])('optional leaves and arrays (%s backend)', (backend) => {
  const Item = z.object({ sku: z.string(), note: z.string().optional(), qty: z.number().optional(), gift: z.boolean().optional() });
  const guard = createGuard(z.object({ first: z.string().optional(), items: z.array(Item) }), { backend });

  it('writes present optional leaves with the right separators and leaves absent ones out', () => {
    const value = { items: [{ sku: 'A-1' }, { sku: 'B-2', note: 'gift wrap please', qty: 2, gift: false }, { note: 'x', sku: 'C-3' }] };
    expect(guard.stringify(value)).toBe(JSON.stringify(value).replace('{"note":"x","sku":"C-3"}', '{"sku":"C-3","note":"x"}'));
    expect(guard.stringify({ first: 'Jane', items: [] })).toBe('{"first":"Jane","items":[]}');
  });

  it('redacts an optional leaf and reports it at its path', () => {
    const result = guard.serialize({ items: [{ sku: 'A-1', note: 'call 202-555-0143' }] });
    expect(result.text).toBe('{"items":[{"sku":"A-1","note":"call [redacted:phone]"}]}');
    expect(result.violations).toEqual([{ path: ['items', 0, 'note'], kind: 'sensitive-value', category: 'phone' }]);
  });

  it('fails an optional leaf of the wrong type at its path', () => {
    const result = guard.serialize({ items: [{ sku: 'A-1', qty: '2' }] });
    expect(result.ok).toBe(false);
    expect(result.violations).toEqual([{ path: ['items', 0, 'qty'], kind: 'invalid' }]);
  });

  it('locates a throwing getter in an array element', () => {
    const items = [{ sku: 'A-1' }];
    Object.defineProperty(items, 1, { enumerable: true, get: () => { throw new Error('boom'); } });
    const result = guard.serialize({ items });
    expect(result.violations).toEqual([{ path: ['items', 1], kind: 'invalid' }]);
  });
});

describe('writeNumber', () => {
  it('writes what JSON.stringify writes, for fresh and repeated numbers alike', () => {
    // A small pool makes repeats (cache hits) and slot collisions (overwrites) frequent.
    const pool = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.constantFrom(-0, 0, 9.99, 1e21, 5e-324, -1.5));
    fc.assert(
      fc.property(fc.array(pool, { minLength: 1, maxLength: 50 }), (numbers) => {
        for (const n of [...numbers, ...numbers]) expect(writeNumber(n)).toBe(JSON.stringify(n));
      }),
      { numRuns: 300 },
    );
  });
});
