import { describe, expect, it } from 'vitest';
import { findResponseModelProblems } from '../check-model.js';
import { graphqlModel } from './graphql.js';

describe('graphql model', () => {
  it('is a well-formed response model', () => {
    expect(findResponseModelProblems(graphqlModel)).toEqual([]);
    expect(graphqlModel.sink).toBe('response');
  });

  it('reads resolver maps from Apollo, graphql-yoga and mercurius', () => {
    const modules = graphqlModel.resolverMaps?.consumers.map((c) => c.module);
    expect(modules).toEqual(expect.arrayContaining(['@apollo/server', 'graphql-yoga', 'mercurius']));
    expect(graphqlModel.resolverMaps?.params).toEqual({ parent: 0, args: 1, context: 2 });
    expect(graphqlModel.resolverMaps?.schemaProjects).toBe(true);
  });

  it('reads code-first resolvers from @nestjs/graphql and type-graphql', () => {
    expect(graphqlModel.decorators?.module).toBe('@nestjs/graphql');
    expect(graphqlModel.decorators?.alsoModules).toEqual(['type-graphql']);
    expect(graphqlModel.decorators?.routes).toEqual(expect.arrayContaining(['Query', 'Mutation', 'ResolveField']));
  });

  it('knows code-first inputs, contexts and the schema classes that project a returned record', () => {
    expect(graphqlModel.decorators?.params?.input).toEqual(expect.arrayContaining(['Args', 'Arg']));
    expect(graphqlModel.decorators?.params?.context).toEqual(expect.arrayContaining(['Context', 'Ctx']));
    expect(graphqlModel.decorators?.params?.parent).toEqual(expect.arrayContaining(['Parent', 'Root']));
    expect(graphqlModel.decorators?.schema).toEqual({ typeDecorators: ['ObjectType', 'InterfaceType'], fieldDecorators: ['Field'] });
  });

  it('sends GraphQLError extensions', () => {
    expect(graphqlModel.exceptions?.[0]).toEqual({ module: 'graphql', pattern: '^GraphQLError$', args: [0, 1], optionKeys: ['extensions'] });
  });
});
