import { describe, expect, it } from 'vitest';
import type { TraceStep } from '@leakwatch/core';
import type { CategoryLabel, Label, ParamLabel } from './labels.js';
import { EMPTY, MAX_TRACE, extendTrace, flattenValue, keyOf, mergeValues, nestValue, omitKeys, pickKeys, projectValue } from './labels.js';

const step = (line: number, kind: TraceStep['kind'] = 'assignment'): TraceStep => ({ kind, location: { file: 'src/a.ts', line, column: 1 }, expression: `x${line}` });
const cat = (category: CategoryLabel['category'], path: string[]): CategoryLabel => ({ kind: 'cat', category, path, trace: [step(1, 'source')] });
const param = (index: number, proj: string[] = [], path: string[] = []): ParamLabel => ({ kind: 'param', fn: {} as ParamLabel['fn'], index, proj, path, trace: [step(1, 'parameter')] });
const keys = (value: readonly Label[]): string[] => value.map(keyOf).sort();

describe('labels', () => {
  const user = [cat('contact', ['email']), cat('credential', ['passwordHash']), cat('phone-fragment', ['phone', 'countryCode'])];

  it('projects a property: labels below it move up, others are dropped', () => {
    expect(keys(projectValue(user, 'email'))).toEqual(['c:contact:']);
    expect(keys(projectValue(user, 'phone'))).toEqual(['c:phone-fragment:countryCode']);
    expect(projectValue(user, 'id')).toEqual([]);
  });

  it('keeps a whole-value label on its properties and records a parameter projection', () => {
    expect(keys(projectValue([cat('phone', [])], 'trim'))).toEqual(['c:phone:']);
    expect(keys(projectValue([param(1)], 'password'))).toEqual(['p:1:password>|']);
  });

  it('nests a value under a key and flattens it into a string', () => {
    expect(keys(nestValue(user, 'user'))).toEqual(['c:contact:user.email', 'c:credential:user.passwordHash', 'c:phone-fragment:user.phone.countryCode']);
    expect(keys(flattenValue(user))).toEqual(['c:contact:', 'c:credential:', 'c:phone-fragment:']);
  });

  it('omits only what a denylist names and picks only what an allowlist names', () => {
    expect(keys(omitKeys(user, new Set(['passwordHash'])))).toEqual(['c:contact:email', 'c:phone-fragment:phone.countryCode']);
    expect(keys(pickKeys(user, new Set(['email'])))).toEqual(['c:contact:email']);
    // A whole-value label is no field an allowlist can keep.
    expect(pickKeys([cat('contact', [])], new Set(['email']))).toEqual([]);
  });

  it('merges without duplicates, the first trace winning', () => {
    const first = cat('contact', ['email']);
    const second: CategoryLabel = { ...first, trace: [step(9, 'source')] };
    const merged = mergeValues([first], [second], EMPTY);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toBe(first);
  });

  it('caps traces, keeping the source and the latest steps', () => {
    let trace: readonly TraceStep[] = [step(1, 'source')];
    for (let line = 2; line < 40; line++) trace = extendTrace(trace, step(line));
    expect(trace).toHaveLength(MAX_TRACE);
    expect(trace[0]?.location.line).toBe(1);
    expect(trace.at(-1)?.location.line).toBe(39);
  });
});
