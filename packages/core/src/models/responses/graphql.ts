import type { ResponseModel } from '../types.js';

/** GraphQL servers: resolver maps (Apollo, graphql-yoga, mercurius) and code-first resolvers (NestJS, type-graphql). */
export const graphqlModel: ResponseModel = {
  id: 'graphql',
  title: 'GraphQL resolvers',
  sink: 'response',
  modules: ['graphql', '@apollo/server', 'graphql-yoga', 'mercurius', '@graphql-tools/schema', '@nestjs/graphql', 'type-graphql'],
  routes: [],
  resolverMaps: {
    consumers: [
      { module: '@apollo/server', callee: 'ApolloServer', construct: true, arg: 0, key: 'resolvers' },
      { module: 'apollo-server-express', callee: 'ApolloServer', construct: true, arg: 0, key: 'resolvers' },
      { module: 'graphql-yoga', callee: 'createSchema', arg: 0, key: 'resolvers' },
      { module: '@graphql-tools/schema', callee: 'makeExecutableSchema', arg: 0, key: 'resolvers' },
      // `app.register(mercurius, { schema, resolvers })`: the plugin options are argument 1.
      { module: 'mercurius', callee: 'register', arg: 1, key: 'resolvers' },
    ],
    rootTypes: ['Query', 'Mutation', 'Subscription'],
    params: { parent: 0, args: 1, context: 2 },
    schemaProjects: true,
  },
  decorators: {
    module: '@nestjs/graphql',
    alsoModules: ['type-graphql'],
    controller: ['Resolver'],
    routes: ['Query', 'Mutation', 'Subscription', 'ResolveField', 'FieldResolver'],
    // type-graphql names them `@Arg`/`@Args`, `@Ctx`, `@Root`; NestJS `@Args`, `@Context`, `@Parent`.
    params: { input: ['Args', 'Arg'], context: ['Context', 'Ctx'], parent: ['Parent', 'Root'] },
    schema: { typeDecorators: ['ObjectType', 'InterfaceType'], fieldDecorators: ['Field'] },
  },
  handlerParams: { context: 2 },
  handlerParamNames: { context: ['ctx', 'context', 'contextValue'] },
  writes: [],
  assignments: [],
  constructs: [],
  returnIsBody: true,
  exceptions: [
    { module: 'graphql', pattern: '^GraphQLError$', args: [0, 1], optionKeys: ['extensions'] },
    { module: 'apollo-server-errors', pattern: '^(ApolloError|UserInputError|AuthenticationError|ForbiddenError)$', args: [0, 1, 2] },
    { module: 'mercurius', pattern: '^ErrorWithProps$', args: [0, 1] },
  ],
  notes:
    'Only fields the schema declares go out (policy point 7): a resolver returning a whole record leaks the SDL fields of its type, not the record; code-first, the schema is the output type the route decorator names (`@Query(() => AuthorType)`) and its `@Field()` properties. A `@ResolveField`/field resolver is the response of that one field. `@Args()` values are the caller\'s input (echoing them back tells nothing new; a sign-in mutation\'s input is a credential body); `@Context()` holds the request and its authenticated `req.user`. Error messages and `extensions` are sent to the caller.',
};
