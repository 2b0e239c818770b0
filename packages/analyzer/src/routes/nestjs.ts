import { ts } from 'ts-morph';
import type { ResponseModel } from '@leakwatch/core';
import type { Knowledge } from '../engine/knowledge.js';
import { findImportOrigin, isSameModule } from '../engine/receivers.js';
import type { Locator } from '../engine/syntax.js';
import { getMemberChain, skipOuter } from '../engine/syntax.js';
import type { AuthHelper } from './find-routes.js';
import { createRecord } from './find-routes.js';
import type { HandlerContext } from './types.js';

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
            const path = joinNestPath(prefix, firstString(route.args));
            const method = ['Query', 'Mutation', 'Subscription'].includes(route.name) ? route.name.toUpperCase() : route.name.toUpperCase() === 'ALL' ? 'ANY' : route.name.toUpperCase();
            const record = createRecord(method, path, model.id, member, member, authenticated, locator);
            const injectedResponse = new Set<ts.ParameterDeclaration>();
            let callerParam = false;
            for (const parameter of member.parameters) {
              const parameterDecorators = readDecorators(parameter, checker);
              if (parameterDecorators.some((info) => (routing.params?.response ?? []).includes(info.name))) injectedResponse.add(parameter);
              if (parameterDecorators.some((info) => (auth.callerDecorators ?? []).includes(info.name))) callerParam = true;
            }
            record.ownerScoped =
              authenticated && (helper.matchesOwnerPath(path) || (callerParam && !/[:[{]/.test(path) && usesCallerAsKey(member, checker, auth.callerDecorators ?? [])));
            record.ownsEverything = authenticated && helper.matchesOwnerPath(path);
            found.push({
              route: record,
              node: member,
              model,
              params: {},
              returnIsBody: injectedResponse.size === 0 && model.returnIsBody,
              serializer: globalSerializer || classSerializer || methodDecorators.some((info) => info.name === 'UseInterceptors' && info.args.some((arg) => /ClassSerializerInterceptor/.test(arg.getText()))),
              schemaProjects: false,
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

function joinNestPath(prefix: string, path: string): string {
  const parts = [prefix, path].map((part) => part.replace(/^\/+|\/+$/g, '')).filter((part) => part !== '');
  return `/${parts.join('/')}`;
}
