import { describe, expect, it } from 'vitest';
import { findResponseModelProblems } from '../check-model.js';
import { trpcModel } from './trpc.js';

describe('trpc model', () => {
  it('is a well-formed response model', () => {
    expect(findResponseModelProblems(trpcModel)).toEqual([]);
    expect(trpcModel.sink).toBe('response');
  });

  it('answers with the resolver of query and mutation', () => {
    expect(trpcModel.procedures?.terminals).toEqual(['query', 'mutation', 'subscription']);
    expect(trpcModel.procedures?.resolverKeys).toEqual({ context: 'ctx', input: 'input' });
    expect(trpcModel.returnIsBody).toBe(true);
  });

  it('recognises procedure builders by name', () => {
    const pattern = new RegExp(trpcModel.procedures?.builderPattern ?? '$^');
    for (const name of ['publicProcedure', 'protectedProcedure', 't.procedure', 'adminProcedure']) expect(pattern.test(name)).toBe(true);
    expect(pattern.test('procedures')).toBe(false);
    expect(pattern.test('storedProcedureName')).toBe(false);
  });

  it('sends the message of TRPCError', () => {
    expect(trpcModel.exceptions?.[0]?.optionKeys).toEqual(['message']);
  });
});
