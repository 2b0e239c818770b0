import { ts } from 'ts-morph';
import type { ResponseModel } from '@leakwatch/core';
import type { Knowledge } from '../engine/knowledge.js';
import { findImportOrigin, isSameModule } from '../engine/receivers.js';
import type { Locator } from '../engine/syntax.js';
import { getMemberChain, skipOuter } from '../engine/syntax.js';
import { CodeFirstSchemaReader } from './code-first-schema.js';
import type { AuthHelper } from './find-routes.js';
import { createRecord } from './find-routes.js';
import type { GraphqlSchema, HandlerContext } from './types.js';

interface DecoratorInfo {
  readonly name: string;
  readonly args: readonly ts.Expression[];
  readonly module: string | undefined;
}

function readDecorators(node: ts.Node, checker: ts.TypeChecker): DecoratorInfo[] {
  if (!ts.canHaveDecorators(node)) return [];
  return (ts.getDecorators(node) ?? []).map((decorator) => {
    const expression = skipOuter(decorator.expression);
    const callee = ts.isCallExpression(expression) ? skipOuter(expression.expression) : expression;
    const chain = getMemberChain(callee);
    const root = ts.isIdentifier(callee) ? callee : undefined;
    return {
      name: chain?.at(-1) ?? '',
      args: ts.isCallExpression(expression) ? [...expression.arguments] : [],
      module: root === undefined ? undefined : findImportOrigin(root, checker)?.module,
    };
  });
}

function firstString(args: readonly ts.Expression[]): string {
  const first = args[0];
  if (first === undefined) return '';
  const inner = skipOuter(first);
  if (ts.isStringLiteralLike(inner)) return inner.text;
  if (ts.isObjectLiteralExpression(inner)) {
    for (const property of inner.properties) {
      if (ts.isPropertyAssignment(property) && property.name.getText() === 'path' && ts.isStringLiteralLike(skipOuter(property.initializer))) {
        return (skipOuter(property.initializer) as ts.StringLiteral).text;
      }
    }
  }
  return '';
}

/**
 * NestJS controllers: `@Controller(prefix)` classes with `@Get(path)` methods; authentication from
 * `@UseGuards(…)` on the class or method and global guards (`APP_GUARD`, `useGlobalGuards`), removed
 * by public decorators; `ClassSerializerInterceptor` applied per controller, method or globally.
 */
export function findNestRoutes(
  files: readonly ts.SourceFile[],
  walked: readonly ts.SourceFile[],
  checker: ts.TypeChecker,
  knowledge: Knowledge,
  helper: AuthHelper,
  locator: Locator,
): HandlerContext[] {
  // A program whose text never names a decorator package (imports, requires, re-exports) has no
  // controllers: two walks over every file are skipped.
  const mentioned = (module: string): boolean => files.some((sourceFile) => sourceFile.text.includes(module));
  const models = knowledge.responses.filter(
    (model): model is ResponseModel & { decorators: NonNullable<ResponseModel['decorators']> } =>
      model.decorators !== undefined &&
      model.routes.length === 0 &&
      model.decorators.controller.length > 0 &&
      [model.decorators.module, ...(model.decorators.alsoModules ?? [])].some(mentioned),
  );
  if (models.length === 0) return [];
  const auth = helper.auth;
  let globalGuard = false;
  let globalSerializer = false;
  // Global guards and interceptors: `{ provide: APP_GUARD, useClass: JwtAuthGuard }`, `app.useGlobalGuards(new X())`.
  // Searched in every file, not only the walked ones: the module that provides a global guard
  // need not import the controllers it guards.
  for (const sourceFile of files) {
    const visit = (node: ts.Node): void => {
      if (ts.isObjectLiteralExpression(node)) {
        let provide: string | undefined;
        let use: ts.Expression | undefined;
        for (const property of node.properties) {
          if (!ts.isPropertyAssignment(property)) continue;
          const key = property.name.getText();
          if (key === 'provide') provide = property.initializer.getText();
          if (key === 'useClass' || key === 'useValue' || key === 'useExisting') use = property.initializer;
        }
        if (provide !== undefined && use !== undefined) {
          if ((auth.globalGuardTokens ?? []).includes(provide) && helper.isAuthGuard(use)) globalGuard = true;
          if (provide === 'APP_INTERCEPTOR' && /ClassSerializerInterceptor/.test(use.getText())) globalSerializer = true;
        }
      }
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
        const method = node.expression.name.text;
        if (method === 'useGlobalGuards' && node.arguments.some((arg) => helper.isAuthGuard(arg))) globalGuard = true;
        if (method === 'useGlobalInterceptors' && node.arguments.some((arg) => /ClassSerializerInterceptor/.test(arg.getText()))) globalSerializer = true;
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }

  const found: HandlerContext[] = [];
  const schemaReaders = new Map<ResponseModel, CodeFirstSchemaReader>();
  for (const sourceFile of walked) {
    const visit = (node: ts.Node): void => {
      if (ts.isClassDeclaration(node)) {
        const classDecorators = readDecorators(node, checker);
        for (const model of models) {
          const routing = model.decorators;
          const modules = [routing.module, ...(routing.alsoModules ?? [])];
          const fromModule = (info: DecoratorInfo): boolean => info.module === undefined || modules.some((module) => isSameModule(info.module as string, module));
          const controller = classDecorators.find((info) => routing.controller.includes(info.name) && fromModule(info));
          if (controller === undefined) continue;
          const prefix = firstString(controller.args);
          const classAuth = classDecorators.some((info) => isAuthDecorator(info, helper));
          const classPublic = classDecorators.some((info) => (auth.publicDecorators ?? []).includes(info.name));
          const classSerializer = classDecorators.some((info) => info.name === 'UseInterceptors' && info.args.some((arg) => /ClassSerializerInterceptor/.test(arg.getText())));
          for (const member of node.members) {
            if (!ts.isMethodDeclaration(member) || member.body === undefined) continue;
            const methodDecorators = readDecorators(member, checker);
            const route = methodDecorators.find((info) => routing.routes.includes(info.name) && fromModule(info));
            if (route === undefined) continue;
            const isPublic = classPublic || methodDecorators.some((info) => (auth.publicDecorators ?? []).includes(info.name));
            const methodAuth = methodDecorators.some((info) => isAuthDecorator(info, helper));
            const authenticated = methodAuth || (!isPublic && (classAuth || globalGuard));
            // Code-first GraphQL: an operation is named by its method (or the decorator's `name`), not by a path.
            const graphql = routing.schema !== undefined;
            const operation = graphql ? readOperationName(route.args, member) : '';
            const parentType = graphql ? readTypeName(controller.args[0]) : undefined;
            const isField = graphql && !['Query', 'Mutation', 'Subscription'].includes(route.name);
            const path = graphql ? (isField && parentType !== undefined ? `${parentType}.${operation}` : operation) : joinNestPath(prefix, firstString(route.args));
            const method = isField ? 'FIELD' : ['Query', 'Mutation', 'Subscription'].includes(route.name) ? route.name.toUpperCase() : route.name.toUpperCase() === 'ALL' ? 'ANY' : route.name.toUpperCase();
            const record = createRecord(method, path, model.id, member, member, authenticated, locator);
            const injectedResponse = new Set<ts.ParameterDeclaration>();
            const inputParams: number[] = [];
            let callerParam = false;
            for (const [index, parameter] of member.parameters.entries()) {
              const parameterDecorators = readDecorators(parameter, checker);
              if (parameterDecorators.some((info) => (routing.params?.response ?? []).includes(info.name))) injectedResponse.add(parameter);
              // `@Args()` of the framework (not a project decorator that happens to share the name).
              if (parameterDecorators.some((info) => (routing.params?.input ?? []).includes(info.name) && fromModule(info))) inputParams.push(index);
              if (parameterDecorators.some((info) => (auth.callerDecorators ?? []).includes(info.name))) callerParam = true;
            }
            // An operation name is no URL: GraphQL owner scope comes from the caller-keyed reads, not from `me`.
            const ownerPath = !graphql && helper.matchesOwnerPath(path);
            record.ownerScoped = authenticated && (ownerPath || (callerParam && !/[:[{]/.test(path) && usesCallerAsKey(member, checker, auth.callerDecorators ?? [])));
            record.ownsEverything = authenticated && ownerPath;
            let schema: GraphqlSchema | undefined;
            if (routing.schema !== undefined) {
              let reader = schemaReaders.get(model);
              if (reader === undefined) {
                reader = new CodeFirstSchemaReader(checker, { modules, ...routing.schema });
                schemaReaders.set(model, reader);
              }
              schema = reader.readSchema(readTypeArg(route.args), member);
            }
            found.push({
              route: record,
              node: member,
              model,
              params: {},
              returnIsBody: injectedResponse.size === 0 && model.returnIsBody,
              serializer: globalSerializer || classSerializer || methodDecorators.some((info) => info.name === 'UseInterceptors' && info.args.some((arg) => /ClassSerializerInterceptor/.test(arg.getText()))),
              schemaProjects: schema !== undefined,
              ...(schema === undefined ? {} : { schema }),
              ...(inputParams.length === 0 ? {} : { inputParams }),
              injectedResponse,
            });
          }
          break;
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return found;
}

function isAuthDecorator(info: DecoratorInfo, helper: AuthHelper): boolean {
  if (info.name === 'UseGuards') return info.args.some((arg) => helper.isAuthGuard(arg));
  return helper.auth.decorators.includes(info.name) && info.name !== 'UseGuards';
}

/** A handler whose lookups are keyed by the injected caller (`findOne(user.id)`). */
function usesCallerAsKey(method: ts.MethodDeclaration, checker: ts.TypeChecker, callerDecorators: readonly string[]): boolean {
  const names = new Set<string>();
  for (const parameter of method.parameters) {
    if (readDecorators(parameter, checker).some((info) => callerDecorators.includes(info.name)) && ts.isIdentifier(parameter.name)) names.add(parameter.name.text);
  }
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(node) && node.arguments.some((arg) => { const root = arg.getText().split('.')[0] ?? ''; return names.has(root); })) found = true;
    ts.forEachChild(node, visit);
  };
  if (method.body !== undefined) visit(method.body);
  return found;
}

/** `@Query(() => T)`, `@Query(() => T, { name })`, `@Query('name', () => T)`: the type function, if any. */
function readTypeArg(args: readonly ts.Expression[]): ts.Expression | undefined {
  return args.map((arg) => skipOuter(arg)).find((arg) => ts.isArrowFunction(arg) || ts.isFunctionExpression(arg));
}

/** The GraphQL name of an operation: a string argument, an options object's `name`, else the method's name. */
function readOperationName(args: readonly ts.Expression[], member: ts.MethodDeclaration): string {
  for (const arg of args) {
    const inner = skipOuter(arg);
    if (ts.isStringLiteralLike(inner)) return inner.text;
    if (!ts.isObjectLiteralExpression(inner)) continue;
    for (const property of inner.properties) {
      if (ts.isPropertyAssignment(property) && property.name.getText() === 'name' && ts.isStringLiteralLike(skipOuter(property.initializer))) return (skipOuter(property.initializer) as ts.StringLiteral).text;
    }
  }
  return member.name.getText();
}

/** `@Resolver(() => AuthorType)`, `@Resolver(AuthorType)`, `@Resolver('Author')`: the parent type's name, for field resolvers. */
function readTypeName(arg: ts.Expression | undefined): string | undefined {
  if (arg === undefined) return undefined;
  let inner = skipOuter(arg);
  if ((ts.isArrowFunction(inner) || ts.isFunctionExpression(inner)) && !ts.isBlock(inner.body)) inner = skipOuter(inner.body);
  return ts.isIdentifier(inner) ? inner.text : ts.isStringLiteralLike(inner) ? inner.text : undefined;
}

function joinNestPath(prefix: string, path: string): string {
  const parts = [prefix, path].map((part) => part.replace(/^\/+|\/+$/g, '')).filter((part) => part !== '');
  return `/${parts.join('/')}`;
}
