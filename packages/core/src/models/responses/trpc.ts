import type { ResponseModel } from '../types.js';

/** tRPC procedures: `t.procedure.input(…).query(({ ctx, input }) => …)`. */
export const trpcModel: ResponseModel = {
  id: 'trpc',
  title: 'tRPC',
  sink: 'response',
  modules: ['@trpc/server'],
  routes: [],
  procedures: {
    module: '@trpc/server',
    builderPattern: '^(t\\.procedure|procedure|\\w*Procedure)$',
    terminals: ['query', 'mutation', 'subscription'],
    middlewareMethods: ['use'],
    outputMethods: ['output'],
    resolverKeys: { context: 'ctx', input: 'input' },
  },
  handlerParams: {},
  handlerParamNames: { context: ['ctx'] },
  writes: [],
  assignments: [],
  constructs: [],
  returnIsBody: true,
  exceptions: [{ module: '@trpc/server', pattern: '^TRPCError$', args: [0], optionKeys: ['message'] }],
  notes:
    'Whether a procedure is authenticated comes from its builder (`protectedProcedure`, see the auth model) or an authenticating `.use(…)` middleware. `.output(schema)` strips fields the zod schema lacks.',
};
