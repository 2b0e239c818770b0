import { describe, expect, it } from 'vitest';
import { findResponseModelProblems } from '../check-model.js';
import type { ResponsePart } from '../types.js';
import { fastifyModel } from './fastify.js';

function findParts(method: string): ResponsePart[] {
  return fastifyModel.writes.filter((w) => w.method === method).map((w) => w.part);
}

describe('fastify model', () => {
  it('is a well-formed response model', () => {
    expect(findResponseModelProblems(fastifyModel)).toEqual([]);
    expect(fastifyModel.sink).toBe('response');
  });

  it('writes with reply.send/header/headers/code/status and answers with the return value', () => {
    expect(findParts('send')).toEqual(['body']);
    expect(findParts('header')).toEqual(['header']);
    expect(findParts('code')).toEqual(['status']);
    expect(fastifyModel.returnIsBody).toBe(true);
  });

  it('reads route({ method, url, handler, preHandler, onRequest })', () => {
    const options = fastifyModel.routeOptions?.[0];
    expect(options?.methods).toEqual(['route']);
    expect([options?.methodKey, options?.pathKey, options?.handlerKey]).toEqual(['method', 'url', 'handler']);
    expect(options?.hookKeys).toContain('preHandler');
    expect(options?.hookKeys).toContain('onRequest');
  });

  it('takes the last argument of a shorthand as the handler, hooks from its options', () => {
    expect(fastifyModel.routes[0]?.handlers).toBe('last');
    expect(fastifyModel.routes[0]?.hookOptionKeys).toContain('preHandler');
  });
});
