import { isCallerExpressionText, isSessionLikeName } from '@leakwatch/core';
import { ts } from 'ts-morph';
import type { AuthModel, ResponseModel, RouteRegistration } from '@leakwatch/core';
import type { Knowledge } from '../engine/knowledge.js';
import { findImportOrigin, isSameModule, matchesReceiver, resolveOrigin } from '../engine/receivers.js';
import type { FunctionNode, Locator } from '../engine/syntax.js';
import { describeFunction, findEnclosingClass, getChainRoot, getMemberChain, getStaticName, isFunctionNode, skipOuter } from '../engine/syntax.js';
import type { HandlerContext, RouteRecord } from './types.js';
import { findNestRoutes } from './nestjs.js';
import { findExportedHandlerRoutes } from './exported-handlers.js';
import { findServerActionRoutes } from './server-actions.js';
import { findProcedureRoutes } from './trpc.js';
import { findResolverRoutes } from './graphql.js';

/** The routes of a program and the handler context of each handler function. */
export interface RouteDiscovery {
  readonly handlers: Map<ts.Node, HandlerContext>;
  readonly routes: RouteRecord[];
}

interface Scope {
  readonly file: ts.SourceFile;
  readonly position: number;
  readonly prefix: string | undefined;
  readonly authenticated: boolean;
}

interface Mount {
  readonly prefix: string;
  readonly authenticated: boolean;
}

interface PendingRoute {
  readonly model: ResponseModel;
  readonly call: ts.CallExpression;
  readonly receiverKey: object | undefined;
  readonly method: string;
  readonly path: string;
  readonly handler: FunctionNode;
  readonly middleware: readonly ts.Expression[];
}

/**
 * Finds routes in every file: registrations on framework objects (Express, Fastify, Koa, Hono),
 * decorators (NestJS), and file conventions (Next.js), with their authentication and owner scope.
 *
 * `walked` narrows the files searched for registrations (a scoped scan: the affected files, which
 * hold every importer of the reported ones, so every mount and scope that applies to their routes);
 * the frameworks in use are still decided from the imports of all `files`.
 */
export function findRoutes(files: readonly ts.SourceFile[], checker: ts.TypeChecker, knowledge: Knowledge, locator: Locator, walked: readonly ts.SourceFile[] = files): RouteDiscovery {
  const handlers = new Map<ts.Node, HandlerContext>();
  const routes: RouteRecord[] = [];
  const auth = knowledge.auth;
  const helper = new AuthHelper(checker, auth);
  const scopes = new Map<object, Scope[]>();
  const mounts = new Map<object, Mount[]>();
  const pending: PendingRoute[] = [];
  // Every `router.get(…)` (and `cache.get(…)`) asks the same question about the same variable or
  // property: answer it once per symbol and pattern (it depends on the declaration, not the call).
  const receiverAnswers = new Map<object, Map<object, boolean>>();
  const matchesReceiverOnce = (receiver: ts.Expression, pattern: Parameters<typeof matchesReceiver>[1]): boolean => {
    const inner = skipOuter(receiver);
    const name = ts.isIdentifier(inner) ? inner : ts.isPropertyAccessExpression(inner) ? inner.name : undefined;
    // `this.get(id)` in a class: the class decides.
    const key = inner.kind === ts.SyntaxKind.ThisKeyword ? findEnclosingClass(inner) : name === undefined ? undefined : checker.getSymbolAtLocation(name);
    if (key === undefined) return matchesReceiverGuarded(receiver, pattern, checker);
    let answers = receiverAnswers.get(key);
    if (answers === undefined) {
      answers = new Map();
      receiverAnswers.set(key, answers);
    }
    let answer = answers.get(pattern);
    if (answer === undefined) {
      answer = matchesReceiverGuarded(receiver, pattern, checker);
      answers.set(pattern, answer);
    }
    return answer;
  };

  const imported = new Set<string>();
  for (const sourceFile of files) {
    for (const statement of sourceFile.statements) {
      if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) imported.add(statement.moduleSpecifier.text);
    }
  }
  const activeModels = new Set(knowledge.responses.filter((model) => model.modules.some((module) => imported.has(module) || [...imported].some((name) => name.startsWith(`${module}/`)))));
  // Only frameworks the program imports can register routes; their method names prefilter calls.
  const registrations: { model: ResponseModel; registration: RouteRegistration }[] = [];
  for (const model of knowledge.responses) {
    if (!activeModels.has(model)) continue;
    for (const registration of model.routes) registrations.push({ model, registration });
  }
  const registrationMethods = new Set(
    registrations.flatMap(({ registration }) => [
      ...registration.methods,
      ...(registration.scopeMethods ?? []),
      ...(registration.pathBuilders ?? []).flatMap((builder) => builder.verbs),
    ]),
  );
  const optionMethods = new Set(knowledge.responses.filter((model) => activeModels.has(model)).flatMap((model) => (model.routeOptions ?? []).flatMap((options) => options.methods)));

  for (const sourceFile of walked) {
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const callee = skipOuter(node.expression);
        if (ts.isPropertyAccessExpression(callee) && registrationMethods.has(callee.name.text)) {
          // Imports and declared types first; conventional names (`app`, `router`) only when nothing else matched.
          let handled = false;
          for (const strict of [true, false]) {
            for (const { model, registration } of registrations) {
              if (handleRegistration(node, callee, model, registration, strict)) {
                handled = true;
                break;
              }
            }
            if (handled) break;
          }
        }
        if (ts.isPropertyAccessExpression(callee) && optionMethods.has(callee.name.text)) {
          for (const model of knowledge.responses) {
            if (!activeModels.has(model)) continue;
            for (const options of model.routeOptions ?? []) {
              if (!options.methods.includes(callee.name.text)) continue;
              if (!options.receivers.some((pattern) => matchesReceiverOnce(callee.expression, pattern))) continue;
              const arg = node.arguments[options.arg];
              if (arg === undefined || !ts.isObjectLiteralExpression(skipOuter(arg))) continue;
              const object = skipOuter(arg) as ts.ObjectLiteralExpression;
              const read = (key: string): ts.Expression | undefined => {
                const property = object.properties.find((candidate) => candidate.name !== undefined && getStaticName(candidate.name) === key);
                if (property === undefined) return undefined;
                if (ts.isPropertyAssignment(property)) return property.initializer;
                if (ts.isMethodDeclaration(property)) return property as unknown as ts.Expression;
                if (ts.isShorthandPropertyAssignment(property)) return property.name;
                return undefined;
              };
              const handlerExpr = read(options.handlerKey);
              const handler = handlerExpr === undefined ? undefined : resolveHandler(handlerExpr, checker);
              if (handler === undefined) continue;
              const methodExpr = read(options.methodKey);
              const pathExpr = read(options.pathKey);
              const hooks = options.hookKeys.flatMap((key) => spreadList(read(key)));
              pending.push({
                model,
                call: node,
                receiverKey: receiverKeyOf(callee.expression, checker),
                method: methodExpr !== undefined && ts.isStringLiteralLike(skipOuter(methodExpr)) ? (skipOuter(methodExpr) as ts.StringLiteral).text.toUpperCase() : 'ANY',
                path: pathExpr !== undefined && ts.isStringLiteralLike(skipOuter(pathExpr)) ? (skipOuter(pathExpr) as ts.StringLiteral).text : '/',
                handler,
                middleware: hooks,
              });
            }
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }

  function handleRegistration(call: ts.CallExpression, callee: ts.PropertyAccessExpression, model: ResponseModel, registration: RouteRegistration, strict: boolean): boolean {
    const method = callee.name.text;
    let receiver: ts.Expression = callee.expression;
    let path: string | undefined;
    // `app.route('/me').get(h)`: the path comes from the builder call.
    const inner = skipOuter(receiver);
    if (ts.isCallExpression(inner) && ts.isPropertyAccessExpression(skipOuter(inner.expression))) {
      const builderCallee = skipOuter(inner.expression) as ts.PropertyAccessExpression;
      const builder = registration.pathBuilders?.find((candidate) => candidate.method === builderCallee.name.text && candidate.verbs.includes(method));
      if (builder !== undefined) {
        const pathArg = inner.arguments[0];
        path = pathArg !== undefined && ts.isStringLiteralLike(skipOuter(pathArg)) ? (skipOuter(pathArg) as ts.StringLiteral).text : undefined;
        receiver = builderCallee.expression;
      }
    }
    const isScope = registration.scopeMethods?.includes(method) === true;
    if (!registration.methods.includes(method) && !isScope && path === undefined) return false;
    if (!registration.receivers.some((pattern) => (pattern.kind === 'name') !== strict && matchesReceiverOnce(receiver, pattern))) return false;
    const key = receiverKeyOf(receiver, checker);
    const args = [...call.arguments];
    let rest = args;
    if (path === undefined && registration.pathArg !== undefined) {
      const pathNode = args[registration.pathArg];
      if (pathNode !== undefined && isStringish(pathNode)) {
        path = stringValue(pathNode);
        rest = args.slice(registration.pathArg + 1);
      }
    }
    if (isScope) {
      if (method === 'addHook') {
        const hookName = args[0] !== undefined && ts.isStringLiteralLike(skipOuter(args[0])) ? (skipOuter(args[0]) as ts.StringLiteral).text : '';
        if ((auth.hookNames ?? []).includes(hookName) && args.slice(1).some((arg) => helper.isAuthMiddleware(arg))) {
          addScope(key, call, undefined, true);
        }
        return true;
      }
      const authenticated = rest.some((arg) => helper.isAuthMiddleware(arg));
      if (authenticated) addScope(key, call, path, true);
      // Mounting a router: `app.use('/api', requireAuth, usersRouter)`.
      for (const arg of rest) {
        const childKey = receiverKeyOf(arg, checker);
        if (childKey === undefined || childKey === key) continue;
        const inheritsAuth = authenticated || scopeAuthenticates(key, call, path ?? '/');
        const list = mounts.get(childKey) ?? [];
        list.push({ prefix: path ?? '', authenticated: inheritsAuth });
        mounts.set(childKey, list);
      }
      if (!registration.methods.includes(method) || method === 'use') return true;
    }
    const functions = rest.filter((arg) => resolveHandler(arg, checker) !== undefined);
    const last = functions.at(-1);
    if (last === undefined) return true;
    const handler = resolveHandler(last, checker) as FunctionNode;
    const middleware = rest.filter((arg) => arg !== last);
    const hookArgs: ts.Expression[] = [];
    for (const arg of middleware) {
      const object = skipOuter(arg);
      if (ts.isObjectLiteralExpression(object)) {
        for (const property of object.properties) {
          if (ts.isPropertyAssignment(property) && (registration.hookOptionKeys ?? []).includes(getStaticName(property.name) ?? '')) {
            hookArgs.push(...spreadList(property.initializer));
          }
        }
      }
    }
    pending.push({
      model,
      call,
      receiverKey: key,
      method: method.toUpperCase() === 'ALL' ? 'ANY' : method.toUpperCase(),
      path: path ?? '/',
      handler,
      middleware: [...middleware, ...hookArgs],
    });
    return true;
  }

  function addScope(key: object | undefined, call: ts.CallExpression, prefix: string | undefined, authenticated: boolean): void {
    if (key === undefined) return;
    const list = scopes.get(key) ?? [];
    list.push({ file: call.getSourceFile(), position: call.getStart(), prefix: prefix === undefined ? undefined : prefix.replace(/\/?\*$/, ''), authenticated });
    scopes.set(key, list);
  }

  function scopeAuthenticates(key: object | undefined, call: ts.Node, path: string): boolean {
    if (key === undefined) return false;
    return (scopes.get(key) ?? []).some(
      (scope) =>
        scope.authenticated &&
        scope.file === call.getSourceFile() &&
        scope.position < call.getStart() &&
        (scope.prefix === undefined || scope.prefix === '' || path === scope.prefix || path.startsWith(`${scope.prefix}/`)),
    );
  }

  for (const route of pending) {
    const mountList = route.receiverKey === undefined ? [] : (mounts.get(route.receiverKey) ?? []);
    const mount = mountList[0];
    const fullPath = joinPaths(mount?.prefix ?? '', route.path);
    let authenticated =
      route.middleware.some((arg) => helper.isAuthMiddleware(arg)) ||
      scopeAuthenticates(route.receiverKey, route.call, route.path) ||
      mountList.some((candidate) => candidate.authenticated);
    const params = route.model.handlerParams;
    if (!authenticated) authenticated = helper.hasSessionCheck(route.handler, params);
    const record = createRecord(route.method, fullPath, route.model.id, route.call, route.handler, authenticated, locator);
    record.ownerScoped = authenticated && helper.isOwnerScoped(fullPath, route.handler, params);
    record.ownsEverything = authenticated && helper.isOwnerScoped(fullPath, route.handler, params, true);
    routes.push(record);
    if (!handlers.has(route.handler)) {
      handlers.set(route.handler, {
        route: record,
        node: route.handler,
        model: route.model,
        params,
        returnIsBody: route.model.returnIsBody,
        serializer: false,
        schemaProjects: false,
      });
    }
  }

  for (const found of findNestRoutes(files, walked, checker, knowledge, helper, locator)) {
    routes.push(found.route);
    handlers.set(found.node, found);
  }
  for (const found of findExportedHandlerRoutes(walked, checker, knowledge, helper, locator)) {
    routes.push(found.route);
    handlers.set(found.node, found);
  }
  for (const found of findServerActionRoutes(walked, checker, knowledge, helper, locator)) {
    // A function both exported by a route file and marked as an action keeps its route.
    if (handlers.has(found.node)) continue;
    routes.push(found.route);
    handlers.set(found.node, found);
  }
  for (const found of findResolverRoutes(walked, checker, knowledge, helper, locator, imported)) {
    routes.push(found.route);
    handlers.set(found.node, found);
  }
  for (const found of findProcedureRoutes(walked, knowledge, helper, locator, imported)) {
    routes.push(found.route);
    handlers.set(found.node, found);
  }
  return { handlers, routes };
}

/** Builds a route record. */
export function createRecord(method: string, path: string, framework: string, at: ts.Node, handler: FunctionNode, authenticated: boolean, locator: Locator): RouteRecord {
  const location = locator.locate(at);
  const name = describeFunction(handler);
  return {
    method,
    path,
    framework,
    file: location.file,
    line: location.line,
    handler: name === '' ? undefined : name,
    authenticated,
    ownerScoped: false,
    ownsEverything: false,
    returns: new Set(),
    logs: new Set(),
    sendsToThirdParties: new Set(),
  };
}

function joinPaths(prefix: string, path: string): string {
  if (prefix === '' || prefix === '/') return path === '' ? '/' : path;
  const joined = `${prefix.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
  return joined.length > 1 ? joined.replace(/\/+$/, '') : joined;
}

function isStringish(node: ts.Expression): boolean {
  const inner = skipOuter(node);
  return ts.isStringLiteralLike(inner) || ts.isTemplateExpression(inner) || ts.isRegularExpressionLiteral(inner) || (ts.isArrayLiteralExpression(inner) && inner.elements.every((element) => ts.isStringLiteralLike(element)));
}

function stringValue(node: ts.Expression): string {
  const inner = skipOuter(node);
  if (ts.isStringLiteralLike(inner)) return inner.text;
  if (ts.isTemplateExpression(inner)) return inner.head.text + inner.templateSpans.map((span) => `:${span.expression.getText()}${span.literal.text}`).join('');
  if (ts.isArrayLiteralExpression(inner)) return inner.elements.map((element) => (ts.isStringLiteralLike(element) ? element.text : '')).join('|');
  return inner.getText();
}

function spreadList(node: ts.Expression | undefined): ts.Expression[] {
  if (node === undefined) return [];
  const inner = skipOuter(node);
  if (ts.isArrayLiteralExpression(inner)) return [...inner.elements];
  return [inner];
}

/** The receiver's identity: the symbol of its root variable (through imports), for scopes and mounts. */
function receiverKeyOf(expr: ts.Expression, checker: ts.TypeChecker): object | undefined {
  const inner = skipOuter(expr);
  const target = ts.isIdentifier(inner) ? inner : ts.isPropertyAccessExpression(inner) && inner.expression.kind === ts.SyntaxKind.ThisKeyword ? inner.name : undefined;
  if (target === undefined) return undefined;
  let symbol = checker.getSymbolAtLocation(target);
  if (symbol === undefined) return undefined;
  if (symbol.flags & ts.SymbolFlags.Alias) {
    try {
      symbol = checker.getAliasedSymbol(symbol);
    } catch {
      return symbol;
    }
  }
  const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0];
  // `export default router` resolves to the variable it names.
  if (declaration !== undefined && ts.isExportAssignment(declaration)) {
    const origin = skipOuter(declaration.expression);
    if (ts.isIdentifier(origin)) return receiverKeyOf(origin, checker);
  }
  return declaration ?? symbol;
}

/** Name patterns only for receivers that no import explains (core's conventional fallback). */
function matchesReceiverGuarded(receiver: ts.Expression, pattern: Parameters<typeof matchesReceiver>[1], checker: ts.TypeChecker): boolean {
  if (pattern.kind === 'name') {
    const origin = resolveOrigin(receiver, checker);
    if (ts.isCallExpression(origin) || ts.isNewExpression(origin)) {
      const root = getChainRoot(origin.expression);
      if (ts.isIdentifier(root)) {
        const imported = findImportOrigin(root, checker);
        if (imported !== undefined && !imported.module.startsWith('.')) return false;
      }
    }
  }
  return matchesReceiver(receiver, pattern, checker);
}

/** The function a handler argument stands for: inline, a named function, a method, or wrapped (`asyncHandler(fn)`). */
export function resolveHandler(expr: ts.Expression, checker: ts.TypeChecker, depth = 0): FunctionNode | undefined {
  const inner = skipOuter(expr);
  if (isFunctionNode(inner)) return inner;
  if (depth > 3) return undefined;
  if (ts.isCallExpression(inner)) {
    // `asyncHandler(async (req, res) => …)`, `catchAsync(handler)`; `.bind(this)`.
    const callee = skipOuter(inner.expression);
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'bind') return resolveHandler(callee.expression, checker, depth + 1);
    for (const arg of inner.arguments) {
      const found = resolveHandler(arg, checker, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  const nameNode = ts.isIdentifier(inner) ? inner : ts.isPropertyAccessExpression(inner) ? inner.name : undefined;
  if (nameNode === undefined) return undefined;
  let symbol = checker.getSymbolAtLocation(nameNode);
  if (symbol === undefined) return undefined;
  if (symbol.flags & ts.SymbolFlags.Alias) {
    try {
      symbol = checker.getAliasedSymbol(symbol);
    } catch {
      return undefined;
    }
  }
  for (const declaration of symbol.declarations ?? []) {
    if (declaration.getSourceFile().isDeclarationFile) continue;
    if (isFunctionNode(declaration)) return declaration;
    if ((ts.isVariableDeclaration(declaration) || ts.isPropertyAssignment(declaration) || ts.isPropertyDeclaration(declaration)) && declaration.initializer !== undefined) {
      return resolveHandler(declaration.initializer, checker, depth + 1);
    }
  }
  return undefined;
}

/** Authentication and owner-scope markers, read from core's auth model. */
export class AuthHelper {
  private readonly middlewarePattern: RegExp;
  private readonly guardPattern: RegExp | undefined;

  constructor(
    readonly checker: ts.TypeChecker,
    readonly auth: AuthModel,
  ) {
    this.middlewarePattern = new RegExp(auth.middlewarePattern, 'i');
    this.guardPattern = auth.guardPattern === undefined ? undefined : new RegExp(auth.guardPattern);
  }

  /** Whether a middleware argument authenticates: by name, by its module, or a call of such. */
  isAuthMiddleware(expr: ts.Expression): boolean {
    if (this.isNamedAuthMiddleware(expr)) return true;
    // The project's own middleware (`requireGuardian`): its body turns callers away with 401/403.
    const fn = resolveHandler(expr, this.checker);
    return fn !== undefined && this.rejectsUnauthenticated(fn);
  }

  private readonly rejecting = new Map<ts.Node, boolean>();

  /** A middleware whose body leaves early with an unauthorized answer after a presence check. */
  private rejectsUnauthenticated(fn: FunctionNode): boolean {
    const cached = this.rejecting.get(fn);
    if (cached !== undefined) return cached;
    let found = false;
    const visit = (node: ts.Node): void => {
      if (found) return;
      if (ts.isIfStatement(node) && presenceCheckedName(node.expression) !== undefined && (exits(node.thenStatement) || this.answersUnauthorized(node.thenStatement)) && this.answersUnauthorized(node.thenStatement)) {
        found = true;
        return;
      }
      if (node !== fn && isFunctionNode(node)) return;
      ts.forEachChild(node, visit);
    };
    if (fn.body !== undefined) visit(fn.body);
    this.rejecting.set(fn, found);
    return found;
  }

  private isNamedAuthMiddleware(expr: ts.Expression): boolean {
    const inner = skipOuter(expr);
    if (ts.isArrayLiteralExpression(inner)) return inner.elements.some((element) => this.isNamedAuthMiddleware(element));
    const target = ts.isCallExpression(inner) ? skipOuter(inner.expression) : inner;
    const chain = getMemberChain(target);
    if (chain !== undefined) {
      const path = chain.join('.');
      const last = chain.at(-1) as string;
      if (this.auth.middleware.includes(path) || this.auth.middleware.includes(last)) return true;
      if (this.middlewarePattern.test(last)) return true;
      const root = getChainRoot(target);
      if (ts.isIdentifier(root)) {
        const origin = findImportOrigin(root, this.checker);
        if (origin !== undefined) {
          const exported = chain.length === 1 ? origin.export : `${origin.export === '*' || origin.export === 'default' ? '' : `${origin.export}.`}${chain.slice(1).join('.')}`;
          for (const entry of this.auth.moduleMiddleware ?? []) {
            if (!isSameModule(origin.module, entry.module)) continue;
            if (entry.callee === exported || (entry.callee === 'default' && origin.export === 'default' && chain.length === 1) || entry.callee === last) return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether a guard expression (`JwtAuthGuard`, `AuthGuard('jwt')`) authenticates. */
  isAuthGuard(expr: ts.Expression): boolean {
    const inner = skipOuter(expr);
    const target = ts.isCallExpression(inner) || ts.isNewExpression(inner) ? skipOuter(inner.expression) : inner;
    const name = ts.isIdentifier(target) ? target.text : ts.isPropertyAccessExpression(target) ? target.name.text : undefined;
    if (name === undefined) return false;
    return (this.auth.guards ?? []).includes(name) || (this.guardPattern?.test(name) ?? false);
  }

  /**
   * Whether a handler authenticates itself: an `if` on a session path (`!req.user`) or on the
   * result of a session call (`getServerSession()`), leaving early (return or throw).
   */
  hasSessionCheck(fn: FunctionNode, params: { readonly request?: number; readonly response?: number; readonly context?: number }): boolean {
    const names = new Map<string, string>();
    const requestName = params.request === undefined ? undefined : paramName(fn, params.request);
    const contextName = params.context === undefined ? undefined : paramName(fn, params.context);
    if (requestName !== undefined) for (const alias of ['req', 'request']) names.set(alias, requestName);
    if (contextName !== undefined) for (const alias of ['ctx', 'c', 'context']) names.set(alias, contextName);
    const sessionTexts = this.auth.sessionPaths.map((path) => {
      const [first, ...rest] = path.split('.');
      const mapped = names.get(first as string) ?? first;
      return normalise([mapped, ...rest].join('.'));
    });
    const sessionVariables = new Set<string>();
    const sessionValues = new Set<string>();
    let found = false;
    const visit = (node: ts.Node): void => {
      if (found) return;
      if (ts.isVariableDeclaration(node) && node.initializer !== undefined && this.isSessionCall(node.initializer) && ts.isIdentifier(node.name)) {
        sessionVariables.add(node.name.text);
        sessionTexts.push(node.name.text);
      } else if (ts.isVariableDeclaration(node) && node.initializer !== undefined && ts.isIdentifier(node.name)) {
        // `const email = session?.user?.email`: a value read off the session stands for it in the check.
        const root = getChainRoot(skipOuter(node.initializer));
        if (ts.isIdentifier(root) && sessionVariables.has(root.text)) sessionValues.add(node.name.text);
      }
      if (ts.isExpressionStatement(node) && this.isSessionCall(node.expression)) {
        // `await request.jwtVerify()` throws on failure: the rest of the handler is authenticated.
        found = true;
        return;
      }
      if (ts.isIfStatement(node) && exits(node.thenStatement)) {
        const condition = normalise(node.expression.getText());
        const tested = presenceCheckedName(node.expression);
        if (sessionTexts.some((text) => condition.includes(text)) || (tested !== undefined && sessionValues.has(tested))) {
          found = true;
          return;
        }
        // `const session = await getSession(); if (!session) return …401`: a presence check on a
        // session-like value whose early exit answers an unauthorized status.
        const checked = presenceCheckedName(node.expression);
        if (checked !== undefined && isSessionLikeName(checked) && this.answersUnauthorized(node.thenStatement)) {
          found = true;
          return;
        }
      }
      if (node !== fn && isFunctionNode(node)) return;
      ts.forEachChild(node, visit);
    };
    if (fn.body !== undefined) visit(fn.body);
    return found;
  }

  /** Whether a branch answers 401/403 (core's unauthorized statuses) or throws an Unauthorized error. */
  private answersUnauthorized(statement: ts.Statement): boolean {
    const statuses = new Set((this.auth.unauthorizedStatuses ?? [401, 403]).map(String));
    let found = false;
    const visit = (node: ts.Node): void => {
      if (found) return;
      if (ts.isNumericLiteral(node) && statuses.has(node.text)) found = true;
      else if (ts.isIdentifier(node) && /^(Unauthorized|Forbidden)/.test(node.text)) found = true;
      else if (ts.isStringLiteralLike(node) && /^(UNAUTHORIZED|FORBIDDEN)$/.test(node.text)) found = true;
      else ts.forEachChild(node, visit);
    };
    visit(statement);
    return found;
  }

  private isSessionCall(expr: ts.Expression): boolean {
    let inner = skipOuter(expr);
    if (ts.isAwaitExpression(inner)) inner = skipOuter(inner.expression);
    if (!ts.isCallExpression(inner)) return false;
    const chain = getMemberChain(inner.expression);
    if (chain === undefined) return false;
    const path = chain.join('.');
    return (this.auth.sessionCalls ?? []).some((entry) => {
      if (entry.module === undefined) return entry.callee === path || (chain.length > 1 && entry.callee.split('.').at(-1) === chain.at(-1) && entry.callee.includes('.'));
      const root = getChainRoot(inner.expression);
      const origin = ts.isIdentifier(root) ? findImportOrigin(root, this.checker) : undefined;
      return origin !== undefined && isSameModule(origin.module, entry.module) && (origin.export === entry.callee || chain.at(-1) === entry.callee);
    });
  }

  /** Owner scope: an owner path (`/me`), or a lookup keyed by the caller's identity on a path without parameters. */
  isOwnerScoped(path: string, fn: FunctionNode, params: { readonly request?: number; readonly context?: number }, comparisonOnly = false): boolean {
    if (this.matchesOwnerPath(path)) return true;
    // A lookup by the caller's id on a path with parameters may still answer another record.
    const byParameter = /[:[{]/.test(path);
    const requestName = params.request === undefined ? undefined : paramName(fn, params.request);
    const contextName = params.context === undefined ? undefined : paramName(fn, params.context);
    const keys = (this.auth.ownerKeyPaths ?? []).map((keyPath) => {
      const [first, ...rest] = keyPath.split('.');
      const mapped = (first === 'req' || first === 'request') && requestName !== undefined ? requestName : (first === 'ctx' || first === 'c') && contextName !== undefined ? contextName : first;
      return normalise([mapped, ...rest].join('.'));
    });
    let found = false;
    // `req.session.accountId`, `ctx.state.user.id`: anything below a session path's first two segments.
    const sessions = [...new Set(this.auth.sessionPaths.map((session) => normalise(session).split('.').slice(0, 2).join('.')))];
    const callerExpression = (text: string): boolean =>
      keys.some((key) => text.includes(key)) || sessions.some((session) => text.includes(session)) || isCallerExpressionText(text);
    const visit = (node: ts.Node): void => {
      if (found) return;
      // A lookup keyed by the caller's identity: `findUserById(req.user.id)`, `getAccount(session.orgId)`.
      if (!comparisonOnly && !byParameter && ts.isCallExpression(node) && node.arguments.some((arg) => callerExpression(normalise(arg.getText())))) found = true;
      // The owner compared with the caller before answering: `if (order.userId !== callerId) return …`.
      if (ts.isIfStatement(node) && exits(node.thenStatement) && /!==?/.test(node.expression.getText()) && callerExpression(normalise(node.expression.getText()).split(/!==?/).pop() ?? '')) found = true;
      if (found) return;
      ts.forEachChild(node, visit);
    };
    if (fn.body !== undefined) visit(fn.body);
    return found;
  }

  /** Whether a route path is one of the caller's own (`/me`, `/account/*`), as a suffix of the full path. */
  matchesOwnerPath(path: string): boolean {
    const normalised = path.replace(/\/+$/, '') || '/';
    return this.auth.ownerPaths.some((pattern) => {
      if (pattern.endsWith('/*')) {
        const base = pattern.slice(0, -2);
        return normalised.endsWith(base) || normalised.includes(`${base}/`);
      }
      return normalised === pattern || normalised.endsWith(pattern);
    });
  }
}

/** Names that hold who the caller is (a session, the decoded token, the principal). */

/** The variable a presence check tests: `!session`, `!session?.user`, `session == null`. */
function presenceCheckedName(condition: ts.Expression): string | undefined {
  let inner = skipOuter(condition);
  if (ts.isBinaryExpression(inner) && (inner.operatorToken.kind === ts.SyntaxKind.BarBarToken || inner.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken)) {
    return presenceCheckedName(inner.left) ?? presenceCheckedName(inner.right);
  }
  if (ts.isPrefixUnaryExpression(inner) && inner.operator === ts.SyntaxKind.ExclamationToken) inner = skipOuter(inner.operand);
  else if (ts.isBinaryExpression(inner) && /^(null|undefined)$/.test(inner.right.getText())) inner = skipOuter(inner.left);
  else if (ts.isBinaryExpression(inner) && (inner.operatorToken.kind === ts.SyntaxKind.ExclamationEqualsEqualsToken || inner.operatorToken.kind === ts.SyntaxKind.ExclamationEqualsToken)) inner = skipOuter(inner.left);
  else return undefined;
  const root = getChainRoot(inner);
  return ts.isIdentifier(root) ? root.text : undefined;
}

function paramName(fn: FunctionNode, index: number): string | undefined {
  const parameter = fn.parameters[index];
  return parameter !== undefined && ts.isIdentifier(parameter.name) ? parameter.name.text : undefined;
}

function normalise(text: string): string {
  return text.replace(/\s+/g, '').replace(/\?\./g, '.').replace(/"/g, "'");
}

/** Whether a statement leaves the function (return or throw) on every path it starts. */
export function exits(statement: ts.Statement): boolean {
  if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement)) return true;
  if (ts.isBlock(statement)) return statement.statements.some((inner) => exits(inner));
  if (ts.isExpressionStatement(statement)) {
    // `return res.status(401).end()` written as `res.status(401).end(); return;` is covered by the block case.
    return false;
  }
  return false;
}
