import { describe, expect, it } from 'vitest';
import { findResponseModelProblems } from '../check-model.js';
import type { ResponsePart } from '../types.js';
import { koaModel } from './koa.js';

function findParts(method: string): ResponsePart[] {
  return koaModel.writes.filter((w) => w.method === method).map((w) => w.part);
}

describe('koa model', () => {
  it('is a well-formed response model', () => {
    expect(findResponseModelProblems(koaModel)).toEqual([]);
    expect(koaModel.sink).toBe('response');
  });

  it('answers through ctx.body =, ctx.status =, ctx.message = and ctx.response.body =', () => {
    const parts = Object.fromEntries(koaModel.assignments.map((a) => [a.property, a.part]));
    expect(parts).toMatchObject({ body: 'body', status: 'status', message: 'status-message', 'response.body': 'body' });
  });

  it('sends headers with ctx.set and the message of ctx.throw', () => {
    expect(findParts('set')).toEqual(['header']);
    expect(findParts('throw')).toEqual(['body', 'status']);
  });

  it('registers on @koa/router and koa-router', () => {
    expect(koaModel.modules).toEqual(['koa', '@koa/router', 'koa-router']);
    expect(koaModel.routes[0]?.receivers).toContainEqual({ kind: 'factory', module: 'koa-router', export: 'default', construct: true });
  });

  it('does not treat ctx.state as a response', () => {
    expect(koaModel.assignments.map((a) => a.property)).not.toContain('state');
  });
});
