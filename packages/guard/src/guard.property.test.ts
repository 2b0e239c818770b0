import { findSensitiveValues } from '@leakwatch/core';
import type { CategoryId } from '@leakwatch/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isGuardError } from './errors.js';
import { createGuard } from './guard.js';
import { FAKE } from './test-helpers.js';
import type { GuardBackend } from './types.js';

// A schema is generated as a small description, turned into zod, and used to generate values and
// to check what the guard let through.
type Desc =
  | { t: 'string' }
  | { t: 'number' }
  | { t: 'boolean' }
  | { t: 'marked'; category: CategoryId }
  | { t: 'optional'; inner: Desc }
  | { t: 'nullable'; inner: Desc }
  | { t: 'array'; element: Desc }
  | { t: 'record'; value: Desc }
  | { t: 'object'; fields: Record<string, Desc> }
  | { t: 'union'; options: [Record<string, Desc>, Record<string, Desc>] };

const KEYS = ['id', 'name', 'note', 'phone', 'email', 'items', 'meta', 'card'];
const CATEGORIES: CategoryId[] = ['phone', 'contact', 'financial'];
const PII = [FAKE.phone, FAKE.email, FAKE.card, '(202) 555-0143', 'j.doe+news@mail.example.co.uk', '5555-5555-5555-4444'];
const LEAK_CATEGORIES = new Set<CategoryId>(['phone', 'contact', 'financial']);

const fieldsArb = (inner: fc.Arbitrary<Desc>): fc.Arbitrary<Record<string, Desc>> =>
  fc.dictionary(fc.constantFrom(...KEYS), inner, { minKeys: 1, maxKeys: 4 });

const { desc: descArb } = fc.letrec<{ desc: Desc; leaf: Desc }>((tie) => ({
  leaf: fc.oneof(
    fc.constant<Desc>({ t: 'string' }),
    fc.constant<Desc>({ t: 'number' }),
    fc.constant<Desc>({ t: 'boolean' }),
    fc.constantFrom(...CATEGORIES).map((category): Desc => ({ t: 'marked', category })),
  ),
  desc: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tie('leaf'),
    tie('desc').map((inner): Desc => ({ t: 'optional', inner })),
    tie('desc').map((inner): Desc => ({ t: 'nullable', inner })),
    tie('desc').map((element): Desc => ({ t: 'array', element })),
    tie('desc').map((value): Desc => ({ t: 'record', value })),
    fieldsArb(tie('desc')).map((fields): Desc => ({ t: 'object', fields })),
    fc.tuple(fieldsArb(tie('leaf')), fieldsArb(tie('leaf'))).map(([a, b]): Desc => ({ t: 'union', options: [a, b] })),
  ),
}));

const rootArb = fieldsArb(descArb).map((fields): Desc => ({ t: 'object', fields }));

function toSchema(desc: Desc): z.ZodType {
  switch (desc.t) {
    case 'string':
      return z.string();
    case 'number':
      return z.number();
    case 'boolean':
      return z.boolean();
    case 'marked':
      return z.string().meta({ pii: desc.category });
    case 'optional':
      return toSchema(desc.inner).optional();
    case 'nullable':
      return toSchema(desc.inner).nullable();
    case 'array':
      return z.array(toSchema(desc.element));
    case 'record':
      return z.record(z.string(), toSchema(desc.value));
    case 'object':
      return z.object(Object.fromEntries(Object.entries(desc.fields).map(([k, d]) => [k, toSchema(d)])));
    case 'union':
      return z.union(desc.options.map((fields) => toSchema({ t: 'object', fields })) as [z.ZodType, z.ZodType]);
  }
}

const freeText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(...PII),
  fc.tuple(fc.string({ maxLength: 6 }), fc.constantFrom(...PII), fc.string({ maxLength: 6 })).map(([a, p, b]) => `${a} ${p} ${b}`),
);

/** Hostile ways to build an object holding `entries`. */
interface Trick {
  extra: Record<string, string>;
  getters: boolean;
  inheritedPii: boolean;
  protoKey: boolean;
  selfCycle: boolean;
}
const trickArb: fc.Arbitrary<Trick> = fc.record({
  extra: fc.dictionary(fc.constantFrom('internal', 'passwordHash', 'ssn', 'debug'), freeText, { maxKeys: 2 }),
  getters: fc.boolean(),
  inheritedPii: fc.boolean(),
  protoKey: fc.boolean(),
  selfCycle: fc.boolean(),
});

function buildObject(entries: [string, unknown][], trick: Trick): Record<string, unknown> {
  // Inherited declared keys carrying PII: a guard that reads them would leak.
  const proto: Record<string, unknown> = trick.inheritedPii ? Object.fromEntries(KEYS.map((k) => [k, FAKE.email])) : {};
  const object = Object.create(proto) as Record<string, unknown>;
  for (const [key, value] of entries) {
    if (trick.getters) {
      let reads = 0;
      // First read answers the real value, later reads a phone number.
      Object.defineProperty(object, key, { enumerable: true, get: () => (reads++ === 0 ? value : FAKE.phone) });
    } else {
      object[key] = value;
    }
  }
  for (const [key, value] of Object.entries(trick.extra)) object[key] = value;
  if (trick.protoKey) Object.defineProperty(object, '__proto__', { value: { polluted: FAKE.card }, enumerable: true });
  if (trick.selfCycle) object['debugSelf'] = object;
  return object;
}

function valueArb(desc: Desc): fc.Arbitrary<unknown> {
  switch (desc.t) {
    case 'string':
    case 'marked':
      return freeText;
    case 'number':
      return fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
    case 'boolean':
      return fc.boolean();
    case 'optional':
      return fc.option(valueArb(desc.inner), { nil: undefined });
    case 'nullable':
      return fc.option(valueArb(desc.inner), { nil: null });
    case 'array':
      return fc.array(valueArb(desc.element), { maxLength: 3 });
    case 'record':
      return fc.dictionary(fc.oneof(fc.constantFrom('a', 'b'), fc.constantFrom(...PII)), valueArb(desc.value), { maxKeys: 3 });
    case 'object':
      return fc
        .tuple(fc.tuple(...Object.entries(desc.fields).map(([k, d]) => valueArb(d).map((v): [string, unknown] => [k, v]))), trickArb)
        .map(([entries, trick]) => buildObject(entries, trick));
    case 'union':
      return fc.oneof(...desc.options.map((fields) => valueArb({ t: 'object', fields })));
  }
}

/** Occasionally a value of the wrong type, to exercise the failure paths. */
function maybeWrong(desc: Desc): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 9, arbitrary: valueArb(desc) }, { weight: 1, arbitrary: fc.anything() });
}

function leaks(text: string): boolean {
  return findSensitiveValues(text).some((m) => LEAK_CATEGORIES.has(m.category));
}

/** Every problem in the guarded output: undeclared paths, marked fields, detectable PII. */
function findProblems(desc: Desc, out: unknown, path: string, problems: string[]): void {
  switch (desc.t) {
    case 'marked':
      problems.push(`marked value at ${path}`);
      return;
    case 'string':
      if (typeof out !== 'string') problems.push(`not a string at ${path}`);
      else if (leaks(out)) problems.push(`PII in ${path}`);
      return;
    case 'number':
    case 'boolean':
      if (typeof out !== desc.t) problems.push(`wrong type at ${path}`);
      return;
    case 'optional':
      if (out !== undefined) findProblems(desc.inner, out, path, problems);
      return;
    case 'nullable':
      if (out !== null) findProblems(desc.inner, out, path, problems);
      return;
    case 'array':
      if (!Array.isArray(out)) problems.push(`not an array at ${path}`);
      // An absent optional element is written as null, as JSON.stringify does.
      else out.forEach((item, i) => (item === null && desc.element.t === 'optional' ? undefined : findProblems(desc.element, item, `${path}[${i}]`, problems)));
      return;
    case 'record':
      if (typeof out !== 'object' || out === null) {
        problems.push(`not a record at ${path}`);
        return;
      }
      for (const [key, value] of Object.entries(out)) {
        if (leaks(key)) problems.push(`PII key in ${path}`);
        findProblems(desc.value, value, `${path}.${key}`, problems);
      }
      return;
    case 'object':
    case 'union': {
      const options = desc.t === 'object' ? [desc.fields] : desc.options;
      if (typeof out !== 'object' || out === null) {
        problems.push(`not an object at ${path}`);
        return;
      }
      const keys = Object.getOwnPropertyNames(out);
      // The output must fit at least one option entirely: declared keys, clean values.
      const perOption = options.map((fields) => {
        const found: string[] = [];
        for (const key of keys) {
          const field = Object.hasOwn(fields, key) ? fields[key] : undefined;
          if (field === undefined) found.push(`undeclared key ${key} at ${path}`);
          else findProblems(field, (out as Record<string, unknown>)[key], `${path}.${key}`, found);
        }
        return found;
      });
      if (!perOption.some((found) => found.length === 0)) problems.push(...perOption[0]!);
      return;
    }
  }
}

describe.each<GuardBackend>(['closures', 'codegen'])('guard properties (%s backend)', (backend) => {
  it('enforce output never holds an undeclared path, a marked field or detectable PII; check never throws; stringify throws only GuardError', () => {
    fc.assert(
      fc.property(
        rootArb.chain((desc) => fc.tuple(fc.constant(desc), maybeWrong(desc))),
        ([desc, value]) => {
          const guard = createGuard(toSchema(desc), { backend });
          const result = guard.check(value);
          if (result.ok) {
            const problems: string[] = [];
            findProblems(desc, result.value, '$', problems);
            expect(problems).toEqual([]);
          }
          let text: string | undefined;
          try {
            text = guard.stringify(value);
          } catch (error) {
            expect(isGuardError(error)).toBe(true);
          }
          if (text !== undefined) {
            const problems: string[] = [];
            findProblems(desc, JSON.parse(text), '$', problems);
            expect(problems).toEqual([]);
          }
          // Violations name paths and categories only.
          const carried = JSON.stringify(result.violations);
          for (const pii of PII) expect(carried).not.toContain(pii);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('check and stringify agree on plain (getter-free) values', () => {
    fc.assert(
      fc.property(
        rootArb.chain((desc) => fc.tuple(fc.constant(desc), fc.jsonValue().chain(() => valueArb(desc)))),
        ([desc, value]) => {
          const guard = createGuard(toSchema(desc), { backend });
          // Re-create the value without getters: JSON round trip keeps own enumerable data.
          let plain: unknown;
          try {
            plain = JSON.parse(JSON.stringify(value, (k, v: unknown) => (k === 'debugSelf' ? undefined : v)));
          } catch {
            return;
          }
          const result = guard.check(plain);
          if (result.ok) expect(JSON.parse(guard.stringify(plain))).toEqual(JSON.parse(JSON.stringify(result.value)));
          else expect(() => guard.stringify(plain)).toThrow();
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('backends agree', () => {
  it('codegen and closures write the same text and report the same violations', () => {
    fc.assert(
      fc.property(
        rootArb.chain((desc) => fc.tuple(fc.constant(desc), maybeWrong(desc))),
        ([desc, value]) => {
          let plain: unknown;
          try {
            plain = JSON.parse(JSON.stringify(value, (k, v: unknown) => (k === 'debugSelf' ? undefined : v)) ?? 'null');
          } catch {
            return;
          }
          const schema = toSchema(desc);
          const closures = createGuard(schema).serialize(plain);
          const codegen = createGuard(schema, { backend: 'codegen' }).serialize(plain);
          expect(codegen.ok).toBe(closures.ok);
          if (closures.ok) expect(codegen.text).toBe(closures.text);
          // On failure the codegen backend may stop at a different first problem; on success both report alike.
          if (closures.ok) expect(codegen.violations).toEqual(closures.violations);
        },
      ),
      { numRuns: 400 },
    );
  });
});
