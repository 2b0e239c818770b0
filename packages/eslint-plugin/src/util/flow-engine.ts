import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type {
  AuthModel,
  CallSinkModel,
  CategoryId,
  DecoratorRouting,
  DerivationModel,
  HttpClientModel,
  ReceiverPattern,
  ResponseModel,
  ResponsePart,
  SanitizerModel,
  ServerActionModel,
  SinkId,
} from '@leakwatch/core';
import { QUERY_CHAIN_METHODS, REQUEST_BODY_READERS, REQUEST_SECRET_HEADERS, ZOD_PARSE_METHODS, createServerActionPath, findMessageRecipientKeys, formatExpression, isCallerExpressionText, isCountCallName, isDigitFreeMask, isBareStateName, isIssuedCredentialName, isOwnerKey, isPredicateCallName, isRedactedByPino, isSessionLikeName, isSignUpRoute } from '@leakwatch/core';
import {
  type FunctionNode,
  forEachChildNode,
  getCalleeName,
  getChainRoot,
  getChainTop,
  getDecoratorArguments,
  getDecoratorName,
  getDottedPath,
  getKeyName,
  getPropertyName,
  getStaticString,
  isFunctionNode,
  unwrapExpression,
} from './ast.js';
import type { Knowledge } from './knowledge.js';
import { memoizeByObject } from './memoize.js';
import type { TypeCategories } from './type-categories.js';
import {
  EMPTY,
  type Origin,
  type Value,
  collectCategories,
  findCategory,
  hasCategories,
  collectParams,
  createSourceValue,
  flattenValue,
  isEmptyValue,
  keepCategories,
  mergeAll,
  mergeValues,
  removeCategories,
  withoutParams,
} from './value.js';

/** What the engine learned about one route handler. */
export interface HandlerInfo {
  readonly node: FunctionNode;
  readonly model: ResponseModel | null;
  readonly path: string | null;
  readonly authenticated: boolean;
  readonly ownerScoped: boolean;
  /** Whether the handler's return value is the response body. */
  readonly returnIsBody: boolean;
  /** Parameter positions by role. */
  readonly params: { readonly request?: number; readonly response?: number; readonly context?: number };
  /** Parameters injected as the request body (`@Body() dto`). */
  readonly bodyParams: ReadonlySet<number>;
  /** GraphQL sends only the fields its schema declares: a whole record is projected by the SDL. */
  readonly schemaProjects: boolean;
  /**
   * Code-first GraphQL (`@Query(() => AuthorType)`): the `@Field()` properties of the output class,
   * all a returned record can send (policy point 7). Absent when the output is a scalar or unseen.
   */
  readonly outputFields?: ReadonlySet<string>;
  /** Server Actions: error classes whose message reaches the caller when the handler throws them. */
  readonly thrownErrors?: { readonly pattern: string; readonly args: readonly number[] };
  /** Server Actions: variables holding the checked session (`user` of `currentUser()`, `userId` of `auth()`). */
  readonly callerNames?: ReadonlySet<string>;
}

/** A place where data leaves the process. */
interface SinkSite {
  readonly place: TSESTree.Node;
  readonly sink: SinkId;
  /** `res.json`, `logger.info`, `Sentry.setUser`: code text of the sink, for messages. */
  readonly label: string;
  readonly part?: ResponsePart;
  readonly data: readonly TSESTree.Node[];
  /** Delivery to the data subject (an SMS to the user's own number) is exempt (policy point 8). */
  readonly delivery?: boolean;
}

/** One finding of the shared analysis; each rule reports those of its own rule id. */
export interface FlowFinding {
  readonly node: TSESTree.Node;
  readonly category: CategoryId;
  readonly sink: SinkId;
  readonly expression: string;
  readonly label: string;
  readonly kind: 'data' | 'status-branch';
  /** The category is known only from the declared type of a whole record. */
  readonly fromType: boolean;
  /** For a whole typed record in a response: the properties a projection can keep. */
  readonly projection?: { readonly target: TSESTree.Node; readonly keep: readonly string[] };
}

interface WrapperSink {
  readonly sink: SinkId;
  readonly label: string;
  readonly part?: ResponsePart;
}

const HTTP_VERBS = /^(get|post|put|patch|delete|del|options|head|all)$/i;
const STRING_METHODS = new Set([
  'toString', 'toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase', 'trim', 'trimStart', 'trimEnd',
  'padStart', 'padEnd', 'replace', 'replaceAll', 'split', 'join', 'concat', 'normalize', 'toJSON', 'valueOf', 'repeat',
  'flat', 'reverse', 'toReversed', 'sort', 'toSorted', 'filter', 'find', 'findLast', 'at', 'values', 'entries',
  // A date written out is the same date (`member.dateOfBirth.toISOString()`).
  'toISOString', 'toDateString', 'toLocaleDateString', 'toUTCString', 'toLocaleString',
]);
const CALLBACK_METHODS = new Set(['map', 'flatMap', 'forEach', 'filter', 'find', 'findLast', 'some', 'every', 'then', 'sort', 'toSorted']);
const SERIALIZERS = new Set(['JSON.stringify', 'util.format', 'util.inspect', 'format', 'inspect', 'String', 'Object.assign', 'Object.values', 'Object.entries', 'Array.from', 'Buffer.from', 'encodeURIComponent', 'encodeURI', 'structuredClone']);
const SERIALIZER_TAILS = new Set([...SERIALIZERS].map((path) => path.split('.').at(-1) ?? path));
// `bcrypt.compare`, `verifyPassword`, `passwordMatches`, `sellerService.authenticate(email, password)`.
const VERIFY_CALL = /(compare|verify|check|match|authenticate)/i;

let nextFunctionId = 1;

// Shared empty answers of the matchers (never mutated): most calls match nothing.
const NO_SITES: readonly SinkSite[] = Object.freeze([]);
const NO_WRITES: readonly { part: ResponsePart; args: readonly number[] }[] = Object.freeze([]);
const NO_CLIENTS: readonly HttpClientModel[] = Object.freeze([]);
const NO_CATEGORIES: readonly CategoryId[] = Object.freeze([]);

// Stands in the value caches for a node or variable whose value is being computed (a cycle reads it as empty).
const IN_PROGRESS: Value = { cats: new Map() };

const TYPE_ONLY_NODES = new Set<string>([
  AST_NODE_TYPES.TSInterfaceDeclaration,
  AST_NODE_TYPES.TSTypeAliasDeclaration,
  AST_NODE_TYPES.TSDeclareFunction,
  AST_NODE_TYPES.TSTypeAnnotation,
  AST_NODE_TYPES.TSTypeParameterDeclaration,
  AST_NODE_TYPES.TSTypeParameterInstantiation,
]);
/** Response models ranked by `rankModels`, per model list and per set of imported modules. */
const rankedByModules = new WeakMap<readonly ResponseModel[], Map<string, ResponseModel[]>>();
/** Marks a name some inner scope declares, in the per-name map of top-scope lookups. */
const INNER_NAME = Symbol('inner name');
const TYPE_KEYS = new Set(['typeAnnotation', 'returnType', 'typeParameters', 'typeArguments', 'superTypeArguments']);

/**
 * The per-file flow analysis the four rules share. It walks the file once, collects sinks,
 * handlers and local functions, then evaluates only the values that reach a sink (lazily,
 * memoised), using symbolic parameters so that each local function is summarised once.
 */
export class FlowEngine {
  readonly findings: FlowFinding[] = [];
  /** Errors the engine recovered from (a bug when not empty; the robustness test asserts none). */
  readonly internalErrors: unknown[] = [];
  private readonly imports = new Map<string, { module: string; export: string }>();
  private readonly functionIds = new WeakMap<FunctionNode, number>();
  private readonly returns = new Map<FunctionNode, TSESTree.Node[]>();
  private readonly valueCache = new Map<TSESTree.Node, Value>();
  private readonly variableCache = new Map<TSESLint.Scope.Variable, Value>();
  private readonly handlers = new Map<FunctionNode, HandlerInfo>();
  /** Set once per file by `registerServerActions`: throws are looked at as answers only then. */
  private hasServerActions = false;
  private readonly handlerCache = new Map<FunctionNode, HandlerInfo | null>();
  private readonly callSites: TSESTree.CallExpression[] = [];
  private readonly candidates: TSESTree.Node[] = [];
  private readonly authScopes: { receiver: string; position: number; prefix: string | null }[] = [];
  private readonly wrapperSinks = new Map<FunctionNode, Map<number, WrapperSink[]>>();
  private readonly reported = new Set<string>();
  /**
   * Names the walk saw assigned (`name = …`) and deleted from (`delete name.key`): a variable whose
   * name is in neither needs no scan of its references for such writes (a parameter such as `req`
   * has dozens of references, each a separate object to load).
   */
  private readonly assignedNames = new Set<string>();
  private readonly deletedNames = new Set<string>();
  /** Every directive the walk met (`'use server'`), in the file's prologue or a function's. */
  private readonly directives = new Set<string>();
  private readonly classBodies: TSESTree.ClassDeclaration[] = [];
  private readonly objectLiterals: TSESTree.ObjectExpression[] = [];
  private readonly reportedBranches = new Set<TSESTree.Node>();
  private wrapperVersion = 0;
  private readonly callModels: readonly CallSinkModel[];
  private readonly callModelIndex: CallModelIndex;
  private readonly boundCache = new Map<TSESTree.Node, TSESTree.Node | null>();
  private readonly filename: string;
  // Per-knowledge indexes, fetched once per file: the hot paths read a field, not a WeakMap.
  private readonly routeMethods: ReadonlySet<string>;
  private readonly httpClientIndex: HttpClientIndex;
  private readonly constructCallees: ConstructCallees;
  private readonly conversionProperties: ReadonlySet<string>;
  private readonly derivationTable: Map<string, readonly DerivationModel[]>;
  private readonly sessionTails: readonly string[];
  private readonly sessionCalls: readonly string[];
  private readonly sanitizerIndex: SanitizerIndex;

  constructor(
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
    private readonly knowledge: Knowledge,
    private readonly types: TypeCategories | null,
    filename: string,
  ) {
    this.filename = filename.replace(/\\/g, '/');
    this.callModels = getCallModels(knowledge);
    this.callModelIndex = getCallModelIndex(this.callModels);
    this.routeMethods = getRouteMethods(knowledge.responses);
    this.httpClientIndex = getHttpClientIndex(knowledge.httpClients);
    this.constructCallees = getConstructCallees(knowledge.responses);
    this.conversionProperties = getConversionProperties(knowledge.sanitizers);
    this.derivationTable = getDerivationTable(knowledge.derivations);
    const session = getSessionNames(knowledge.auth);
    this.sessionTails = session.tails;
    this.sessionCalls = session.calls;
    this.sanitizerIndex = getSanitizerIndex(knowledge.sanitizers);
    // The scope `getScope` gives a node at the top level: the module scope (the global one in a script).
    const manager = sourceCode.scopeManager;
    this.topScope = manager ? (manager.acquire(sourceCode.ast, true) ?? manager.globalScope) : null;
    this.topNames = this.topScope ? new Map() : null;
  }

  /** Runs the analysis; never throws for any syntax the parser accepts. */
  run(): void {
    this.walk(this.sourceCode.ast);
    // Each phase recovers on its own: a construct one of them does not understand costs its findings only.
    for (const phase of [this.registerRoutes, this.registerDecoratedHandlers, this.registerExportedHandlers, this.registerServerActions, this.registerResolversAndProcedures]) {
      try {
        phase.call(this);
      } catch (error) {
        this.internalErrors.push(error);
      }
    }
    // Indexed loops: iterators on this hot path showed up as allocation.
    const candidates = this.candidates;
    for (let i = 0; i < candidates.length; i++) {
      try {
        const sites = this.matchSinks(candidates[i]!);
        for (let j = 0; j < sites.length; j++) this.processSite(sites[j]!);
      } catch (error) {
        // A construct the engine does not understand is skipped, never fatal to the lint run.
        this.internalErrors.push(error);
      }
    }
    try {
      this.processWrapperCalls();
    } catch (error) {
      this.internalErrors.push(error);
    }
  }

  // ---------------------------------------------------------------- collection

  private walk(root: TSESTree.Node): void {
    const keysByType = getValueKeyTable(this.sourceCode.visitorKeys);
    const skipBarren = keysByType.standard;
    // The common node types take their children by name (see `SPELLED_OUT_KEYS`): the generic
    // loop's `node[key]` is a megamorphic load per key, on the walk's hottest line.
    const spelledOut = keysByType.spelledOut;
    const stack: TSESTree.Node[] = [root];
    const push = (child: TSESTree.Node | null | undefined): void => {
      if (child != null && !isLeaf(child.type) && !(skipBarren && isBarren(child))) stack.push(child);
    };
    const pushAll = (list: readonly (TSESTree.Node | null)[]): void => {
      for (let j = list.length - 1; j >= 0; j--) push(list[j]);
    };
    while (stack.length > 0) {
      const node = stack.pop()!;
      this.visit(node);
      // Children are pushed last first, so that they are visited in source order.
      if (spelledOut) {
        switch (node.type) {
          case AST_NODE_TYPES.ExpressionStatement:
          case AST_NODE_TYPES.ChainExpression:
          case AST_NODE_TYPES.TSAsExpression:
          case AST_NODE_TYPES.TSNonNullExpression:
          case AST_NODE_TYPES.TSSatisfiesExpression:
            push(node.expression);
            continue;
          case AST_NODE_TYPES.CallExpression:
          case AST_NODE_TYPES.NewExpression:
            pushAll(node.arguments);
            push(node.callee);
            continue;
          case AST_NODE_TYPES.MemberExpression:
            if (node.computed) push(node.property);
            push(node.object);
            continue;
          case AST_NODE_TYPES.AwaitExpression:
          case AST_NODE_TYPES.ReturnStatement:
          case AST_NODE_TYPES.SpreadElement:
          case AST_NODE_TYPES.ThrowStatement:
          case AST_NODE_TYPES.UnaryExpression:
            push(node.argument);
            continue;
          case AST_NODE_TYPES.BlockStatement:
          case AST_NODE_TYPES.Program:
          case AST_NODE_TYPES.ClassBody:
            pushAll(node.body);
            continue;
          case AST_NODE_TYPES.VariableDeclaration:
            pushAll(node.declarations);
            continue;
          case AST_NODE_TYPES.VariableDeclarator:
            push(node.init);
            push(node.id);
            continue;
          case AST_NODE_TYPES.ObjectExpression:
            pushAll(node.properties);
            continue;
          case AST_NODE_TYPES.Property:
            push(node.value);
            if (node.computed) push(node.key);
            continue;
          case AST_NODE_TYPES.ArrayExpression:
            pushAll(node.elements);
            continue;
          case AST_NODE_TYPES.TemplateLiteral:
            pushAll(node.expressions);
            continue;
          case AST_NODE_TYPES.BinaryExpression:
          case AST_NODE_TYPES.LogicalExpression:
          case AST_NODE_TYPES.AssignmentExpression:
            push(node.right);
            push(node.left);
            continue;
          case AST_NODE_TYPES.IfStatement:
          case AST_NODE_TYPES.ConditionalExpression:
            push(node.alternate);
            push(node.consequent);
            push(node.test);
            continue;
          case AST_NODE_TYPES.ArrowFunctionExpression:
            push(node.body);
            pushAll(node.params);
            continue;
          case AST_NODE_TYPES.FunctionExpression:
          case AST_NODE_TYPES.FunctionDeclaration:
            push(node.body);
            pushAll(node.params);
            push(node.id);
            continue;
          default:
            break;
        }
      }
      const entry = getValueKeys(keysByType, node.type);
      // A non-computed member name or key is an identifier or literal the walk would skip anyway:
      // not even loading it saves a memory access on the most common nodes.
      const nodeKeys = entry.named !== entry.all && (node as { computed?: boolean }).computed === false ? entry.named : entry.all;
      for (let i = nodeKeys.length - 1; i >= 0; i--) {
        const key = nodeKeys[i]!;
        const child = (node as unknown as Record<string, unknown>)[key];
        if (Array.isArray(child)) {
          for (let j = child.length - 1; j >= 0; j--) {
            const item = child[j] as TSESTree.Node | null;
            if (item && typeof item.type === 'string' && !isLeaf(item.type) && !(skipBarren && isBarren(item))) stack.push(item);
          }
        } else if (child && typeof (child as TSESTree.Node).type === 'string' && !isLeaf((child as TSESTree.Node).type) && !(skipBarren && isBarren(child as TSESTree.Node))) {
          stack.push(child as TSESTree.Node);
        }
      }
    }
  }

  private visit(node: TSESTree.Node): void {
    switch (node.type) {
      case AST_NODE_TYPES.ImportDeclaration:
        this.collectImport(node);
        break;
      case AST_NODE_TYPES.VariableDeclarator:
        this.collectRequire(node);
        break;
      case AST_NODE_TYPES.CallExpression:
        this.callSites.push(node);
        this.candidates.push(node);
        break;
      case AST_NODE_TYPES.AssignmentExpression:
        if (node.left.type === AST_NODE_TYPES.Identifier) this.assignedNames.add(node.left.name);
        this.candidates.push(node);
        break;
      case AST_NODE_TYPES.NewExpression:
      case AST_NODE_TYPES.ThrowStatement:
        this.candidates.push(node);
        break;
      case AST_NODE_TYPES.ExpressionStatement:
        if (node.directive !== undefined) this.directives.add(node.directive);
        break;
      case AST_NODE_TYPES.UnaryExpression:
        if (node.operator === 'delete' && node.argument.type === AST_NODE_TYPES.MemberExpression && node.argument.object.type === AST_NODE_TYPES.Identifier) {
          this.deletedNames.add(node.argument.object.name);
        }
        break;
      case AST_NODE_TYPES.ReturnStatement: {
        const fn = this.enclosingFunction(node);
        if (fn && node.argument) {
          this.pushReturn(fn, node.argument);
          this.candidates.push(node);
        }
        break;
      }
      case AST_NODE_TYPES.ArrowFunctionExpression:
        if (node.expression) {
          this.pushReturn(node, node.body);
          this.candidates.push(node);
        }
        break;
      case AST_NODE_TYPES.ClassDeclaration:
        this.classBodies.push(node);
        break;
      case AST_NODE_TYPES.ObjectExpression:
        this.objectLiterals.push(node);
        break;
      default:
        break;
    }
  }

  private pushReturn(fn: FunctionNode, node: TSESTree.Node): void {
    const list = this.returns.get(fn);
    if (list) list.push(node);
    else this.returns.set(fn, [node]);
  }

  private collectImport(node: TSESTree.ImportDeclaration): void {
    const module = getPackageModule(node.source.value);
    for (const specifier of node.specifiers) {
      if (specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier) this.imports.set(specifier.local.name, { module, export: 'default' });
      else if (specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier) this.imports.set(specifier.local.name, { module, export: '*' });
      else {
        const imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : String(specifier.imported.value);
        this.imports.set(specifier.local.name, { module, export: imported });
      }
    }
  }

  private collectRequire(node: TSESTree.VariableDeclarator): void {
    const init = node.init;
    if (init?.type !== AST_NODE_TYPES.CallExpression || init.callee.type !== AST_NODE_TYPES.Identifier || init.callee.name !== 'require') return;
    const specifier = getStaticString(init.arguments[0]);
    if (specifier === null) return;
    const module = getPackageModule(specifier);
    if (node.id.type === AST_NODE_TYPES.Identifier) {
      // CommonJS default and namespace are the same object.
      this.imports.set(node.id.name, { module, export: 'default' });
    } else if (node.id.type === AST_NODE_TYPES.ObjectPattern) {
      for (const property of node.id.properties) {
        if (property.type !== AST_NODE_TYPES.Property || property.value.type !== AST_NODE_TYPES.Identifier) continue;
        const name = getKeyName(property);
        if (name !== null) this.imports.set(property.value.name, { module, export: name });
      }
    }
  }

  private enclosingFunction(node: TSESTree.Node): FunctionNode | null {
    let current = node.parent;
    while (current) {
      if (isFunctionNode(current)) return current;
      current = current.parent;
    }
    return null;
  }

  private functionId(fn: FunctionNode): number {
    let id = this.functionIds.get(fn);
    if (id === undefined) {
      id = nextFunctionId++;
      this.functionIds.set(fn, id);
    }
    return id;
  }

  // ---------------------------------------------------------------- handlers

  private registerRoutes(): void {
    for (const call of this.callSites) {
      const callee = call.callee;
      if (callee.type !== AST_NODE_TYPES.MemberExpression) continue;
      const method = getPropertyName(callee);
      if (method === null) continue;
      if (!this.routeMethods.has(method)) continue;
      // `cache.get(id)` is not a route: a registration passes a path, an options object or a handler.
      const first = call.arguments[0];
      const looksLikeRoute =
        callee.object.type === AST_NODE_TYPES.CallExpression ||
        (first !== undefined && (getStaticString(first) !== null || first.type === AST_NODE_TYPES.ObjectExpression || call.arguments.some((a) => isFunctionNode(a)) || method === 'use'));
      if (!looksLikeRoute) continue;
      // Several frameworks name their apps `app` and `router`: the one the file imports wins.
      for (const model of this.rankModels(this.knowledge.responses)) {
        if (this.registerWithModel(call, callee, method, model)) break;
      }
    }
  }

  private rankedModels: ResponseModel[] | undefined;
  private frameworkNames: Set<string> | undefined;
  private readonly receiverCache = new Map<readonly ReceiverPattern[], Map<object | string, boolean>>();
  private readonly thisReceiverCache = new Map<readonly ReceiverPattern[], Map<TSESTree.ClassBody | null, Map<string, boolean>>>();
  private readonly frameworkRoles = new Map<TSESLint.Scope.Variable, { role: 'request' | 'response' | 'context'; models: ResponseModel[] } | null>();

  /**
   * Names a framework object can have in this file: the conventional ones (`res`, `ctx`, `reply`)
   * and the parameters of registered handlers. A cheap filter before resolving any identifier.
   */
  private getFrameworkNames(): Set<string> {
    if (this.frameworkNames) return this.frameworkNames;
    const names = new Set(getConventionalNames(this.knowledge.responses));
    for (const handler of this.handlers.values()) {
      for (const index of Object.values(handler.params)) {
        const param = index === undefined ? undefined : handler.node.params[index];
        if (param?.type === AST_NODE_TYPES.Identifier) names.add(param.name);
        if (param?.type === AST_NODE_TYPES.TSParameterProperty && param.parameter.type === AST_NODE_TYPES.Identifier) names.add(param.parameter.name);
      }
    }
    this.frameworkNames = names;
    return names;
  }

  /** Response models, those whose modules this file imports first (computed once per file). */
  private rankModels(models: readonly ResponseModel[]): ResponseModel[] {
    if (models === this.knowledge.responses && this.rankedModels) return this.rankedModels;
    const imported = new Set<string>();
    for (const entry of this.imports.values()) imported.add(entry.module);
    // The ranking depends only on the models and the set of imported modules, which most files of
    // a project share (`express`, `pino`): computed once per such set.
    let byModules = rankedByModules.get(models);
    if (!byModules) {
      byModules = new Map();
      rankedByModules.set(models, byModules);
    }
    const key = JSON.stringify([...imported].sort());
    const known = byModules.get(key);
    if (known) {
      if (models === this.knowledge.responses) this.rankedModels = known;
      return known;
    }
    const isImported = (model: ResponseModel): boolean =>
      model.modules.some((module) => {
        if (imported.has(module)) return true;
        const prefix = `${module}/`;
        for (const m of imported) if (m.startsWith(prefix)) return true;
        return false;
      });
    const first: ResponseModel[] = [];
    const rest: ResponseModel[] = [];
    for (const model of models) (isImported(model) ? first : rest).push(model);
    const ranked = [...first, ...rest];
    byModules.set(key, ranked);
    if (models === this.knowledge.responses) this.rankedModels = ranked;
    return ranked;
  }

  private registerWithModel(call: TSESTree.CallExpression, callee: TSESTree.MemberExpression, method: string, model: ResponseModel): boolean {
    let registered = false;
    for (const registration of model.routes) {
      const builder = registration.pathBuilders?.find((b) => b.verbs.includes(method));
      if (builder && callee.object.type === AST_NODE_TYPES.CallExpression && getCalleeName(callee.object.callee) === builder.method) {
        const receiver = callee.object.callee.type === AST_NODE_TYPES.MemberExpression ? callee.object.callee.object : null;
        if (receiver && this.matchesReceiver(receiver, registration.receivers)) {
          this.registerRouteCall(call, model, registration, getStaticString(callee.object.arguments[0]), this.text(receiver), call.arguments);
          registered = true;
          continue;
        }
      }
      if (!registration.methods.includes(method) && !registration.scopeMethods?.includes(method)) continue;
      if (!this.matchesReceiver(callee.object, registration.receivers)) continue;
      const receiverText = this.text(callee.object);
      registered = true;
      if (registration.scopeMethods?.includes(method)) {
        const first = getStaticString(call.arguments[0]);
        // `app.use('/api', auth)` scopes a path; Fastify's `app.addHook('onRequest', auth)` names a
        // hook instead: one that runs before the handler covers every later route of that instance.
        const isHookName = first !== null && !first.startsWith('/') && !first.includes('*');
        const runsBefore = !isHookName || (this.knowledge.auth.hookNames ?? []).includes(first);
        if (runsBefore && call.arguments.some((argument) => this.isAuthMiddleware(argument))) {
          this.authScopes.push({ receiver: receiverText, position: call.range[0], prefix: isHookName ? null : first });
        }
        if (!registration.methods.includes(method)) continue;
      }
      const path = registration.pathArg === undefined ? null : getStaticString(call.arguments[registration.pathArg]);
      if (registration.pathArg !== undefined && path === null && !HTTP_VERBS.test(method)) continue;
      this.registerRouteCall(call, model, registration, path, receiverText, call.arguments.slice(registration.pathArg === undefined ? 0 : registration.pathArg + 1));
    }
    for (const options of model.routeOptions ?? []) {
      if (!options.methods.includes(method) || !this.matchesReceiver(callee.object, options.receivers)) continue;
      const object = call.arguments[options.arg];
      if (object?.type !== AST_NODE_TYPES.ObjectExpression) continue;
      const handler = this.findProperty(object, options.handlerKey);
      const fn = handler ? this.resolveFunction(handler) : null;
      if (!fn) continue;
      const pathNode = this.findProperty(object, options.pathKey);
      const hooks = options.hookKeys.map((key) => this.findProperty(object, key)).filter((n): n is TSESTree.Node => n !== null);
      const authenticated = hooks.some((hook) => this.isAuthMiddleware(hook)) || this.isScopeAuthenticated(this.text(callee.object), call.range[0], null);
      this.addHandler(fn, model, pathNode ? getStaticString(pathNode) : null, authenticated, model.returnIsBody, model.handlerParams);
      registered = true;
    }
    return registered;
  }

  private registerRouteCall(
    call: TSESTree.CallExpression,
    model: ResponseModel,
    registration: ResponseModel['routes'][number],
    path: string | null,
    receiverText: string,
    rest: readonly TSESTree.CallExpressionArgument[],
  ): void {
    const functions: FunctionNode[] = [];
    const middleware: TSESTree.Node[] = [];
    rest.forEach((argument, index) => {
      const fn = this.resolveFunction(argument);
      const isLast = index === rest.length - 1;
      if (fn && (registration.handlers === 'rest' || isLast)) functions.push(fn);
      if (!isLast) middleware.push(argument);
    });
    const hookKeys = registration.hookOptionKeys ?? this.knowledge.auth.hookNames ?? [];
    const authenticated =
      middleware.some((argument) => {
        if (argument.type === AST_NODE_TYPES.ObjectExpression) {
          return hookKeys.some((key) => {
            const hook = this.findProperty(argument, key);
            return hook !== null && this.isAuthMiddleware(hook);
          });
        }
        return this.isAuthMiddleware(argument);
      }) || this.isScopeAuthenticated(receiverText, call.range[0], path);
    for (const fn of functions) this.addHandler(fn, model, path, authenticated, model.returnIsBody, model.handlerParams);
  }

  private isScopeAuthenticated(receiver: string, position: number, path: string | null): boolean {
    return this.authScopes.some(
      // Hono and Koa scope middleware with a glob (`/api/me/*`): the prefix is what precedes it.
      (scope) => scope.receiver === receiver && scope.position < position && (scope.prefix === null || path === null || this.isBelowPrefix(path, scope.prefix)),
    );
  }

  /** Whether a route path lies under a scope prefix; a glob (`/api/me/*`) covers what is below it. */
  private isBelowPrefix(path: string, prefix: string): boolean {
    if (!prefix.endsWith('*')) return path.startsWith(prefix);
    const base = prefix.slice(0, -1);
    return path.startsWith(base) || `${path}/` === base;
  }

  private registerDecoratedHandlers(): void {
    for (const declaration of this.classBodies) {
      // espree (plain JavaScript) leaves `decorators` undefined.
      const classDecorators = declaration.decorators ?? [];
      for (const model of this.knowledge.responses) {
        const routing = model.decorators;
        if (!routing) continue;
        const modules = [routing.module, ...(routing.alsoModules ?? [])];
        const controller = classDecorators.find((d) => {
          const name = getDecoratorName(d);
          return name !== null && routing.controller.includes(name) && this.isImportedFrom(name, modules);
        });
        if (!controller) continue;
        const prefix = getStaticString(getDecoratorArguments(controller)[0]) ?? '';
        const classAuth = this.hasAuthDecorator(classDecorators);
        const classPublic = this.hasPublicDecorator(classDecorators);
        for (const member of declaration.body.body) {
          if (member.type !== AST_NODE_TYPES.MethodDefinition || member.value.type !== AST_NODE_TYPES.FunctionExpression) continue;
          const memberDecorators = member.decorators ?? [];
          const route = memberDecorators.find((d) => {
            const name = getDecoratorName(d);
            return name !== null && routing.routes.includes(name);
          });
          if (!route) continue;
          const routeArgument = getDecoratorArguments(route)[0];
          // A code-first GraphQL field is routed by its name (`me`, `signIn`): the decorator's
          // argument is its output type, and the method name is the field unless a string names it.
          const fieldName = routing.schema && routeArgument && isFunctionNode(routeArgument) ? getKeyName(member) : null;
          const subPath = getStaticString(routeArgument) ?? fieldName ?? (routeArgument ? null : '');
          const path = subPath === null ? null : `/${[prefix, subPath].filter((p) => p.length > 0).join('/')}`.replace(/\/+/g, '/');
          const isPublic = classPublic || this.hasPublicDecorator(memberDecorators);
          const authenticated = !isPublic && (classAuth || this.hasAuthDecorator(memberDecorators));
          const params: { request?: number; response?: number; context?: number } = {};
          const bodyParams = new Set<number>();
          member.value.params.forEach((param, index) => {
            const decorators = (param as { decorators?: TSESTree.Decorator[] }).decorators ?? [];
            for (const decorator of decorators) {
              const name = getDecoratorName(decorator);
              if (name === null) continue;
              if (routing.params?.response?.includes(name)) params.response = index;
              if (routing.params?.request?.includes(name)) params.request = index;
              if (routing.params?.context?.includes(name)) params.context = index;
              // `@Args() input` is what the caller sent, like a request body.
              if (name === 'Body' || routing.params?.input?.includes(name)) bodyParams.add(index);
            }
          });
          const writesOn = routing.params?.writesOn ? this.knowledge.responses.find((m) => m.id === routing.params?.writesOn) ?? model : model;
          // With an injected response object the handler answers through it, not its return value.
          const returnIsBody = params.response === undefined && model.returnIsBody;
          this.addHandler(member.value, params.response === undefined ? model : writesOn, path, authenticated, returnIsBody, params, bodyParams);
          const outputFields = routing.schema && routeArgument ? this.findOutputFields(routeArgument, routing.schema, modules) : null;
          const info = outputFields ? this.handlers.get(member.value) : undefined;
          if (info && outputFields) this.handlers.set(member.value, { ...info, outputFields });
        }
      }
    }
  }

  /**
   * The `@Field()` names of a code-first output type (`() => AuthorType`, `() => [AuthorType]`): a
   * class of this file marked with one of the schema's type decorators, or, with type information,
   * one declared in any module. Null for a scalar (`() => Boolean`) and for a class neither can read.
   */
  private findOutputFields(argument: TSESTree.Node, schema: NonNullable<DecoratorRouting['schema']>, modules: readonly string[]): ReadonlySet<string> | null {
    if (argument.type !== AST_NODE_TYPES.ArrowFunctionExpression || !argument.expression) return null;
    let target = unwrapExpression(argument.body);
    if (target.type === AST_NODE_TYPES.ArrayExpression && target.elements.length === 1 && target.elements[0]) target = unwrapExpression(target.elements[0]);
    if (target.type !== AST_NODE_TYPES.Identifier) return null;
    const name = target.name;
    const local = this.classBodies.find((declaration) => declaration.id?.name === name);
    // An inherited class's fields are its base's too: only the types can list them.
    if (!local || local.superClass) return this.types?.getSchemaFields(target, schema.typeDecorators, schema.fieldDecorators, modules) ?? null;
    const isSchemaDecorator = (decorator: TSESTree.Decorator, names: readonly string[]): boolean => {
      const decoratorName = getDecoratorName(decorator);
      return decoratorName !== null && names.includes(decoratorName) && this.isImportedFrom(decoratorName, modules);
    };
    if (!(local.decorators ?? []).some((decorator) => isSchemaDecorator(decorator, schema.typeDecorators))) return null;
    const fields = new Set<string>();
    for (const member of local.body.body) {
      if (member.type !== AST_NODE_TYPES.PropertyDefinition && member.type !== AST_NODE_TYPES.MethodDefinition) continue;
      if (!(member.decorators ?? []).some((decorator) => isSchemaDecorator(decorator, schema.fieldDecorators))) continue;
      const key = getKeyName(member);
      if (key !== null) fields.add(key);
    }
    return fields;
  }

  private registerExportedHandlers(): void {
    for (const model of this.knowledge.responses) {
      for (const exported of model.exportedHandlers ?? []) {
        if (!compileRegex(exported.filePattern).test(this.filename)) continue;
        for (const statement of this.sourceCode.ast.body) {
          let fn: FunctionNode | null = null;
          let name: string | null = null;
          if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration && statement.declaration) {
            const declaration = statement.declaration;
            if (declaration.type === AST_NODE_TYPES.FunctionDeclaration && declaration.id) {
              fn = declaration;
              name = declaration.id.name;
            } else if (declaration.type === AST_NODE_TYPES.VariableDeclaration) {
              for (const declarator of declaration.declarations) {
                if (declarator.id.type === AST_NODE_TYPES.Identifier && declarator.init && isFunctionNode(declarator.init) && exported.exports.includes(declarator.id.name)) {
                  this.addHandler(declarator.init, model, null, false, false, exported.handlerParams);
                }
              }
            }
          } else if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration && isFunctionNode(statement.declaration)) {
            fn = statement.declaration;
            name = 'default';
          }
          // An app-router handler returns a `Response`: its body is the construct's argument, a sink of its own.
          if (fn && name !== null && exported.exports.includes(name)) {
            this.addHandler(fn, model, null, false, false, exported.handlerParams);
          }
        }
      }
    }
  }

  /**
   * Next.js Server Actions (core's `serverActions`): exported async functions of a `'use server'`
   * module, and functions whose body starts with the directive. A file without the directive's
   * text costs one string search.
   */
  private registerServerActions(): void {
    for (const model of this.knowledge.responses) {
      const actions = model.serverActions;
      if (!actions || !this.directives.has(actions.directive)) continue;
      const found: [string, FunctionNode][] = [];
      const body = this.sourceCode.ast.body;
      if (hasDirective(body, actions.directive)) {
        const local = new Map<string, FunctionNode>();
        for (const statement of body) {
          const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement.type === AST_NODE_TYPES.ExportDefaultDeclaration ? null : statement;
          const exported = statement.type === AST_NODE_TYPES.ExportNamedDeclaration;
          if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration && isFunctionNode(statement.declaration)) found.push(['default', statement.declaration]);
          if (declaration?.type === AST_NODE_TYPES.FunctionDeclaration && declaration.id) {
            if (exported) found.push([declaration.id.name, declaration]);
            else local.set(declaration.id.name, declaration);
          } else if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
            for (const declarator of declaration.declarations) {
              if (declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init || !isFunctionNode(declarator.init)) continue;
              if (exported) found.push([declarator.id.name, declarator.init]);
              else local.set(declarator.id.name, declarator.init);
            }
          }
          if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration && !statement.declaration && !statement.source) {
            for (const specifier of statement.specifiers) {
              const fn = specifier.local.type === AST_NODE_TYPES.Identifier ? local.get(specifier.local.name) : undefined;
              if (fn && specifier.exported.type === AST_NODE_TYPES.Identifier) found.push([specifier.exported.name, fn]);
            }
          }
        }
        // Only async functions are actions; a synchronous export is a helper the module shares.
        for (let i = found.length - 1; i >= 0; i--) if (!found[i]![1].async) found.splice(i, 1);
      } else {
        for (const fn of this.findDirectiveFunctions(actions.directive)) found.push([getFunctionName(fn), fn]);
      }
      for (const [name, fn] of found) {
        if (this.handlers.has(fn)) continue;
        const form = new Set<number>();
        fn.params.forEach((param, index) => {
          const annotation = param.type === AST_NODE_TYPES.Identifier ? param.typeAnnotation?.typeAnnotation : undefined;
          if (annotation?.type === AST_NODE_TYPES.TSTypeReference && annotation.typeName.type === AST_NODE_TYPES.Identifier && annotation.typeName.name === actions.body.paramType) form.add(index);
        });
        const callerNames = this.findActionSessionCheck(fn, actions);
        this.handlers.set(fn, { node: fn, model, path: createServerActionPath(name), authenticated: callerNames !== null, ownerScoped: false, returnIsBody: true, params: {}, bodyParams: form, schemaProjects: false, thrownErrors: actions.thrownErrors, callerNames: callerNames ?? new Set() });
        this.hasServerActions = true;
      }
    }
  }

  /** Functions whose body starts with the directive; searched only in files whose text holds it. */
  private findDirectiveFunctions(directive: string): FunctionNode[] {
    const out: FunctionNode[] = [];
    const visit = (node: TSESTree.Node): void => {
      if (isFunctionNode(node) && node.body.type === AST_NODE_TYPES.BlockStatement && hasDirective(node.body.body, directive)) out.push(node);
      forEachChildNode(node, this.sourceCode.visitorKeys, visit);
    };
    visit(this.sourceCode.ast);
    return out;
  }

  /**
   * An action authenticates by reading the session and leaving early without it: `const session =
   * await auth(); if (!session?.user) redirect('/login')` (a return or a throw alike), or a call of
   * the project's `requireUser()` on its own. Returns the session's variables, or null when none guards the action.
   */
  private findActionSessionCheck(fn: FunctionNode, actions: ServerActionModel): ReadonlySet<string> | null {
    if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return null;
    const reader = compileRegex(actions.sessionCallPattern, 'i');
    const isSessionCall = (node: TSESTree.Node | null | undefined): boolean => {
      let current = node ? unwrapExpression(node) : null;
      if (current?.type === AST_NODE_TYPES.AwaitExpression) current = unwrapExpression(current.argument);
      // `(await cookies()).get('session')`: the read is inside the chain.
      while (current?.type === AST_NODE_TYPES.MemberExpression || current?.type === AST_NODE_TYPES.ChainExpression || (current?.type === AST_NODE_TYPES.CallExpression && current.callee.type === AST_NODE_TYPES.MemberExpression)) {
        if (current.type === AST_NODE_TYPES.ChainExpression) current = current.expression;
        else if (current.type === AST_NODE_TYPES.MemberExpression) current = unwrapExpression(current.object);
        else current = unwrapExpression((current.callee as TSESTree.MemberExpression).object);
        if (current.type === AST_NODE_TYPES.AwaitExpression) current = unwrapExpression(current.argument);
      }
      if (current?.type !== AST_NODE_TYPES.CallExpression) return false;
      const name = getCalleeName(current.callee);
      if (name === null) return false;
      const imported = this.imports.get(name);
      for (const entry of actions.sessionCalls) {
        if (entry.callee !== (imported && imported.export !== 'default' && imported.export !== '*' ? imported.export : name)) continue;
        if (entry.module === undefined || imported?.module === entry.module) return true;
      }
      return current.arguments.length === 0 && reader.test(name) && (!imported || /^(\.|@\/|~\/)/.test(imported.module));
    };
    const leaves = (statement: TSESTree.Statement): boolean => {
      if (this.exitsEarly(statement)) return true;
      const last = statement.type === AST_NODE_TYPES.BlockStatement ? statement.body.at(-1) : statement;
      if (last?.type !== AST_NODE_TYPES.ExpressionStatement) return false;
      const expression = last.expression.type === AST_NODE_TYPES.AwaitExpression ? last.expression.argument : last.expression;
      if (expression.type !== AST_NODE_TYPES.CallExpression || expression.callee.type !== AST_NODE_TYPES.Identifier) return false;
      const imported = this.imports.get(expression.callee.name);
      return imported !== undefined && actions.exitCalls.some((exit) => exit.module === imported.module && exit.callee === imported.export);
    };
    const sessions = new Set<string>();
    for (const statement of fn.body.body) {
      if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
        for (const declarator of statement.declarations) {
          if (!isSessionCall(declarator.init)) continue;
          if (declarator.id.type === AST_NODE_TYPES.Identifier) sessions.add(declarator.id.name);
          else if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
            for (const property of declarator.id.properties) if (property.type === AST_NODE_TYPES.Property && property.value.type === AST_NODE_TYPES.Identifier) sessions.add(property.value.name);
          }
        }
      } else if (statement.type === AST_NODE_TYPES.ExpressionStatement && isSessionCall(statement.expression)) {
        const call = unwrapExpression(statement.expression.type === AST_NODE_TYPES.AwaitExpression ? statement.expression.argument : statement.expression);
        if (call.type === AST_NODE_TYPES.CallExpression && /^(require|ensure|verify|validate)/i.test(getCalleeName(call.callee) ?? '')) return sessions;
      } else if (statement.type === AST_NODE_TYPES.IfStatement && leaves(statement.consequent)) {
        const checked = getPresenceCheckedName(statement.test);
        if (checked !== null && sessions.has(checked)) return sessions;
      }
    }
    return null;
  }

  /** GraphQL resolver maps (`{ Query: { user: (_, args, ctx) => … } }`) and tRPC procedures (`publicProcedure.query(…)`). */
  private registerResolversAndProcedures(): void {
    for (const model of this.knowledge.responses) {
      const maps = model.resolverMaps;
      if (maps) {
        for (const node of this.objectLiterals) {
          if (!node.properties.some((p) => p.type === AST_NODE_TYPES.Property && maps.rootTypes.includes(getKeyName(p) ?? ''))) continue;
          for (const typeProperty of node.properties) {
            if (typeProperty.type !== AST_NODE_TYPES.Property || typeProperty.value.type !== AST_NODE_TYPES.ObjectExpression) continue;
            const typeName = getKeyName(typeProperty) ?? '';
            if (!/^[A-Z]/.test(typeName)) continue;
            for (const field of typeProperty.value.properties) {
              if (field.type !== AST_NODE_TYPES.Property) continue;
              const fn = this.resolveFunction(field.value);
              if (!fn) continue;
              this.addHandler(fn, model, `${typeName}.${getKeyName(field) ?? ''}`, false, true, { context: maps.params.context, request: maps.params.args }, new Set(), true);
            }
          }
        }
      }
      const procedures = model.procedures;
      if (procedures) {
        const builder = compileRegex(procedures.builderPattern);
        const protectedPattern = this.knowledge.auth.protectedProcedurePattern ? compileRegex(this.knowledge.auth.protectedProcedurePattern) : null;
        for (const call of this.callSites) {
          const callee = call.callee;
          if (callee.type !== AST_NODE_TYPES.MemberExpression || !procedures.terminals.includes(getPropertyName(callee) ?? '')) continue;
          const fn = call.arguments[0] ? this.resolveFunction(call.arguments[0]) : null;
          if (!fn) continue;
          // The chain's start: `publicProcedure`, `t.procedure`, before any `.input()`/`.use()` call.
          let start: TSESTree.Node = callee.object;
          let authenticated = false;
          while (start.type === AST_NODE_TYPES.CallExpression && start.callee.type === AST_NODE_TYPES.MemberExpression) {
            if (procedures.middlewareMethods.includes(getPropertyName(start.callee) ?? '') && start.arguments.some((a) => this.isAuthMiddleware(a))) authenticated = true;
            start = start.callee.object;
          }
          const startPath = getDottedPath(start);
          if (startPath === null || !builder.test(startPath)) continue;
          const name = startPath.split('.').at(-1) ?? startPath;
          if (protectedPattern?.test(name)) authenticated = true;
          this.addHandler(fn, model, null, authenticated, true, {}, new Set(), true);
        }
      }
    }
  }

  private addHandler(
    fn: FunctionNode,
    model: ResponseModel,
    path: string | null,
    authenticated: boolean,
    returnIsBody: boolean,
    params: HandlerInfo['params'],
    bodyParams: ReadonlySet<number> = new Set(),
    schemaProjects = false,
  ): void {
    // A Next.js route handler that reads the session like a Server Action
    // (`const user = await currentUser(); if (!user) return …`): the same check authenticates it.
    let callerNames = model.serverActions && !authenticated ? this.findActionSessionCheck(fn, model.serverActions) : null;
    const auth = authenticated || callerNames !== null || this.hasSessionCheck(fn, params);
    // `const session = await readSession(); if (!session) return …401`: the project's own session
    // helper; what the handler then reads by `session.clientId` is the caller's own.
    if (auth && callerNames === null) {
      const checked = this.findCheckedSessionName(fn);
      if (checked !== null) callerNames = new Set([checked]);
    }
    const ownerScoped = auth && path !== null && this.knowledge.isOwnerPath(path);
    this.handlers.set(fn, { node: fn, model, path, authenticated: auth, ownerScoped, returnIsBody, params, bodyParams, schemaProjects, ...(callerNames ? { callerNames } : {}) });
  }

  /** A presence check of the session with an early exit: `if (!req.session.userId) return res.sendStatus(401)`. */
  private hasSessionCheck(fn: FunctionNode, params: HandlerInfo['params']): boolean {
    if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return false;
    const names = new Set<string>();
    for (const index of [params.request, params.context]) {
      const param = index === undefined ? undefined : fn.params[index];
      if (param?.type === AST_NODE_TYPES.Identifier) names.add(param.name);
    }
    const sessionTails = this.sessionTails;
    const sessionCalls = this.sessionCalls;
    for (const statement of fn.body.body) {
      if (statement.type === AST_NODE_TYPES.IfStatement && this.exitsEarly(statement.consequent)) {
        const test = this.text(statement.test);
        for (const name of names) {
          if (sessionTails.some((tail) => tail.length > 0 && test.includes(`${name}.${tail}`))) return true;
        }
        if (sessionCalls.some((callee) => test.includes(callee))) return true;
      }
      if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
        // `const session = await getServerSession(); if (!session) return …` is handled by the test text above.
        for (const declarator of statement.declarations) {
          const init = declarator.init ? unwrapExpression(declarator.init) : null;
          if (init?.type === AST_NODE_TYPES.CallExpression) {
            const path = getDottedPath(init.callee) ?? '';
            if (sessionCalls.some((callee) => path === callee || path.endsWith(`.${callee}`)) && declarator.id.type === AST_NODE_TYPES.Identifier) {
              // The session variable's own presence is the check: an empty tail (which the test above skips).
              names.add(declarator.id.name);
              const next = fn.body.body[fn.body.body.indexOf(statement) + 1];
              if (next?.type === AST_NODE_TYPES.IfStatement && this.text(next.test).includes(declarator.id.name) && this.exitsEarly(next.consequent)) return true;
            }
          }
        }
      }
    }
    // `const session = await getSession(); if (!session) return …401`: the project's own session
    // helper, known by the name of what it returns and the unauthorized answer.
    return this.findCheckedSessionName(fn) !== null;
  }

  /** The session-like variable a handler tests for presence before answering 401/403 (`session` of `if (!session) return …`). */
  private findCheckedSessionName(fn: FunctionNode): string | null {
    if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return null;
    for (const statement of fn.body.body) {
      if (statement.type !== AST_NODE_TYPES.IfStatement || !this.exitsEarly(statement.consequent)) continue;
      const checked = getPresenceCheckedName(statement.test);
      if (checked !== null && isSessionLikeName(checked) && this.answersUnauthorized(statement.consequent)) return checked;
    }
    return null;
  }

  /** Whether a branch answers 401/403 (core's unauthorized statuses) or throws an Unauthorized error. */
  private answersUnauthorized(statement: TSESTree.Statement): boolean {
    const statuses = this.knowledge.auth.unauthorizedStatuses ?? [401, 403];
    let found = false;
    const visit = (node: TSESTree.Node): void => {
      if (found) return;
      if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'number' && statuses.includes(node.value)) found = true;
      else if (node.type === AST_NODE_TYPES.Identifier && /^(Unauthorized|Forbidden)/.test(node.name)) found = true;
      else if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string' && /^(UNAUTHORIZED|FORBIDDEN)$/.test(node.value)) found = true;
      if (found || isFunctionNode(node)) return;
      forEachChildNode(node, this.sourceCode.visitorKeys, visit);
    };
    visit(statement);
    return found;
  }

  private exitsEarly(statement: TSESTree.Statement): boolean {
    if (statement.type === AST_NODE_TYPES.ReturnStatement || statement.type === AST_NODE_TYPES.ThrowStatement) return true;
    if (statement.type === AST_NODE_TYPES.BlockStatement) {
      const last = statement.body.at(-1);
      return last !== undefined && (last.type === AST_NODE_TYPES.ReturnStatement || last.type === AST_NODE_TYPES.ThrowStatement);
    }
    return false;
  }

  private hasAuthDecorator(decorators: readonly TSESTree.Decorator[]): boolean {
    return decorators.some((decorator) => {
      const name = getDecoratorName(decorator);
      if (name === null) return false;
      if (name === 'UseGuards') {
        return getDecoratorArguments(decorator).some((argument) => {
          const guard = argument.type === AST_NODE_TYPES.CallExpression ? getCalleeName(argument.callee) : getCalleeName(argument);
          return guard !== null && this.knowledge.matchesGuard(guard);
        });
      }
      return this.knowledge.auth.decorators.includes(name);
    });
  }

  private hasPublicDecorator(decorators: readonly TSESTree.Decorator[]): boolean {
    const names = this.knowledge.auth.publicDecorators ?? [];
    return decorators.some((decorator) => {
      const name = getDecoratorName(decorator);
      return name !== null && names.includes(name);
    });
  }

  /** Middleware that authenticates: `requireAuth`, `passport.authenticate('jwt')`, `[auth, audit]`. */
  private isAuthMiddleware(node: TSESTree.Node): boolean {
    const current = unwrapExpression(node);
    if (current.type === AST_NODE_TYPES.ArrayExpression) return current.elements.some((element) => element !== null && this.isAuthMiddleware(element));
    const target = current.type === AST_NODE_TYPES.CallExpression ? current.callee : current;
    const path = getDottedPath(target);
    if (path === null) return false;
    const name = path.split('.').at(-1) ?? path;
    if (this.knowledge.matchesAuthMiddleware(path) || this.knowledge.matchesAuthMiddleware(name)) return true;
    // The project's own middleware in this file (`requireTenant`): its body turns callers away.
    const local = current.type === AST_NODE_TYPES.CallExpression ? null : this.resolveFunction(current);
    if (local && this.rejectsUnauthenticated(local)) return true;
    const root = path.split('.')[0] ?? path;
    const imported = this.imports.get(root);
    if (imported) {
      const calleeInModule = root === path ? imported.export : `${imported.export === 'default' || imported.export === '*' ? '' : `${imported.export}.`}${path.split('.').slice(1).join('.')}`;
      if ((this.knowledge.auth.moduleMiddleware ?? []).some((m) => m.module === imported.module && (m.callee === calleeInModule || m.callee === path || m.callee === name))) return true;
    }
    return false;
  }

  private readonly rejecting = new Map<FunctionNode, boolean>();

  /**
   * A middleware whose body tests who the caller is and answers 401/403 without them:
   * `if (ctx.session?.tenantId === undefined) ctx.throw(401)`, `if (!req.user) return res.sendStatus(401)`.
   */
  private rejectsUnauthenticated(fn: FunctionNode): boolean {
    const cached = this.rejecting.get(fn);
    if (cached !== undefined) return cached;
    let found = false;
    const visit = (node: TSESTree.Node): void => {
      if (found) return;
      if (node.type === AST_NODE_TYPES.IfStatement && getPresenceCheckedName(node.test) !== null && this.answersUnauthorized(node.consequent)) {
        found = true;
        return;
      }
      if (node !== fn && isFunctionNode(node)) return;
      forEachChildNode(node, this.sourceCode.visitorKeys, visit);
    };
    if (fn.body.type === AST_NODE_TYPES.BlockStatement) visit(fn.body);
    this.rejecting.set(fn, found);
    return found;
  }

  private isImportedFrom(name: string, modules: readonly string[]): boolean {
    const imported = this.imports.get(name);
    // Without an import (a snippet, a global re-export) the conventional name is enough.
    return imported === undefined || modules.includes(imported.module);
  }

  /** The handler a node runs in: the nearest enclosing function that is a handler, or one by convention. */
  getHandler(node: TSESTree.Node): HandlerInfo | null {
    const fn = isFunctionNode(node) ? node : this.enclosingFunction(node);
    return fn ? this.getHandlerAround(fn) : null;
  }

  private readonly handlerAround = new Map<FunctionNode, HandlerInfo | null>();

  /** The handler a function is, or runs inside (a callback in a handler); cached per function. */
  private getHandlerAround(fn: FunctionNode): HandlerInfo | null {
    let info = this.handlerAround.get(fn);
    if (info === undefined) {
      info = this.getHandlerOf(fn);
      if (!info) {
        const outer = this.enclosingFunction(fn);
        info = outer ? this.getHandlerAround(outer) : null;
      }
      this.handlerAround.set(fn, info);
    }
    return info;
  }

  private getHandlerOf(fn: FunctionNode): HandlerInfo | null {
    const registered = this.handlers.get(fn);
    if (registered) return registered;
    if (this.handlerCache.has(fn)) return this.handlerCache.get(fn) ?? null;
    let info: HandlerInfo | null = null;
    // Not seen being registered: recognise a handler by its conventional parameter names.
    for (const model of this.rankModels(this.knowledge.responses)) {
      const roles: ('request' | 'response' | 'context')[] = ['response', 'context'];
      const matched = roles.some((role) => {
        const index = model.handlerParams[role];
        const names = model.handlerParamNames[role];
        const param = index === undefined ? undefined : fn.params[index];
        return names !== undefined && param?.type === AST_NODE_TYPES.Identifier && names.includes(param.name);
      });
      if (!matched) continue;
      const auth = this.hasSessionCheck(fn, model.handlerParams);
      info = { node: fn, model, path: null, authenticated: auth, ownerScoped: false, returnIsBody: false, params: model.handlerParams, bodyParams: new Set(), schemaProjects: false };
      break;
    }
    this.handlerCache.set(fn, info);
    return info;
  }

  // ---------------------------------------------------------------- receivers

  /** Whether an expression is a receiver matching one of the patterns (a logger, an SDK, an app). */
  private matchesReceiver(node: TSESTree.Node, patterns: readonly ReceiverPattern[], derive: readonly string[] = [], depth = 0): boolean {
    if (depth > 4) return false;
    const current = unwrapExpression(node);
    // An identifier's answer depends on its variable only: `logger` is asked about on every line.
    if (current.type === AST_NODE_TYPES.Identifier && depth === 0) {
      const key: object | string = this.findVariable(current) ?? current.name;
      let byKey = this.receiverCache.get(patterns);
      if (!byKey) {
        byKey = new Map();
        this.receiverCache.set(patterns, byKey);
      }
      let answer = byKey.get(key);
      if (answer === undefined) {
        answer = this.matchesReceiverUncached(current, patterns, derive, depth);
        byKey.set(key, answer);
      }
      return answer;
    }
    // A member chain not rooted at `this` (`db.find`, `res.status(404).json`) can only be a global
    // (`window.gtag`) or a property pattern: every other kind needs an identifier, a call or a
    // class field. Most calls are such chains, so rule them out by path before the full match.
    // `this.cache` / `this.logger`: the answer depends only on the dotted path and the class whose
    // fields bind it (`boundInitializer`), so it is asked once per class, path and pattern list.
    if (current.type === AST_NODE_TYPES.MemberExpression && depth === 0 && current.object.type === AST_NODE_TYPES.ThisExpression) {
      const path = getDottedPath(current);
      if (path !== null) {
        let byClass = this.thisReceiverCache.get(patterns);
        if (!byClass) {
          byClass = new Map();
          this.thisReceiverCache.set(patterns, byClass);
        }
        const classBody = getEnclosingClassBody(current);
        let byPath = byClass.get(classBody);
        if (!byPath) {
          byPath = new Map();
          byClass.set(classBody, byPath);
        }
        let answer = byPath.get(path);
        if (answer === undefined) {
          answer = this.matchesReceiverUncached(current, patterns, derive, depth);
          byPath.set(path, answer);
        }
        return answer;
      }
    }
    if (current.type === AST_NODE_TYPES.MemberExpression && !isRootedAtThis(current)) {
      const paths = getReceiverPaths(patterns);
      // Both kinds match on the last name, so look at it before building the dotted path.
      const tail = getPropertyName(current);
      if (tail === null || !paths.tails.has(tail)) return false;
      const path = getDottedPath(current);
      if (path === null || !paths.mayMatch(path)) return false;
    }
    return this.matchesReceiverUncached(current, patterns, derive, depth);
  }

  private matchesReceiverUncached(current: TSESTree.Node, patterns: readonly ReceiverPattern[], derive: readonly string[], depth: number): boolean {
    // `res.status(404)` before `.json(…)`: a call can only be a factory (`pino().info`), whose callee
    // is rooted at an import, or a derivation (`logger.child({…})`). Every other pattern needs a path,
    // which a call has not. Most receivers that are calls are neither: answer before the pattern loop.
    if (current.type === AST_NODE_TYPES.CallExpression && current.callee.type === AST_NODE_TYPES.MemberExpression) {
      const method = getPropertyName(current.callee);
      const root = getChainRoot(current.callee);
      if ((method === null || !derive.includes(method)) && (root?.type !== AST_NODE_TYPES.Identifier || !this.imports.has(root.name))) return false;
    }
    const path = getDottedPath(current);
    for (const pattern of patterns) {
      switch (pattern.kind) {
        case 'global':
          // An injected global keeps its meaning: `fanOut(userId, fetch: typeof globalThis.fetch)`.
          if (path === pattern.path && (!this.isLocallyBound(path.split('.')[0]!, current) || this.isParameter(path.split('.')[0]!, current))) return true;
          break;
        case 'import':
          if (current.type === AST_NODE_TYPES.Identifier) {
            const imported = this.imports.get(current.name);
            if (imported && imported.module === pattern.module && (imported.export === pattern.export || (pattern.export === 'default' && imported.export === '*') || (pattern.export === '*' && imported.export === 'default'))) return true;
          }
          break;
        case 'factory':
          if (this.isFactoryResult(current, pattern)) return true;
          break;
        case 'property':
          if (path !== null && (path === pattern.path || path.endsWith(`.${pattern.path}`))) return true;
          break;
        case 'name': {
          const name = path?.split('.').at(-1);
          if (name !== undefined && path !== null && (current.type === AST_NODE_TYPES.Identifier || path.startsWith('this.')) && compileRegex(pattern.pattern, 'i').test(name)) {
            if (current.type !== AST_NODE_TYPES.Identifier || !this.imports.has(name) || !this.isImportFromKnownNonLogger(name)) return true;
          }
          break;
        }
        case 'type':
          // With type information, a receiver made elsewhere is known by its declared type.
          if (this.types?.hasTypeFrom(current, pattern.module, pattern.name) === true) return true;
          break;
      }
    }
    // A derived receiver: `logger.child({...})`, or a variable bound to one.
    if (current.type === AST_NODE_TYPES.CallExpression && current.callee.type === AST_NODE_TYPES.MemberExpression) {
      const method = getPropertyName(current.callee);
      if (method !== null && derive.includes(method) && this.matchesReceiver(current.callee.object, patterns, derive, depth + 1)) return true;
    }
    const bound = this.boundInitializer(current);
    if (bound && bound !== current) {
      const init = unwrapExpression(bound);
      if (init.type === AST_NODE_TYPES.CallExpression && init.callee.type === AST_NODE_TYPES.MemberExpression) {
        const method = getPropertyName(init.callee);
        if (method !== null && derive.includes(method) && this.matchesReceiver(init.callee.object, patterns, derive, depth + 1)) return true;
      }
      if (init.type === AST_NODE_TYPES.Identifier || init.type === AST_NODE_TYPES.MemberExpression) {
        if (this.matchesReceiver(init, patterns, derive, depth + 1)) return true;
      }
    }
    return false;
  }

  private isImportFromKnownNonLogger(_name: string): boolean {
    return false;
  }

  /** The variable an identifier refers to (the per-name lookups are memoised, see `findTopVariable` and `findVariableNamed`). */
  private findVariable(identifier: TSESTree.Identifier): TSESLint.Scope.Variable | null {
    const name = identifier.name;
    // A name no inner scope declares needs no scope of its own (see `lookUpName`), nor a cache entry.
    const top = this.findTopVariable(name);
    if (top !== undefined) return top;
    // By name from the innermost scope: passing the node would make eslint-utils search every child
    // scope of that scope again, which is quadratic in a module with thousands of functions. Not
    // cached per identifier: the climb to the scope is cheaper than a map entry per node.
    return this.findVariableNamed(this.scopeOf(identifier), name);
  }

  private scopeBlockTypes: ReadonlySet<string> | undefined;
  private readonly topScope: TSESLint.Scope.Scope | null;
  /** Variables by name as seen from the top scope; null without a scope manager. */
  private readonly topNames: Map<string, TSESLint.Scope.Variable | null | typeof INNER_NAME> | null;
  private innerNames: ReadonlySet<string> | undefined;

  /**
   * `findVariableNamed(getScope(node), name)`. A name that no scope below the file's top scope
   * declares resolves the same from every scope (the search climbs through scopes that lack it),
   * so it is looked up from the top scope without finding the node's own scope. Most names asked
   * about are such module bindings and globals (`logger`, `db`, `JSON`).
   */
  private lookUpName(node: TSESTree.Node, name: string): TSESLint.Scope.Variable | null {
    const top = this.findTopVariable(name);
    if (top !== undefined) return top;
    return this.findVariableNamed(this.scopeOf(node), name);
  }

  /**
   * `sourceCode.getScope(node)` for a node other than the Program, without its per-node cache:
   * each node is asked about once here (the callers cache by node or name), so the cache's
   * writes bought nothing. Same climb, same `acquire`, same special case.
   */
  private scopeOf(node: TSESTree.Node): TSESLint.Scope.Scope {
    const manager = this.sourceCode.scopeManager;
    if (!manager || node.type === AST_NODE_TYPES.Program) return this.sourceCode.getScope(node);
    // Only a node of a type that some scope of this file has for its block can own a scope:
    // most ancestors are statements and expressions, asked about without the manager's lookup.
    const blockTypes = (this.scopeBlockTypes ??= new Set(manager.scopes.map((scope) => scope.block.type)));
    for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
      if (!blockTypes.has(current.type)) continue;
      const scope = manager.acquire(current, true);
      if (scope) return scope.type === 'function-expression-name' ? scope.childScopes[0]! : scope;
    }
    return manager.scopes[0]!;
  }

  /**
   * `ASTUtils.findVariable(topScope, name)`, memoised per name; `undefined` when an inner scope
   * declares the name (or there is no scope manager), so the node's own scope decides. One map
   * answers both questions: the names asked about are few and asked about on every line.
   */
  private findTopVariable(name: string): TSESLint.Scope.Variable | null | undefined {
    const topNames = this.topNames;
    if (topNames === null) return undefined;
    let variable = topNames.get(name);
    if (variable === undefined) {
      variable = this.getInnerNames().has(name) ? INNER_NAME : ASTUtils.findVariable(this.topScope!, name);
      topNames.set(name, variable);
    }
    return variable === INNER_NAME ? undefined : variable;
  }

  /** Every name declared in a scope that is not the top scope or above it: these can shadow. */
  private getInnerNames(): ReadonlySet<string> {
    if (!this.innerNames) {
      const outer = new Set<TSESLint.Scope.Scope>();
      for (let scope: TSESLint.Scope.Scope | null = this.topScope; scope; scope = scope.upper) outer.add(scope);
      const names = new Set<string>();
      for (const scope of this.sourceCode.scopeManager?.scopes ?? []) {
        if (outer.has(scope)) continue;
        // `set` maps what `variables` lists (both scope managers define a variable in both): its keys
        // are the names, read without loading each variable object.
        for (const name of scope.set.keys()) names.add(name);
      }
      this.innerNames = names;
    }
    return this.innerNames;
  }

  /**
   * `ASTUtils.findVariable(scope, name)`: a climb through the scopes' own maps, a few steps for the
   * inner names that reach here (a memo per scope cost more in map writes than it saved).
   */
  private findVariableNamed(scope: TSESLint.Scope.Scope, name: string): TSESLint.Scope.Variable | null {
    return ASTUtils.findVariable(scope, name);
  }

  private isParameter(name: string, node: TSESTree.Node): boolean {
    const variable = this.lookUpName(node, name);
    return variable?.defs[0]?.type === 'Parameter';
  }

  private isLocallyBound(name: string, node: TSESTree.Node): boolean {
    if (name === 'this') return false;
    const variable = this.lookUpName(node, name);
    return variable !== null && variable.defs.length > 0;
  }

  /** `const logger = pino()`, `this.logger = new Logger(...)`, `winston.createLogger()`. */
  private isFactoryResult(node: TSESTree.Node, pattern: Extract<ReceiverPattern, { kind: 'factory' }>): boolean {
    const init = this.boundInitializer(node) ?? node;
    const call = unwrapExpression(init);
    if (call.type !== AST_NODE_TYPES.CallExpression && call.type !== AST_NODE_TYPES.NewExpression) return false;
    if (pattern.construct === true && call.type !== AST_NODE_TYPES.NewExpression) return false;
    const calleePath = getDottedPath(call.callee);
    if (calleePath === null) return false;
    const dot = calleePath.indexOf('.');
    const imported = this.imports.get(dot < 0 ? calleePath : calleePath.slice(0, dot));
    if (!imported || imported.module !== pattern.module) return false;
    const restPath = dot < 0 ? '' : calleePath.slice(dot + 1);
    if (pattern.export === 'default' || pattern.export === '*') {
      if (imported.export !== 'default' && imported.export !== '*') return false;
      return restPath === (pattern.path ?? '');
    }
    if (imported.export === pattern.export) return restPath === (pattern.path ?? '');
    // `import * as winston` then `winston.createLogger()` for export `createLogger`.
    return (imported.export === '*' || imported.export === 'default') && restPath === [pattern.export, pattern.path].filter(Boolean).join('.');
  }

  /** The initializer an identifier or `this.x` is bound to, when there is exactly one. */
  private boundInitializer(node: TSESTree.Node): TSESTree.Node | null {
    if (node.type === AST_NODE_TYPES.Identifier) {
      const def = this.findVariable(node)?.defs[0];
      if (def?.node.type === AST_NODE_TYPES.VariableDeclarator && def.node.id.type === AST_NODE_TYPES.Identifier && def.node.init) return def.node.init;
      return null;
    }
    if (node.type === AST_NODE_TYPES.MemberExpression && node.object.type === AST_NODE_TYPES.ThisExpression) {
      const name = getPropertyName(node);
      let current: TSESTree.Node | undefined = node.parent;
      while (current && current.type !== AST_NODE_TYPES.ClassBody) current = current.parent;
      if (!current || name === null) return null;
      for (const member of current.body) {
        if (member.type === AST_NODE_TYPES.PropertyDefinition && getKeyName(member) === name && member.value) return member.value;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- sinks

  private matchSinks(node: TSESTree.Node): readonly SinkSite[] {
    switch (node.type) {
      case AST_NODE_TYPES.CallExpression:
        return this.matchCallSinks(node);
      case AST_NODE_TYPES.NewExpression:
        return this.matchConstructSinks(node);
      case AST_NODE_TYPES.AssignmentExpression:
        return this.matchAssignmentSinks(node);
      case AST_NODE_TYPES.ReturnStatement:
        return node.argument ? this.matchReturnSinks(node, node.argument) : [];
      case AST_NODE_TYPES.ArrowFunctionExpression:
        return node.expression ? this.matchReturnSinks(node.body, node.body, node) : [];
      case AST_NODE_TYPES.ThrowStatement:
        return this.matchThrowSinks(node);
      default:
        return [];
    }
  }

  private matchCallSinks(call: TSESTree.CallExpression): readonly SinkSite[] {
    // Most calls are no sink: the list is allocated for the first site only.
    let sites: SinkSite[] | null = null;
    // The statement-level place is found only for a call that is a sink (most are not).
    let place: TSESTree.Node | null = null;
    const args = call.arguments;
    const matched = this.findCallModel(call);
    if (matched) (sites ??= []).push({ place: (place ??= getChainTop(call)), sink: matched.model.sink, label: this.text(call.callee), data: pickArguments(args, matched.model.args), delivery: matched.delivery });
    const clients = this.getHttpClientCandidates(call);
    for (let i = 0; i < clients.length; i++) {
      const data = this.matchHttpClient(call, clients[i]!);
      if (data) (sites ??= []).push({ place: (place ??= getChainTop(call)), sink: 'third-party', label: this.text(call.callee), data, delivery: this.isMessageToSubject(data) });
    }
    const writes = this.matchResponseWrites(call);
    for (let i = 0; i < writes.length; i++) {
      const write = writes[i]!;
      (sites ??= []).push({ place: (place ??= getChainTop(call)), sink: 'response', label: this.text(call.callee), part: write.part, data: pickArguments(args, write.args) });
    }
    const construct = this.matchResponseConstruct(call);
    if (construct) (sites ??= []).push(construct);
    // `answerLocked(res)`: a local helper that answers through the response it is handed.
    if (sites === null && this.passesFrameworkObject(args)) {
      const fn = this.resolveCallee(call);
      if (fn && !this.handlers.has(fn) && this.functionWritesResponse(fn)) sites = [{ place: (place ??= getChainTop(call)), sink: 'response', label: this.text(call.callee), data: [] }];
    }
    return sites ?? NO_SITES;
  }

  /** Whether an argument is a framework object by name and binding (`res`, `ctx`), checked without a closure per call. */
  private passesFrameworkObject(args: readonly TSESTree.CallExpressionArgument[]): boolean {
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a.type === AST_NODE_TYPES.Identifier && this.getFrameworkNames().has(a.name) && this.getFrameworkRole(a) !== null) return true;
    }
    return false;
  }

  private readonly writesResponse = new Map<FunctionNode, boolean>();

  private functionWritesResponse(fn: FunctionNode): boolean {
    const cached = this.writesResponse.get(fn);
    if (cached !== undefined) return cached;
    this.writesResponse.set(fn, false);
    const result = (this.getCandidatesByFunction().get(fn) ?? []).some((node) => this.safeMatch(node).some((site) => site.sink === 'response'));
    this.writesResponse.set(fn, result);
    return result;
  }

  private readonly callModelMatches = new Map<
    object | string,
    Map<string, { model: CallSinkModel; deliveryMethod: boolean; answer: { readonly model: CallSinkModel; readonly delivery: boolean } } | null>
  >();

  /** The first call-sink model a call matches, and whether it delivers to the data subject. */
  private findCallModel(call: TSESTree.CallExpression): { readonly model: CallSinkModel; readonly delivery: boolean } | null {
    const callee = unwrapExpression(call.callee);
    const method = callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.Identifier ? getPropertyName(callee) : null;
    if (method === null) {
      for (const entry of this.getCallModelCandidates(call)) {
        const match = this.matchCallModel(call, entry);
        if (match) return { model: entry.model, delivery: match.delivery };
      }
      return null;
    }
    // `receiver.method(…)`: which model matches depends only on the receiver's variable and the
    // method (`logger.info` is asked on every line); only a delivery's recipients depend on the call.
    // No model has this method and no called receiver ends in it: no model can match, whatever
    // the receiver is bound to, so skip its scope lookup (`db.find`, `items.push`).
    const index = this.callModelIndex;
    if (!index.byTail.has(method) && !index.receiverCallTails.has(method)) return null;
    const receiver = (callee as TSESTree.MemberExpression).object as TSESTree.Identifier;
    const key: object | string = this.findVariable(receiver) ?? receiver.name;
    let byMethod = this.callModelMatches.get(key);
    if (!byMethod) {
      byMethod = new Map();
      this.callModelMatches.set(key, byMethod);
    }
    let entry = byMethod.get(method);
    if (entry === undefined) {
      entry = null;
      for (const candidate of this.getCallModelCandidates(call)) {
        const match = this.matchCallModel(call, candidate, true);
        if (match) {
          entry = { model: candidate.model, deliveryMethod: match.delivery, answer: { model: candidate.model, delivery: false } };
          break;
        }
      }
      byMethod.set(method, entry);
    }
    if (!entry) return null;
    // Not a delivery method: the same answer for every call (`logger.info` on every line).
    if (!entry.deliveryMethod) return entry.answer;
    return { model: entry.model, delivery: this.isDeliveryToSubject(call, entry.model) };
  }

  /** The call-sink models a call could match, by its method's last name (most calls match none). */
  private getCallModelCandidates(call: TSESTree.CallExpression): readonly CompiledCallModel[] {
    const index = this.callModelIndex;
    const callee = unwrapExpression(call.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      const tail = getPropertyName(callee);
      return (tail === null ? undefined : index.byTailWithReceiverCalls.get(tail)) ?? index.receiverCalls;
    }
    if (callee.type === AST_NODE_TYPES.Identifier) return this.imports.has(callee.name) ? index.all : index.receiverCalls;
    return index.receiverCalls;
  }

  /**
   * Whether a call matches a model. With `deferDelivery`, `delivery` only says that the matched
   * method is a delivery method; the caller then checks the recipients.
   */
  private matchCallModel(call: TSESTree.CallExpression, entry: CompiledCallModel, deferDelivery = false): { delivery: boolean } | null {
    const model = entry.model;
    const callee = unwrapExpression(call.callee);
    // Cheap filter first: most calls are not to any of the model's methods.
    const tails = entry.tails;
    if (callee.type === AST_NODE_TYPES.MemberExpression && !tails.has('') && !tails.has(getPropertyName(callee) ?? '')) return null;
    // `log('x', user)` where `log` is the receiver itself (debug).
    if (entry.callsItself && this.matchesReceiver(callee, model.receivers, model.derive)) return { delivery: false };
    // Every dotted method tried below ends in the callee's own method name.
    if (callee.type === AST_NODE_TYPES.MemberExpression && !tails.has(getPropertyName(callee) ?? '')) return null;
    // A named import of a module-level method: `import { setUser } from '@sentry/node'`.
    if (callee.type === AST_NODE_TYPES.Identifier) {
      const imported = this.imports.get(callee.name);
      const fromModule = imported !== undefined && entry.wholeModules.has(imported.module);
      if (fromModule && model.methods.includes(imported.export)) {
        return { delivery: model.deliveryMethods?.includes(imported.export) === true && this.isDeliveryToSubject(call, model) };
      }
      return null;
    }
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
    // Each split of the callee's first five members into receiver + dotted method, the method
    // growing by one name per step (`info`, then `logger.info`); a computed member ends the splits.
    let current: TSESTree.Node = callee;
    let method = '';
    for (let k = 0; k < 5 && current.type === AST_NODE_TYPES.MemberExpression; k++) {
      const name = getPropertyName(current);
      if (name === null) break;
      method = k === 0 ? name : `${name}.${method}`;
      const receiver: TSESTree.Node = current.object;
      current = receiver;
      const isMethod = entry.methods.has(method);
      const isDelivery = entry.deliveryMethods.has(method);
      if (!isMethod && !isDelivery) continue;
      if (!this.matchesReceiver(receiver, model.receivers, model.derive)) continue;
      if (isDelivery) return { delivery: deferDelivery || this.isDeliveryToSubject(call, model) };
      return { delivery: false };
    }
    return null;
  }

  /** A delivery method whose every recipient is personal data of the subject (their own number or address). */
  private isDeliveryToSubject(call: TSESTree.CallExpression, model: CallSinkModel): boolean {
    const options = call.arguments[0];
    if (options?.type !== AST_NODE_TYPES.ObjectExpression) return false;
    const keys = model.recipientKeys ?? ['to'];
    const recipients = keys.map((key) => this.findProperty(options, key)).filter((n): n is TSESTree.Node => n !== null);
    if (recipients.length === 0) return false;
    return recipients.every((recipient) => {
      const value = this.evaluate(recipient);
      return findCategory(value, 'phone') !== undefined || findCategory(value, 'contact') !== undefined;
    });
  }

  /**
   * A request whose body is a message to the data subject (`{ to: payload.email, subject, text }`
   * to a mail provider's HTTP API): a delivery (policy point 8), as through the provider's SDK,
   * when every recipient is the subject's own address or number.
   */
  private isMessageToSubject(data: readonly TSESTree.Node[]): boolean {
    for (const node of data) {
      const message = this.findMessageObject(node);
      if (!message) continue;
      const keys = message.properties.map((property) => (property.type === AST_NODE_TYPES.Property ? getKeyName(property) : null)).filter((key): key is string => key !== null);
      const recipientKeys = findMessageRecipientKeys(keys);
      if (recipientKeys.length === 0) continue;
      return recipientKeys.every((key) => {
        const recipient = this.findProperty(message, key);
        if (!recipient) return false;
        const value = this.evaluate(recipient);
        return findCategory(value, 'phone') !== undefined || findCategory(value, 'contact') !== undefined;
      });
    }
    return false;
  }

  /** The object literal a request body is built from: itself, `JSON.stringify(literal)`, or a `const` bound to one. */
  private findMessageObject(node: TSESTree.Node): TSESTree.ObjectExpression | null {
    let current = unwrapExpression(node);
    if (current.type === AST_NODE_TYPES.CallExpression && getDottedPath(current.callee) === 'JSON.stringify' && current.arguments[0]) current = unwrapExpression(current.arguments[0]);
    if (current.type === AST_NODE_TYPES.Identifier) {
      const init = this.boundInitializer(current);
      if (init) current = unwrapExpression(init);
    }
    return current.type === AST_NODE_TYPES.ObjectExpression ? current : null;
  }

  /**
   * The HTTP client models a call could match, in model order: for a member call, those with a
   * method of that name or whose client is called through that global path (`window.fetch`).
   */
  private getHttpClientCandidates(call: TSESTree.CallExpression): readonly HttpClientModel[] {
    const models = this.knowledge.httpClients;
    const callee = unwrapExpression(call.callee);
    const index = this.httpClientIndex;
    if (callee.type === AST_NODE_TYPES.Identifier) {
      // A plain call reaches a model only as an import, a bound client, or that model's global (`fetch`).
      if (this.imports.has(callee.name)) return models;
      const init = this.boundInitializer(callee);
      if (init && init !== callee) return models;
      return index.byGlobalName.get(callee.name) ?? NO_CLIENTS;
    }
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return models;
    const tail = getPropertyName(callee);
    const byMethod = tail === null ? undefined : index.byMethod.get(tail);
    if (tail === null || !index.globalTails.has(tail)) return byMethod ?? NO_CLIENTS;
    const path = getDottedPath(callee);
    if (path === null || !index.globalPaths.has(path)) return byMethod ?? NO_CLIENTS;
    return models;
  }

  private matchHttpClient(call: TSESTree.CallExpression, model: HttpClientModel): TSESTree.Node[] | null {
    const callee = unwrapExpression(call.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression && !model.calls.some((c) => c.method === '' || c.method === getPropertyName(callee))) return null;
    // A plain function call is a client only when it is a modelled global (`fetch`) or an import.
    if (callee.type === AST_NODE_TYPES.Identifier && !this.imports.has(callee.name) && !model.receivers.some((r) => r.kind === 'global' && r.path === callee.name)) {
      const init = this.boundInitializer(callee);
      if (!init || init === callee) return null;
    }
    for (const spec of model.calls) {
      let receiver: TSESTree.Node | null = null;
      if (spec.method === '') {
        // Calling the client itself: `fetch(url)`, `axios(config)`, `window.fetch(url)`, never `logger.info(x)`.
        if (callee.type === AST_NODE_TYPES.MemberExpression) {
          const path = getDottedPath(callee);
          if (path === null || !model.receivers.some((r) => r.kind === 'global' && r.path === path)) continue;
        }
        receiver = callee;
      }
      else if (callee.type === AST_NODE_TYPES.MemberExpression && getPropertyName(callee) === spec.method) receiver = callee.object;
      if (!receiver || !this.matchesReceiver(receiver, model.receivers, getDeriveMethods(model))) continue;
      const urlNode = spec.urlKey && call.arguments[spec.urlArg]?.type === AST_NODE_TYPES.ObjectExpression
        ? this.findProperty(call.arguments[spec.urlArg] as TSESTree.ObjectExpression, spec.urlKey)
        : call.arguments[spec.urlArg];
      if (!urlNode || !(this.isExternalUrl(urlNode) || this.hasExternalBase(receiver, model, urlNode))) return null;
      const data: TSESTree.Node[] = [];
      for (const position of spec.dataArgs) {
        if (typeof position === 'number') {
          const argument = call.arguments[position];
          if (argument) data.push(argument);
        } else {
          const options = call.arguments[position.options];
          if (options?.type === AST_NODE_TYPES.ObjectExpression) {
            for (const key of model.dataKeys) {
              const value = this.findProperty(options, key);
              if (value && key === 'headers' && value.type === AST_NODE_TYPES.ObjectExpression) this.pushHeaderData(value, data);
              else if (value) data.push(value);
            }
          } else if (options) {
            data.push(options);
          }
        }
      }
      return data;
    }
    return null;
  }

  /**
   * The headers of an outbound request, without those named as credentials (`Authorization`,
   * `x-api-key`): a key in its own authentication header authenticates the call to the service
   * that issued it, which is its purpose, not a leak (as the analyzer decides). Other headers,
   * the body and the URL stay data.
   */
  private pushHeaderData(headers: TSESTree.ObjectExpression, data: TSESTree.Node[]): void {
    for (const property of headers.properties) {
      if (property.type === AST_NODE_TYPES.SpreadElement) data.push(property.argument);
      else if (this.knowledge.classifyName(getKeyName(property) ?? '') !== 'credential') data.push(property.value);
    }
  }

  /**
   * `vendor.post('screenings', …)` on `const vendor = got.extend({ prefixUrl: 'https://…' })`: a
   * relative URL goes to the origin the derived client was made for.
   */
  private hasExternalBase(receiver: TSESTree.Node, model: HttpClientModel, urlNode: TSESTree.Node): boolean {
    const literal = getStaticString(unwrapExpression(urlNode));
    if (literal !== null && /^[a-z][a-z\d+.-]*:/i.test(literal)) return false;
    const init = receiver.type === AST_NODE_TYPES.Identifier || receiver.type === AST_NODE_TYPES.MemberExpression ? this.boundInitializer(receiver) : null;
    const call = init ? unwrapExpression(init) : null;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    const derive = model.derive?.find((d) => d.method === getPropertyName(call.callee as TSESTree.MemberExpression));
    const options = call.arguments[0];
    if (!derive || options?.type !== AST_NODE_TYPES.ObjectExpression) return false;
    return (derive.baseUrlKeys ?? []).some((key) => {
      const base = this.findProperty(options, key);
      return base !== null && this.isExternalUrl(base);
    });
  }

  private isExternalUrl(node: TSESTree.Node): boolean {
    const current = unwrapExpression(node);
    const literal = getStaticString(current);
    if (literal !== null) return this.knowledge.isExternalUrl({ literal });
    if (current.type === AST_NODE_TYPES.TemplateLiteral) {
      const head = current.quasis[0]?.value.cooked ?? '';
      if (/^[a-z][a-z\d+.-]*:\/\//i.test(head)) return this.knowledge.isExternalUrl({ literal: head });
      const first = current.expressions[0];
      if (first && head === '') return this.isExternalUrl(first);
      return false;
    }
    if (current.type === AST_NODE_TYPES.NewExpression && getCalleeName(current.callee) === 'URL' && current.arguments[0]) {
      return this.isExternalUrl(current.arguments[0]);
    }
    const path = getDottedPath(current);
    if (path !== null) {
      const name = path.split('.').at(-1) ?? path;
      if (this.knowledge.isExternalUrl({ name })) return true;
      const init = current.type === AST_NODE_TYPES.Identifier ? this.boundInitializer(current) : null;
      if (init && init !== current) return this.isExternalUrl(init);
    }
    return false;
  }

  /** `res.json(x)`, `reply.send(x)`, `c.json(x)`, `ctx.cookies.set(k, v)`: writes on a handler's framework object. */
  private matchResponseWrites(call: TSESTree.CallExpression): readonly { part: ResponsePart; args: readonly number[] }[] {
    const callee = unwrapExpression(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return NO_WRITES;
    const method = getPropertyName(callee);
    if (method === null) return NO_WRITES;
    const root = getChainRoot(callee.object);
    if (root?.type !== AST_NODE_TYPES.Identifier || !this.getFrameworkNames().has(root.name)) return NO_WRITES;
    const role = this.getFrameworkRole(root);
    if (!role) return NO_WRITES;
    const path = getDottedPath(callee);
    const below = path === null ? method : afterFirstDot(path);
    for (const model of role.models) {
      let writes: ResponseModel['writes'][number][] | null = null;
      for (const w of model.writes) {
        if (w.on === role.role && (w.method === below || (w.method === method && !w.method.includes('.') && (path === null || below === method)))) (writes ??= []).push(w);
      }
      if (writes) return writes;
    }
    return NO_WRITES;
  }

  /**
   * What a framework identifier is: the response, context or request parameter of a handler,
   * or of any function whose parameter has a conventional name (a wrapper like `send(res, data)`).
   */
  private getFrameworkRole(identifier: TSESTree.Identifier): { role: 'request' | 'response' | 'context'; models: ResponseModel[] } | null {
    const variable = this.findVariable(identifier);
    if (!variable) return null;
    let role = this.frameworkRoles.get(variable);
    if (role === undefined) {
      role = this.getFrameworkRoleUncached(variable, identifier);
      this.frameworkRoles.set(variable, role);
    }
    return role;
  }

  private getFrameworkRoleUncached(variable: TSESLint.Scope.Variable, identifier: TSESTree.Identifier): { role: 'request' | 'response' | 'context'; models: ResponseModel[] } | null {
    const def = variable.defs[0];
    if (!def || def.type !== 'Parameter') return null;
    const fn = def.node as TSESTree.Node;
    if (!isFunctionNode(fn)) return null;
    const index = fn.params.findIndex((param) => this.paramBinds(param, identifier.name));
    if (index < 0) return null;
    const handler = this.getHandlerOf(fn);
    if (handler?.model) {
      for (const role of ['response', 'context', 'request'] as const) {
        if (handler.params[role] === index) return { role, models: [handler.model] };
      }
    }
    const models: ResponseModel[] = [];
    let found: 'request' | 'response' | 'context' | null = null;
    for (const model of this.rankModels(this.knowledge.responses)) {
      for (const role of ['response', 'context', 'request'] as const) {
        if (model.handlerParamNames[role]?.includes(identifier.name)) {
          if (found === null || found === role) {
            found = role;
            models.push(model);
          }
        }
      }
    }
    return found ? { role: found, models } : null;
  }

  private paramBinds(param: TSESTree.Parameter, name: string): boolean {
    if (param.type === AST_NODE_TYPES.Identifier) return param.name === name;
    if (param.type === AST_NODE_TYPES.TSParameterProperty) return param.parameter.type === AST_NODE_TYPES.Identifier && param.parameter.name === name;
    if (param.type === AST_NODE_TYPES.AssignmentPattern) return param.left.type === AST_NODE_TYPES.Identifier && param.left.name === name;
    return false;
  }

  private matchResponseConstruct(call: TSESTree.CallExpression | TSESTree.NewExpression): SinkSite | null {
    const callees = this.constructCallees;
    // The last name first: building the dotted path of every call costs more than the lookup.
    const name = getCalleeName(call.callee);
    if (name === null || !callees.tails.has(name)) return null;
    const path = getDottedPath(call.callee);
    if (path === null || !callees.paths.has(path)) return null;
    const isNew = call.type === AST_NODE_TYPES.NewExpression;
    for (const model of this.knowledge.responses) {
      for (const construct of model.constructs) {
        if (construct.callee !== path || (construct.construct ?? false) !== isNew) continue;
        const root = path.split('.')[0]!;
        if (construct.module !== undefined) {
          const imported = this.imports.get(root);
          if (imported && imported.module !== construct.module) continue;
        } else if (this.isLocallyBound(root, call)) {
          continue;
        }
        const data: TSESTree.Node[] = construct.args.map((i) => call.arguments[i]).filter((n): n is TSESTree.CallExpressionArgument => n !== undefined);
        for (const optionKey of construct.optionKeys ?? []) {
          for (const argument of call.arguments) {
            if (argument.type !== AST_NODE_TYPES.ObjectExpression) continue;
            const value = this.findProperty(argument, optionKey.key);
            if (value) data.push(value);
          }
        }
        return { place: getChainTop(call), sink: 'response', label: path, part: construct.part, data };
      }
    }
    return null;
  }

  private matchConstructSinks(node: TSESTree.NewExpression): SinkSite[] {
    const construct = this.matchResponseConstruct(node);
    return construct ? [construct] : [];
  }

  private matchAssignmentSinks(node: TSESTree.AssignmentExpression): SinkSite[] {
    const left = node.left;
    if (left.type !== AST_NODE_TYPES.MemberExpression) return [];
    const path = getDottedPath(left);
    const root = getChainRoot(left);
    if (path === null || root?.type !== AST_NODE_TYPES.Identifier || !this.getFrameworkNames().has(root.name)) return [];
    const role = this.getFrameworkRole(root);
    if (!role) return [];
    const below = afterFirstDot(path);
    for (const model of role.models) {
      const assignment = model.assignments.find((a) => a.on === role.role && a.property === below);
      if (assignment) {
        const place = node.parent?.type === AST_NODE_TYPES.ExpressionStatement ? node.parent : node;
        return [{ place, sink: 'response', label: path, part: assignment.part, data: [node.right] }];
      }
    }
    return [];
  }

  private matchReturnSinks(place: TSESTree.Node, argument: TSESTree.Node, fnOverride?: FunctionNode): SinkSite[] {
    const fn = fnOverride ?? this.enclosingFunction(place);
    if (!fn) return [];
    const handler = this.handlers.get(fn);
    if (!handler?.returnIsBody) return [];
    return [{ place, sink: 'response', label: 'return', part: 'body', data: [argument] }];
  }

  private matchThrowSinks(node: TSESTree.ThrowStatement): SinkSite[] {
    const argument = node.argument ? unwrapExpression(node.argument) : null;
    if (argument?.type !== AST_NODE_TYPES.NewExpression) return [];
    const className = getCalleeName(argument.callee);
    if (className === null) return [];
    // A Server Action's caller gets the message of any error it throws (only files with actions look).
    if (this.hasServerActions) {
      const thrown = this.getHandler(node)?.thrownErrors;
      if (thrown && compileRegex(thrown.pattern).test(className)) {
        const data: TSESTree.Node[] = thrown.args.map((i) => argument.arguments[i]).filter((n): n is TSESTree.CallExpressionArgument => n !== undefined);
        return [{ place: node, sink: 'response', label: `new ${className}`, part: 'body', data }];
      }
    }
    for (const model of this.knowledge.responses) {
      for (const exception of model.exceptions ?? []) {
        const pattern = compileRegex(exception.pattern);
        const imported = this.imports.get(className);
        const local = !imported && exception.subclasses ? this.getLocalSuperclass(argument.callee) : null;
        // A global class (`Error` for Fastify's default error handler) counts only inside that framework's handlers.
        const global = exception.module === '';
        const inFramework = !global || this.getHandler(node)?.model === model;
        const matches =
          inFramework &&
          ((pattern.test(className) && (imported ? imported.module === exception.module : true)) ||
            (local !== null && pattern.test(local) && (this.imports.get(local)?.module ?? exception.module) === exception.module));
        if (!matches) continue;
        const data: TSESTree.Node[] = exception.args.map((i) => argument.arguments[i]).filter((n): n is TSESTree.CallExpressionArgument => n !== undefined);
        return [{ place: node, sink: 'response', label: `new ${className}`, part: 'body', data }];
      }
    }
    return [];
  }

  private getLocalSuperclass(callee: TSESTree.Node): string | null {
    if (callee.type !== AST_NODE_TYPES.Identifier) return null;
    const variable = this.findVariable(callee);
    const def = variable?.defs[0];
    if (def?.node.type === AST_NODE_TYPES.ClassDeclaration && def.node.superClass) return getCalleeName(def.node.superClass);
    return null;
  }

  // ---------------------------------------------------------------- findings

  private processSite(site: SinkSite): void {
    const handler = site.sink === 'response' || site.sink === 'third-party' ? this.getHandler(site.place) : null;
    if (site.sink === 'response' && this.isInTestOnlyBranch(site.place)) return;
    // `mergeAll` over the data, in order, without the intermediate array.
    let value = EMPTY;
    for (let i = 0; i < site.data.length; i++) value = mergeValues(value, this.evaluateSinkData(site, site.data[i]!));
    if (handler?.outputFields !== undefined && site.label === 'return') value = this.projectOntoSchema(value, handler.outputFields);
    if (!site.delivery) this.reportValue(site, value, handler, site.place);
    // Parameters of enclosing functions that reach this sink make those functions wrappers.
    for (const key of hasParams(value) ? collectParams(value) : []) {
      const [fnId, index] = parseParamKey(key);
      const fn = this.findFunctionById(site.place, fnId);
      if (!fn || this.handlers.has(fn)) continue;
      this.addWrapperSink(fn, index, { sink: site.sink, label: site.label, ...(site.part ? { part: site.part } : {}) });
    }
    if (site.sink === 'response') this.checkStatusBranch(site, handler);
  }

  /**
   * What a code-first GraphQL answer sends of a returned value (policy point 7): only the fields its
   * output class declares. A whole typed record keeps a category when a property carrying it is one
   * of them; a category of the value as a whole, when a field's name carries it.
   */
  private projectOntoSchema(value: Value, outputFields: ReadonlySet<string>): Value {
    const named = this.knowledge.classifyNames([...outputFields]);
    const cats = new Map<CategoryId, Origin>();
    for (const [category, origin] of value.cats) {
      const carrying = origin.fromType && this.types ? this.types.getPropertiesCarrying(origin.node, category, true) : null;
      if (carrying ? carrying.some((name) => outputFields.has(name)) : named.includes(category)) cats.set(category, origin);
    }
    const fields = value.fields ? new Map([...value.fields].filter(([key]) => outputFields.has(key))) : undefined;
    return { cats, ...(fields ? { fields } : {}), ...(value.params ? { params: value.params } : {}) };
  }

  /**
   * The value a sink receives. A class instance answered to the caller loses its class-transformer
   * `@Exclude()` properties: decision 0006 assumes the project registers ClassSerializerInterceptor
   * (globally, in a file this rule cannot see), since `@Exclude()` does nothing without a serializer.
   */
  private evaluateSinkData(site: SinkSite, node: TSESTree.Node): Value {
    const value = this.evaluate(node);
    if (site.sink === 'log') {
      const paths = this.getRedactPaths(node);
      return paths && paths.length > 0 ? this.redactValue(value, paths, []) : value;
    }
    const inner = unwrapExpression(node);
    // A class instance: built here (`new UserEntity(row)`), or an ORM's entity a call returns
    // (`this.repo.findStaffById(id)`, TypeORM and MikroORM return instances); never an object literal.
    if (!this.types || site.sink !== 'response' || !this.isInstanceLike(inner)) return value;
    const kept = this.types.getSerializedCategories(inner);
    if (!kept) return value;
    return removeCategories(value, [...collectCategories(value).keys()].filter((category) => !kept.includes(category)));
  }

  private isInstanceLike(node: TSESTree.Node): boolean {
    if (node.type === AST_NODE_TYPES.NewExpression || node.type === AST_NODE_TYPES.CallExpression) return true;
    if (node.type !== AST_NODE_TYPES.Identifier) return false;
    const init = this.boundInitializer(node);
    return init !== null && init !== node && (unwrapExpression(init).type === AST_NODE_TYPES.CallExpression || unwrapExpression(init).type === AST_NODE_TYPES.NewExpression);
  }

  /**
   * pino `redact` paths of the logger a log call's argument goes to, read from the logger's
   * declaration (another module's too, with type information). Null when unknown.
   */
  private getRedactPaths(argument: TSESTree.Node): readonly string[] | null {
    if (!this.types) return null;
    const call = argument.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.MemberExpression) return null;
    const receiver = unwrapExpression(call.callee.object);
    if (receiver.type !== AST_NODE_TYPES.Identifier) return null;
    const modules = new Set<string>();
    for (const sanitizer of this.knowledge.sanitizers) {
      if (sanitizer.kind !== 'logger-redact') continue;
      for (const model of sanitizer.calls ?? []) if (model.module) modules.add(model.module);
    }
    return this.types.getLoggerRedactPaths(receiver, [...modules]);
  }

  /** Drops the categories a logger's redact paths censor, field by field (`{ body: req.body }` with `body.password`). */
  private redactValue(value: Value, paths: readonly string[], prefix: readonly string[]): Value {
    const cats = new Map<CategoryId, Origin>();
    for (const [category, origin] of value.cats) {
      if (prefix.length > 0 && (isRedactedByPino(paths, prefix) || this.isRedactedBelow(paths, prefix, category, origin))) continue;
      cats.set(category, origin);
    }
    const fields = value.fields ? new Map([...value.fields].map(([key, field]) => [key, this.redactValue(field, paths, [...prefix, key])])) : undefined;
    return { cats, ...(fields ? { fields } : {}), ...(value.params ? { params: value.params } : {}) };
  }

  /** Whether every property of a logged record that carries the category is censored (`body.password` of a login body). */
  private isRedactedBelow(paths: readonly string[], prefix: readonly string[], category: CategoryId, origin: Origin): boolean {
    const carrying = this.types?.getPropertiesCarrying(origin.node, category);
    return carrying !== undefined && carrying !== null && carrying.length > 0 && carrying.every((name) => isRedactedByPino(paths, [...prefix, name]));
  }

  private isInTestOnlyBranch(_node: TSESTree.Node): boolean {
    return false;
  }

  private findFunctionById(node: TSESTree.Node, id: number): FunctionNode | null {
    let current: TSESTree.Node | undefined = node;
    while (current) {
      if (isFunctionNode(current) && this.functionIds.get(current) === id) return current;
      current = current.parent;
    }
    return null;
  }

  private addWrapperSink(fn: FunctionNode, index: number, sink: WrapperSink): void {
    let byParam = this.wrapperSinks.get(fn);
    if (!byParam) {
      byParam = new Map();
      this.wrapperSinks.set(fn, byParam);
    }
    const list = byParam.get(index) ?? [];
    if (!list.some((s) => s.sink === sink.sink && s.part === sink.part)) {
      list.push(sink);
      this.wrapperVersion++;
    }
    byParam.set(index, list);
  }

  /** Reports at each call of a local wrapper the arguments that reach its sinks (policy: wrappers). */
  private processWrapperCalls(): void {
    // Per call, the wrapper sinks already reported through it. A (parameter, sink, part) has one
    // entry object in its function's lists (`addWrapperSink` deduplicates), so the entry stands for it.
    const done = new Map<TSESTree.CallExpression, Set<WrapperSink>>();
    let changed = true;
    for (let round = 0; changed && round < 5; round++) {
      changed = false;
      if (this.wrapperSinks.size === 0) break;
      for (const call of this.callSites) {
        const fn = this.resolveCallee(call);
        const byParam = fn ? this.wrapperSinks.get(fn) : undefined;
        if (!byParam) continue;
        for (const [index, sinks] of byParam) {
          const param = fn!.params[index];
          const args = param?.type === AST_NODE_TYPES.RestElement ? call.arguments.slice(index) : call.arguments.slice(index, index + 1);
          if (args.length === 0) continue;
          for (const sink of sinks) {
            let reported = done.get(call);
            if (!reported) {
              reported = new Set();
              done.set(call, reported);
            }
            if (reported.has(sink)) continue;
            reported.add(sink);
            const before = this.wrapperVersion;
            this.processSite({ place: getChainTop(call), sink: sink.sink, label: `${this.text(call.callee)} → ${sink.label}`, ...(sink.part ? { part: sink.part } : {}), data: args });
            if (this.wrapperVersion !== before) changed = true;
          }
        }
      }
    }
  }

  private reportValue(site: SinkSite, value: Value, handler: HandlerInfo | null, place: TSESTree.Node): void {
    // Only the typed path adds to the map (a copy); without types the flattened value's own map is only read.
    let categories: ReadonlyMap<CategoryId, Origin> = flattenValue(withoutParams(value)).cats;
    // A whole record passed as it is (`res.json(user)`) is named by the expression at the sink.
    if (this.types) {
      const typed = new Map(categories);
      categories = typed;
      for (const data of site.data) {
        const node = unwrapExpression(data);
        if (node.type !== AST_NODE_TYPES.Identifier && node.type !== AST_NODE_TYPES.MemberExpression) continue;
        for (const category of this.types.getCategories(node)) {
          if (typed.get(category)?.fromType) typed.set(category, { expression: this.text(node), node, fromType: true });
        }
      }
    }
    for (const [category, origin] of categories) {
      if (!this.isFinding(category, origin, site, handler)) continue;
      const projection = this.getProjection(site, origin, category);
      this.addFinding({
        node: place,
        category,
        sink: site.sink,
        expression: formatExpression(origin.expression),
        label: site.label,
        kind: 'data',
        fromType: origin.fromType === true,
        ...(projection ? { projection } : {}),
      });
    }
  }

  /** The policy, applied to one category reaching one sink. */
  private isFinding(category: CategoryId, origin: Origin, site: SinkSite, handler: HandlerInfo | null): boolean {
    if (site.sink === 'log') {
      // Policy 3: account status in internal logs is fine; policy 4: a masked number in a log is fine.
      return category !== 'account-status' && category !== 'phone-fragment';
    }
    const authenticated = handler?.authenticated ?? false;
    // Policy 3: only a caller who proved ownership may learn the state (owner scope or a verified password).
    // GraphQL's schema is the projection of a whole record (policy point 7), status fields included.
    if (origin.fromType && handler?.schemaProjects && site.sink === 'response') return false;
    if (category === 'account-status') {
      return (
        !(authenticated && handler?.ownerScoped === true) &&
        !this.isAfterPasswordCheck(site.place, handler) &&
        !this.isCallerRecord(origin, site.place, handler) &&
        !(site.sink === 'response' && this.isCreatedForCaller(origin, handler))
      );
    }
    if (site.sink === 'third-party') return true;
    // Responses. GraphQL's schema is the projection of a whole record (policy point 7).
    if (origin.fromType && handler?.schemaProjects) return false;
    if (category === 'credential') return !(origin.issued === true || this.isIssuedCredential(origin, handler));
    // What the caller has just typed, answered back in the body, tells them nothing new. Status
    // lines and headers are left out (proxies and CDNs log them), and so are thrown errors, whose
    // messages error handlers and trackers record.
    if (site.part === 'body' && site.place.type !== AST_NODE_TYPES.ThrowStatement && this.isEchoedInput(origin, handler)) return false;
    // After a verified password the caller has proven they own the record (a login answering the
    // user's own profile), as for account status (policy points 2 and 3).
    if (this.isCreatedForCaller(origin, handler)) return false;
    if (category === 'phone-fragment') return !authenticated && !this.isCallerRecord(origin, site.place, handler) && !this.isAfterPasswordCheck(site.place, handler);
    return !(authenticated && handler?.ownerScoped === true) && !this.isCallerRecord(origin, site.place, handler) && !this.isAfterPasswordCheck(site.place, handler);
  }

  /**
   * A sign-up answering the account it has just created (`const user = await User.create(body)`):
   * what it holds the caller typed a moment ago, so it is theirs (core's `isSignUpRoute`). Stored
   * credentials are decided before this (a hash stays a finding).
   */
  /** `isSignUpRoute` per route path: asked for every finding candidate, mostly of the same few paths. */
  private readonly signUpPaths = new Map<string, boolean>();

  private isCreatedForCaller(origin: Origin, handler: HandlerInfo | null): boolean {
    if (!handler) return false;
    const path = handler.path ?? this.filename;
    let signUp = this.signUpPaths.get(path);
    if (signUp === undefined) {
      signUp = isSignUpRoute(path);
      this.signUpPaths.set(path, signUp);
    }
    if (!signUp) return false;
    const node = unwrapExpression(origin.node);
    const root = node.type === AST_NODE_TYPES.CallExpression ? null : getChainRoot(node);
    const made = root?.type === AST_NODE_TYPES.Identifier ? this.boundInitializer(root) : node;
    const call = made === null ? null : unwrapExpression(made);
    if (call?.type !== AST_NODE_TYPES.CallExpression && call?.type !== AST_NODE_TYPES.NewExpression) return false;
    const name = call.type === AST_NODE_TYPES.NewExpression ? 'new' : getCalleeName(call.callee);
    return name !== null && CREATING_CALL.test(name) && this.enclosingFunction(call) === handler.node;
  }

  /**
   * Policy point 2 for one value: the record was looked up by the caller's own id
   * (`byId(ctx.state['user'].id)`, core's `ownerKeyPaths`), or the handler answered early unless
   * the record's owner is the caller (`if (order.buyerId !== res.locals.buyerId) return …`).
   * Either proves a session, so the handler is authenticated for that value.
   */
  private isCallerRecord(origin: Origin, place: TSESTree.Node, handler: HandlerInfo | null): boolean {
    if (!handler) return false;
    const node = unwrapExpression(origin.node);
    const root = node.type === AST_NODE_TYPES.CallExpression ? null : getChainRoot(node);
    const lookup = root?.type === AST_NODE_TYPES.Identifier ? this.findLookupOf(root) : node;
    if (lookup.type === AST_NODE_TYPES.CallExpression && lookup.arguments.some((argument) => this.containsOwnerKey(argument) || this.isContextCallerKey(argument, handler))) return true;
    // `findClientById(session.clientId)` after `if (!session) return …401`: keyed only by the session
    // this handler checked, it answers the caller's own record whatever the route's parameters pick
    // (`getBillingAccount(session.orgId, params.id)` also takes what the caller chose: not this).
    if (
      lookup.type === AST_NODE_TYPES.CallExpression &&
      handler.authenticated &&
      lookup.arguments.length > 0 &&
      lookup.arguments.every((argument) => this.isCheckedSession(argument, handler) || argument.type === AST_NODE_TYPES.Literal)
    ) {
      return true;
    }
    // `getBillingAccount(session.orgId)` in an authenticated handler whose route takes no parameter:
    // keyed by the caller's session, it can only answer the caller's own record (as the analyzer decides).
    if (
      lookup.type === AST_NODE_TYPES.CallExpression &&
      handler.authenticated &&
      !this.routeTakesParameters(handler) &&
      lookup.arguments.some((argument) => isCallerExpressionText(this.text(unwrapExpression(argument))) || this.isCheckedSession(argument, handler))
    ) {
      return true;
    }
    if (root?.type !== AST_NODE_TYPES.Identifier || handler.node.body.type !== AST_NODE_TYPES.BlockStatement) return false;
    return handler.node.body.body.some(
      (statement) =>
        statement.type === AST_NODE_TYPES.IfStatement && statement.range[1] <= place.range[0] && this.exitsEarly(statement.consequent) && this.checksOwner(statement.test, root.name),
    );
  }

  /**
   * What a record variable was read by: its initializer, through `const` aliases and destructuring
   * (`const { password_hash, ...profile } = row` after `const row = await findResidentById(…)`).
   * The identifier itself when no initializer is in view.
   */
  private findLookupOf(identifier: TSESTree.Identifier): TSESTree.Node {
    let current: TSESTree.Node = identifier;
    for (let hops = 0; hops < 4 && current.type === AST_NODE_TYPES.Identifier; hops++) {
      const def = this.findVariable(current)?.defs[0];
      const declarator = def?.node.type === AST_NODE_TYPES.VariableDeclarator ? def.node : null;
      if (!declarator?.init) break;
      current = unwrapExpression(declarator.init);
    }
    return current;
  }

  /**
   * `ctx.req.user.authorId` of a GraphQL resolver's `@Context() ctx`: the context holds the request
   * whose `user` the auth guard put there, so the id is the caller's (core's `params.context`).
   */
  private isContextCallerKey(argument: TSESTree.Node, handler: HandlerInfo): boolean {
    const index = handler.params.context;
    if (index === undefined || handler.model?.decorators?.params?.context === undefined) return false;
    const path = getDottedPath(unwrapExpression(argument));
    const dot = path === null ? -1 : path.indexOf('.');
    const param = handler.node.params[index];
    return path !== null && dot > 0 && param !== undefined && this.paramBinds(param, path.slice(0, dot)) && CONTEXT_CALLER_KEY.test(path.slice(dot + 1));
  }

  /** A Server Action's checked session variable or one of its ids: `userId` of `auth()`, `user.id` of `currentUser()`. */
  private isCheckedSession(argument: TSESTree.Node, handler: HandlerInfo): boolean {
    const names = handler.callerNames;
    if (!names || names.size === 0) return false;
    const node = unwrapExpression(argument);
    if (node.type === AST_NODE_TYPES.Identifier) return names.has(node.name);
    const path = getDottedPath(node);
    // `session.userId`, `user.id`, a token's `sub`, or any other id the session names (`session.clientId`).
    return path !== null && /^[\w$]+\.(id|sub|[a-z][\w$]*Id)$/.test(path) && names.has(path.slice(0, path.indexOf('.')));
  }

  /** Whether the caller picks the record through the route: `/users/:id`, `{id}`, or Next.js's `[id]` folders. */
  private routeTakesParameters(handler: HandlerInfo): boolean {
    if (handler.path !== null) return /[:[{*]/.test(handler.path);
    return this.filename.includes('[');
  }

  /** Whether a value is the request body of this very request: `body.email` of `const body = ctx.request.body`, `req.body.phone`, `@Body() dto`. */
  private isEchoedInput(origin: Origin, handler: HandlerInfo | null): boolean {
    if (!handler || origin.fromType) return false;
    const isBody = (node: TSESTree.Node): boolean => {
      const current = unwrapExpression(node);
      const root = getChainRoot(current);
      if (root?.type !== AST_NODE_TYPES.Identifier) return false;
      const index = handler.node.params.findIndex((param) => this.paramBinds(param, root.name));
      if (index < 0) return false;
      if (handler.bodyParams.has(index)) return true;
      const path = current.type === AST_NODE_TYPES.CallExpression ? `${getDottedPath(current.callee) ?? ''}()` : (getDottedPath(current) ?? '');
      const below = path.slice(root.name.length + 1);
      if (index === handler.params.request) return ECHO_REQUEST_PATHS.test(below);
      if (index === handler.params.context) return ECHO_CONTEXT_PATHS.test(below);
      return false;
    };
    // `InviteBody.parse(req.body)`: the request body, validated, is still what the caller sent; so is
    // `email.trim().toLowerCase()` and `searchParams.get('email') ?? ''`.
    const isParsedBody = (node: TSESTree.Node): boolean => {
      const current = unwrapEchoedText(node);
      if (isBody(current)) return true;
      if (current.type !== AST_NODE_TYPES.CallExpression || current.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
      const method = getPropertyName(current.callee);
      const argument = current.arguments[0];
      return method !== null && SCHEMA_PARSES.has(method) && argument !== undefined && isBody(argument);
    };
    return this.isRequestInput(origin.node, handler, isParsedBody, 0);
  }

  /**
   * Whether an expression holds what the request carried: the body itself, a binding made from it
   * (`const { email } = body`), or a helper's parameter that every call in the file feeds from the
   * request (`readLead(await request.json())`).
   */
  private isRequestInput(expression: TSESTree.Node, handler: HandlerInfo, isParsedBody: (node: TSESTree.Node) => boolean, depth: number): boolean {
    if (depth > 4) return false;
    const node = unwrapEchoedText(expression);
    if (isParsedBody(node)) return true;
    const root = getChainRoot(node);
    if (root?.type !== AST_NODE_TYPES.Identifier) return false;
    const def = this.findVariable(root)?.defs[0];
    if (def?.type === 'Variable' && def.node.type === AST_NODE_TYPES.VariableDeclarator && def.node.init) {
      return this.isRequestInput(def.node.init, handler, isParsedBody, depth + 1);
    }
    if (def?.type !== 'Parameter' || !isFunctionNode(def.node) || def.node === handler.node || this.handlers.has(def.node)) return false;
    const fn = def.node;
    const index = fn.params.findIndex((param) => this.paramBinds(param, root.name));
    if (index < 0) return false;
    let calls = 0;
    for (const call of this.callSites) {
      if (this.resolveCallee(call) !== fn) continue;
      const argument = call.arguments[index];
      if (!argument || !this.isRequestInput(argument, handler, isParsedBody, depth + 1)) return false;
      calls++;
    }
    return calls > 0;
  }

  /** Whether a test fails unless `<record>.<field>` equals the caller's id: `!order || order.buyerId !== req.user.id`. */
  private checksOwner(test: TSESTree.Node, record: string): boolean {
    if (test.type === AST_NODE_TYPES.LogicalExpression && test.operator === '||') return this.checksOwner(test.left, record) || this.checksOwner(test.right, record);
    if (test.type !== AST_NODE_TYPES.BinaryExpression || (test.operator !== '!==' && test.operator !== '!=')) return false;
    const rootedAt = (node: TSESTree.Node): boolean => {
      const root = getChainRoot(unwrapExpression(node));
      return node.type !== AST_NODE_TYPES.Identifier && root?.type === AST_NODE_TYPES.Identifier && root.name === record;
    };
    return (rootedAt(test.left) && this.containsOwnerKey(test.right)) || (rootedAt(test.right) && this.containsOwnerKey(test.left));
  }

  /** Whether an expression is, or wraps (`String(…)`), one of core's caller-identifying paths. */
  private containsOwnerKey(node: TSESTree.Node): boolean {
    const current = unwrapExpression(node);
    if (current.type === AST_NODE_TYPES.MemberExpression || current.type === AST_NODE_TYPES.Identifier) {
      return isOwnerKey(this.text(current), this.knowledge.auth.ownerKeyPaths ?? []);
    }
    if (current.type === AST_NODE_TYPES.CallExpression) {
      // `findTravellerById(readCallerId(req))`: a helper of this file that returns the session's id.
      const helper = this.resolveCallee(current);
      if (helper !== null && this.returnsCallerKey(helper)) return true;
      if (current.arguments.length === 1 && current.arguments[0]) return this.containsOwnerKey(current.arguments[0]);
      return false;
    }
    if (current.type === AST_NODE_TYPES.TemplateLiteral && current.expressions.length === 1 && current.expressions[0]) return this.containsOwnerKey(current.expressions[0]);
    return false;
  }

  private readonly callerKeyHelpers = new Map<FunctionNode, boolean>();

  /**
   * Whether every `return` of a local helper gives the caller's id: an owner key (`req.session.userId`),
   * directly or through a `const` (`const id = req.session.userId; … return id`), or a session or
   * caller expression (core's `isCallerExpressionText`). Cached per helper.
   */
  private returnsCallerKey(fn: FunctionNode): boolean {
    let found = this.callerKeyHelpers.get(fn);
    if (found === undefined) {
      // A recursive helper counts as no caller key while it is being decided.
      this.callerKeyHelpers.set(fn, false);
      // The walk collected every function's returned expressions (an arrow's expression body included).
      const returned = this.returns.get(fn) ?? [];
      found = returned.length > 0 && returned.every((expression) => this.isCallerKeyExpression(expression));
      this.callerKeyHelpers.set(fn, found);
    }
    return found;
  }

  private isCallerKeyExpression(node: TSESTree.Node): boolean {
    const current = unwrapExpression(node);
    if (this.containsOwnerKey(current) || isCallerExpressionText(this.text(current))) return true;
    const init = current.type === AST_NODE_TYPES.Identifier ? this.boundInitializer(current) : null;
    return init !== null && (this.containsOwnerKey(init) || isCallerExpressionText(this.text(unwrapExpression(init))));
  }

  private isIssuedCredential(origin: Origin, handler: HandlerInfo | null): boolean {
    const node = unwrapExpression(origin.node);
    const init = node.type === AST_NODE_TYPES.Identifier ? this.boundInitializer(node) : node;
    if (init) {
      // `randomBytes(24).toString('base64url')`: the chain's innermost call made the value.
      for (let call: TSESTree.Node = unwrapExpression(init); call.type === AST_NODE_TYPES.CallExpression || call.type === AST_NODE_TYPES.NewExpression; ) {
        const path = getDottedPath(call.callee);
        if (path !== null && (this.knowledge.matchesIssuanceCall(path) || this.knowledge.matchesIssuanceCall(path.split('.').at(-1)!))) return true;
        const callee = unwrapExpression(call.callee);
        if (callee.type !== AST_NODE_TYPES.MemberExpression) break;
        call = unwrapExpression(callee.object);
      }
    }
    // `created.apiKey` of `const created = await sellers.register(req.body)`: a key of the record
    // the caller has just created is shown to them once; its `passwordHash` never is.
    if (node.type === AST_NODE_TYPES.MemberExpression) {
      const name = getPropertyName(node);
      const object = unwrapExpression(node.object);
      const bound = object.type === AST_NODE_TYPES.Identifier ? this.boundInitializer(object) : null;
      const call = bound ? unwrapExpression(bound) : null;
      if (name !== null && call?.type === AST_NODE_TYPES.CallExpression && isIssuedCredentialName(name, this.knowledge.auth)) {
        const path = getDottedPath(call.callee);
        if (path !== null && (this.knowledge.matchesIssuanceCall(path) || this.knowledge.matchesIssuanceCall(path.split('.').at(-1)!))) return true;
      }
    }
    const onIssuancePath = handler?.path !== undefined && handler.path !== null && this.knowledge.matchesIssuancePath(handler.path);
    // A whole typed record on a login route (`Promise<{ accessToken: string }>`) is issued when every
    // property carrying a credential is one a handler hands out; a user record with a hash is not.
    if (onIssuancePath && origin.fromType && this.types) {
      const carrying = this.types.getPropertiesCarrying(node, 'credential');
      if (carrying && carrying.length > 0 && carrying.every((name) => isIssuedCredentialName(name, this.knowledge.auth))) return true;
    }
    // Decision: on a login, signup or token route a credential the handler obtained (not one the
    // caller sent, not a whole typed record) is the one being issued to the caller.
    if (handler?.path && onIssuancePath && !origin.fromType) {
      const root = getChainRoot(node);
      const index = root?.type === AST_NODE_TYPES.Identifier ? handler.node.params.findIndex((param) => this.paramBinds(param, root.name)) : -1;
      return index < 0 || (index !== handler.params.request && index !== handler.params.context);
    }
    return false;
  }

  private isAfterPasswordCheck(place: TSESTree.Node, handler: HandlerInfo | null): boolean {
    if (!handler || handler.node.body.type !== AST_NODE_TYPES.BlockStatement) return false;
    let first = this.passwordChecks.get(handler.node);
    if (first === undefined) {
      first = this.findFirstPasswordCheck(handler.node.body);
      this.passwordChecks.set(handler.node, first);
    }
    return first < place.range[0];
  }

  /** Where each handler's first password check starts (`Infinity` without one): asked for every response it sends. */
  private readonly passwordChecks = new Map<FunctionNode, number>();

  /**
   * The start of the first call in the body that verifies a password the caller sent
   * (`bcrypt.compare(password, user.passwordHash)`), among the calls the walk collected.
   */
  private findFirstPasswordCheck(body: TSESTree.BlockStatement): number {
    let found = Infinity;
    const [start, end] = body.range;
    const calls = this.callSites;
    for (let i = 0; i < calls.length; i++) {
      const call = calls[i]!;
      const at = call.range[0];
      if (at < start || at >= found || call.range[1] > end) continue;
      const name = getCalleeName(call.callee);
      if (name !== null && VERIFY_CALL.test(name) && call.arguments.some((a) => findCategory(this.evaluate(a), 'credential') !== undefined)) found = at;
    }
    return found;
  }

  /**
   * The enumeration oracle: a response inside a branch on account state that differs from the
   * handler's other responses (`if (user.locked) return res.status(423).json(…)`).
   */
  private checkStatusBranch(site: SinkSite, handler: HandlerInfo | null): void {
    if (!handler || (handler.authenticated && handler.ownerScoped)) return;
    const condition = this.findStatusCondition(site.place, handler.node);
    // One finding per branch: its first response reveals the state.
    if (!condition || this.reportedBranches.has(condition)) return;
    if (this.isAfterPasswordCheck(site.place, handler)) return;
    // `const user = req.user; if (user.suspended) …` behind `passport.authenticate('local')`: the
    // authenticated caller's own state, told to them (decision 0003: owner scope).
    if (handler.authenticated && this.testsCallerState(condition)) return;
    // `if (!user || user.banned || !passwordOk)`: the unknown account takes the same branch, so
    // this answer cannot tell a banned account from one that does not exist.
    if (this.sharesUnknownAccountBranch(condition)) return;
    const signature = this.responseSignature(site.place);
    const others = this.collectHandlerResponses(handler).filter((other) => other !== site.place && !this.findStatusCondition(other, handler.node));
    if (others.some((other) => this.responseSignature(other) === signature)) return;
    this.reportedBranches.add(condition);
    this.addFinding({
      node: site.place,
      category: 'account-status',
      sink: 'response',
      expression: formatExpression(this.text(condition)),
      label: site.label,
      kind: 'status-branch',
      fromType: false,
    });
  }

  /** Whether every account-state member the condition reads belongs to the caller (`req.user.suspended`, or `user` bound to it). */
  private testsCallerState(condition: TSESTree.Node): boolean {
    const roots: TSESTree.Node[] = [];
    const visit = (node: TSESTree.Node): void => {
      const current = unwrapExpression(node);
      if (current.type === AST_NODE_TYPES.MemberExpression) {
        if (this.mentionsAccountStatus(current)) roots.push(current.object);
        return;
      }
      if (current.type === AST_NODE_TYPES.LogicalExpression || current.type === AST_NODE_TYPES.BinaryExpression) {
        visit(current.left);
        visit(current.right);
      } else if (current.type === AST_NODE_TYPES.UnaryExpression) visit(current.argument);
    };
    visit(condition);
    return (
      roots.length > 0 &&
      roots.every((root) => {
        const object = unwrapExpression(root);
        if (isCallerExpressionText(this.text(object))) return true;
        const init = object.type === AST_NODE_TYPES.Identifier ? this.boundInitializer(object) : null;
        return init !== null && init !== object && isCallerExpressionText(this.text(unwrapExpression(init)));
      })
    );
  }

  /** Whether an `||` condition on account state also holds when its record is missing (`!user || user.banned`). */
  private sharesUnknownAccountBranch(condition: TSESTree.Node): boolean {
    if (condition.type !== AST_NODE_TYPES.LogicalExpression || condition.operator !== '||') return false;
    const operands: TSESTree.Node[] = [];
    const flatten = (node: TSESTree.Node): void => {
      if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator === '||') {
        flatten(node.left);
        flatten(node.right);
      } else operands.push(node);
    };
    flatten(condition);
    const isNullish = (side: TSESTree.Node): boolean => (side.type === AST_NODE_TYPES.Literal && side.value === null) || (side.type === AST_NODE_TYPES.Identifier && side.name === 'undefined');
    const absentRecord = (node: TSESTree.Node): string | null => {
      if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!' && node.argument.type === AST_NODE_TYPES.Identifier) return node.argument.name;
      if (node.type === AST_NODE_TYPES.BinaryExpression && (node.operator === '==' || node.operator === '===')) {
        if (isNullish(node.right) && node.left.type === AST_NODE_TYPES.Identifier) return node.left.name;
        if (isNullish(node.left) && node.right.type === AST_NODE_TYPES.Identifier) return node.right.name;
      }
      return null;
    };
    // The missing record must be the one whose state is tested: `!passwordOk || user.banned` is not it.
    const statusRoots = new Set<string>();
    for (const operand of operands) {
      if (!this.mentionsAccountStatus(operand)) continue;
      let tested: TSESTree.Node = operand.type === AST_NODE_TYPES.UnaryExpression ? operand.argument : operand;
      // `creator.deactivatedAt !== null`: the record is on the side that reads the state.
      if (tested.type === AST_NODE_TYPES.BinaryExpression) tested = this.mentionsAccountStatus(tested.left) ? tested.left : tested.right;
      const root = getChainRoot(tested);
      if (root?.type === AST_NODE_TYPES.Identifier) statusRoots.add(root.name);
    }
    return operands.some((operand) => {
      const name = absentRecord(operand);
      return name !== null && statusRoots.has(name);
    });
  }

  private findStatusCondition(node: TSESTree.Node, stop: TSESTree.Node): TSESTree.Node | null {
    let child: TSESTree.Node = node;
    let current = node.parent;
    while (current && current !== stop) {
      if (current.type === AST_NODE_TYPES.IfStatement && child !== current.test && this.mentionsAccountStatus(current.test)) return current.test;
      if (current.type === AST_NODE_TYPES.ConditionalExpression && child !== current.test && this.mentionsAccountStatus(current.test)) return current.test;
      // A `case` on the account state is a state branch; `default` is the unknown account's path.
      if (current.type === AST_NODE_TYPES.SwitchCase && current.test && current.parent?.type === AST_NODE_TYPES.SwitchStatement) {
        if (this.mentionsAccountStatus(current.parent.discriminant) || this.mentionsAccountStatus(current.test)) return current.parent.discriminant;
      }
      if (isFunctionNode(current)) return null;
      child = current;
      current = current.parent;
    }
    return null;
  }

  private readonly statusTests = new Map<TSESTree.Node, boolean>();

  /** Whether a condition reads the account state; cached, since every response in a branch asks. */
  private mentionsAccountStatus(test: TSESTree.Node): boolean {
    let cached = this.statusTests.get(test);
    if (cached === undefined) {
      cached = this.mentionsAccountStatusUncached(test);
      this.statusTests.set(test, cached);
    }
    return cached;
  }

  private mentionsAccountStatusUncached(test: TSESTree.Node): boolean {
    let found = false;
    const visit = (node: TSESTree.Node): void => {
      if (found) return;
      if (node.type === AST_NODE_TYPES.Identifier || node.type === AST_NODE_TYPES.MemberExpression) {
        // A record whose type has a status field is not a test of that field (`if (!user)`).
        const origin = findCategory(this.evaluate(node), 'account-status');
        if (origin && !origin.fromType) {
          found = true;
          return;
        }
      }
      const literal = getStaticString(node);
      if (literal !== null && literal.length < 40 && this.knowledge.classifyName(literal) === 'account-status' && !this.comparesJobState(node)) {
        found = true;
        return;
      }
      if (isFunctionNode(node)) return;
      forEachChildNode(node, this.sourceCode.visitorKeys, visit);
    };
    visit(test);
    return found;
  }

  /**
   * `run?.status !== 'locked'` where the declared type of `run` identifies no person (a payroll
   * run, an order): a job's state compared with a word accounts share (policy point 3).
   */
  private comparesJobState(literal: TSESTree.Node): boolean {
    const comparison = literal.parent;
    if (!this.types || comparison?.type !== AST_NODE_TYPES.BinaryExpression || !['==', '===', '!=', '!=='].includes(comparison.operator)) return false;
    const other = unwrapExpression(comparison.left === literal ? comparison.right : comparison.left);
    // Only a record's own state field (`status`, `state`): `result.reason === 'locked'` names the account's.
    const property = other.type === AST_NODE_TYPES.MemberExpression ? getPropertyName(other) : null;
    return property !== null && isBareStateName(property) && this.types.isNonPersonRecord((other as TSESTree.MemberExpression).object, property);
  }

  private readonly handlerResponses = new Map<FunctionNode, TSESTree.Node[]>();

  private collectHandlerResponses(handler: HandlerInfo): TSESTree.Node[] {
    const cached = this.handlerResponses.get(handler.node);
    if (cached) return cached;
    const result: TSESTree.Node[] = [];
    for (const node of this.getCandidatesByHandler().get(handler.node) ?? []) {
      for (const site of this.safeMatch(node)) if (site.sink === 'response' && !result.includes(site.place)) result.push(site.place);
    }
    this.handlerResponses.set(handler.node, result);
    return result;
  }

  private candidatesByHandler: Map<FunctionNode, TSESTree.Node[]> | undefined;
  private candidatesByFunction: Map<FunctionNode | null, TSESTree.Node[]> | undefined;

  /** Candidates grouped by the handler they run in, computed once (keeps the oracle check linear). */
  private getCandidatesByHandler(): Map<FunctionNode, TSESTree.Node[]> {
    if (this.candidatesByHandler) return this.candidatesByHandler;
    const byHandler = new Map<FunctionNode, TSESTree.Node[]>();
    for (const node of this.candidates) {
      const handler = this.getHandler(node);
      if (!handler) continue;
      const list = byHandler.get(handler.node);
      if (list) list.push(node);
      else byHandler.set(handler.node, [node]);
    }
    this.candidatesByHandler = byHandler;
    return byHandler;
  }

  /** Candidates grouped by their nearest enclosing function. */
  private getCandidatesByFunction(): Map<FunctionNode | null, TSESTree.Node[]> {
    if (this.candidatesByFunction) return this.candidatesByFunction;
    const byFunction = new Map<FunctionNode | null, TSESTree.Node[]>();
    for (const node of this.candidates) {
      const fn = isFunctionNode(node) ? node : this.enclosingFunction(node);
      const list = byFunction.get(fn);
      if (list) list.push(node);
      else byFunction.set(fn, [node]);
    }
    this.candidatesByFunction = byFunction;
    return byFunction;
  }

  private safeMatch(node: TSESTree.Node): readonly SinkSite[] {
    try {
      return this.matchSinks(node);
    } catch (error) {
      this.internalErrors.push(error);
      return [];
    }
  }

  private responseSignature(node: TSESTree.Node): string {
    return this.text(node).replace(/\s+/g, '').replace(/^return/, '');
  }

  private getProjection(site: SinkSite, origin: Origin, category: CategoryId): FlowFinding['projection'] {
    if (!this.types || site.sink !== 'response' || !origin.fromType || category === 'phone-fragment') return undefined;
    const target = unwrapExpression(origin.node);
    if (target.type !== AST_NODE_TYPES.Identifier || !site.data.some((d) => unwrapExpression(d) === target)) return undefined;
    const names = this.types.getPropertyNames(target);
    if (!names) return undefined;
    const keep = names.filter((name) => this.types!.getPropertyCategories(target, name).length === 0);
    return keep.length > 0 && keep.length < names.length ? { target, keep } : undefined;
  }

  private addFinding(finding: FlowFinding): void {
    const key = `${finding.node.range[0]}:${finding.category}:${finding.sink}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.findings.push(finding);
  }

  // ---------------------------------------------------------------- evaluation

  /** The value of an expression: categories, shape and parameter dependencies. Memoised. */
  evaluate(node: TSESTree.Node): Value {
    // A literal carries nothing (and has no declared type to ask about): not worth a cache entry.
    if (node.type === AST_NODE_TYPES.Literal) return EMPTY;
    // Without types, only the nodes a cycle can run through (calls into a local function's summary,
    // members of `this`) and those costly to redo keep a cache entry. An identifier's value is its
    // variable's, which has a cache of its own; an object, an array, an `await` or a template is
    // asked for once by its one consumer, and redoing it costs less than the map write (measured:
    // without types, nearly every such node is evaluated once).
    // A function's returned expression keeps its entry: `returnValue` reads it to tell a finished
    // summary from one still in progress.
    if (this.types === null && isCheapToRedo(node.type) && !isReturned(node)) {
      try {
        return node.type === AST_NODE_TYPES.Identifier ? this.withoutDeletedKeys(node, this.evaluateIdentifier(node)) : this.evaluateUncached(node);
      } catch (error) {
        this.internalErrors.push(error);
        return EMPTY;
      }
    }
    const cached = this.valueCache.get(node);
    // A node still being evaluated (a cycle) counts as empty; the marker saves a set of its own.
    if (cached !== undefined) return cached === IN_PROGRESS ? EMPTY : cached;
    this.valueCache.set(node, IN_PROGRESS);
    let value: Value;
    try {
      value = this.evaluateUncached(node);
      const typed = this.types && this.isTypedCandidate(node) ? this.types.getCategories(node) : NO_CATEGORIES;
      // What a count returns (`const stats = await countTravellers()`) counts records, whatever its type's keys say.
      if (typed.length > 0 && !this.isCountValue(node)) {
        const projection = value.projection;
        for (const category of typed) {
          // An object this file built (`const payload = { holderPhone: maskPhone(p) }`) is known
          // field by field: its type adds only what lies in properties the shape does not cover.
          if (findCategory(value, category) === undefined && !this.coversTypedCategory(node, value, category) && !this.isProjectedOut(node, value, category)) {
            value = mergeValues(value, createSourceValue(category, { expression: this.text(node), node, fromType: true }));
          }
        }
        // The projection still describes the record after the type added what it keeps.
        if (projection !== undefined && value.projection === undefined) value = { ...value, projection };
      }
      if (node.type === AST_NODE_TYPES.Identifier) value = this.withoutDeletedKeys(node, value);
    } catch (error) {
      this.internalErrors.push(error);
      value = EMPTY;
    }
    this.valueCache.set(node, value);
    return value;
  }

  private readonly deletesOf = new Map<TSESLint.Scope.Variable, readonly { readonly key: string; readonly statement: TSESTree.ExpressionStatement }[]>();

  /**
   * The value of a variable read after `delete copy.passwordHash`: without the deleted keys. Only a
   * delete that always runs (not under an `if` or a loop) in the reader's own function, before the
   * read, counts: a sink reached before it, or past a conditional one, still sees the field.
   */
  private withoutDeletedKeys(use: TSESTree.Identifier, value: Value): Value {
    if (isEmptyValue(value) || !this.deletedNames.has(use.name)) return value;
    const variable = this.findVariable(use);
    if (!variable) return value;
    let deletes = this.deletesOf.get(variable);
    if (deletes === undefined) {
      const found: { key: string; statement: TSESTree.ExpressionStatement }[] = [];
      for (const reference of variable.references) {
        const member = reference.identifier.parent;
        if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) continue;
        const operation = member.parent;
        if (operation?.type !== AST_NODE_TYPES.UnaryExpression || operation.operator !== 'delete' || operation.parent?.type !== AST_NODE_TYPES.ExpressionStatement) continue;
        const key = member.computed ? getStaticString(member.property) : getPropertyName(member);
        if (key !== null && isUnconditional(operation.parent)) found.push({ key, statement: operation.parent });
      }
      deletes = found;
      this.deletesOf.set(variable, deletes);
    }
    if (deletes.length === 0) return value;
    const fn = this.enclosingFunction(use);
    const keys = new Set<string>();
    for (const entry of deletes) if (entry.statement.range[1] <= use.range[0] && this.enclosingFunction(entry.statement) === fn) keys.add(entry.key);
    if (keys.size === 0) return value;
    const dropped = this.keyedCategories(value.cats, keys);
    let cats = value.cats;
    if (dropped.length > 0) {
      const next = new Map(value.cats);
      for (const category of dropped) next.delete(category);
      cats = next;
    }
    let fields = value.fields;
    if (fields && [...keys].some((key) => fields!.has(key))) {
      const next = new Map(fields);
      for (const key of keys) next.delete(key);
      fields = next;
    }
    if (cats === value.cats && fields === value.fields) return value;
    return { cats, ...(fields ? { fields } : {}), ...(value.params ? { params: value.params } : {}) };
  }

  /** Whether a query projection the value went through left out every property of its type that carries the category. */
  private isProjectedOut(node: TSESTree.Node, value: Value, category: CategoryId): boolean {
    const projection = value.projection;
    if (projection === undefined) return false;
    const carrying = this.types?.getPropertiesCarrying(node, category, true);
    if (!carrying || carrying.length === 0) return projection.mode === 'allowlist';
    return projection.mode === 'allowlist' ? !carrying.some((name) => projection.keys.has(name)) : carrying.every((name) => projection.keys.has(name));
  }

  private coversTypedCategory(node: TSESTree.Node, value: Value, category: CategoryId): boolean {
    const fields = value.fields;
    if (fields === undefined || fields.size === 0) return false;
    const carrying = this.types?.getPropertiesCarrying(node, category);
    return carrying !== null && carrying !== undefined && carrying.length > 0 && carrying.every((name) => fields.has(name));
  }

  private isTypedCandidate(node: TSESTree.Node): boolean {
    return (
      node.type === AST_NODE_TYPES.Identifier ||
      node.type === AST_NODE_TYPES.MemberExpression ||
      node.type === AST_NODE_TYPES.CallExpression ||
      node.type === AST_NODE_TYPES.AwaitExpression
    );
  }

  private evaluateUncached(node: TSESTree.Node): Value {
    switch (node.type) {
      case AST_NODE_TYPES.Identifier:
        return this.evaluateIdentifier(node);
      case AST_NODE_TYPES.MemberExpression:
        return this.evaluateMember(node);
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
        return this.evaluate(node.expression);
      case AST_NODE_TYPES.AwaitExpression:
        return this.evaluate(node.argument);
      case AST_NODE_TYPES.SpreadElement:
        return this.evaluate(node.argument);
      case AST_NODE_TYPES.TemplateLiteral:
        return flattenValue(mergeAll(node.expressions.map((e) => this.evaluate(e))));
      case AST_NODE_TYPES.BinaryExpression:
        if (node.operator === '+') return flattenValue(mergeValues(this.evaluate(node.left), this.evaluate(node.right)));
        return EMPTY;
      case AST_NODE_TYPES.LogicalExpression:
        if (node.operator === '&&') return this.evaluate(node.right);
        return mergeValues(this.evaluate(node.left), this.evaluate(node.right));
      case AST_NODE_TYPES.ConditionalExpression:
        return this.evaluateConditional(node);
      case AST_NODE_TYPES.SequenceExpression:
        return node.expressions.length > 0 ? this.evaluate(node.expressions.at(-1)!) : EMPTY;
      case AST_NODE_TYPES.AssignmentExpression:
        return this.evaluate(node.right);
      case AST_NODE_TYPES.ObjectExpression:
        return this.evaluateObject(node);
      case AST_NODE_TYPES.ArrayExpression:
        return flattenValue(mergeAll(node.elements.filter((e): e is TSESTree.Expression | TSESTree.SpreadElement => e !== null).map((e) => this.evaluate(e))));
      case AST_NODE_TYPES.CallExpression:
        return this.evaluateCall(node);
      case AST_NODE_TYPES.NewExpression:
        return flattenValue(mergeAll(node.arguments.map((a) => this.evaluate(a))));
      default:
        return EMPTY;
    }
  }

  private evaluateConditional(node: TSESTree.ConditionalExpression): Value {
    let value = mergeValues(this.evaluate(node.consequent), this.evaluate(node.alternate));
    // `user.locked ? 423 : 401`: the value itself reveals the state.
    if (this.text(node.consequent) !== this.text(node.alternate) && this.mentionsAccountStatus(node.test)) {
      value = mergeValues(value, createSourceValue('account-status', { expression: this.text(node.test), node: node.test }));
    }
    return value;
  }

  private evaluateIdentifier(node: TSESTree.Identifier): Value {
    if (node.name === 'undefined') return EMPTY;
    const variable = this.findVariable(node);
    if (!variable || variable.defs.length === 0) return EMPTY;
    return this.evaluateVariable(variable, node);
  }

  private evaluateVariable(variable: TSESLint.Scope.Variable, use: TSESTree.Identifier): Value {
    const cached = this.variableCache.get(variable);
    if (cached !== undefined) return cached === IN_PROGRESS ? EMPTY : cached;
    this.variableCache.set(variable, IN_PROGRESS);
    let value: Value = EMPTY;
    let opaque = false;
    for (const def of variable.defs) {
      if (def.type === 'Variable') {
        const declarator = def.node as TSESTree.VariableDeclarator;
        const loop = declarator.parent?.parent;
        if (!declarator.init && loop && (loop.type === AST_NODE_TYPES.ForOfStatement || loop.type === AST_NODE_TYPES.ForInStatement) && loop.left === declarator.parent) {
          if (loop.type === AST_NODE_TYPES.ForOfStatement) value = mergeValues(value, flattenValue(this.evaluate(loop.right)));
          continue;
        }
        if (declarator.init) {
          const pattern = this.evaluatePattern(declarator.id, def.name as TSESTree.Identifier, this.evaluate(declarator.init), declarator.init);
          value = mergeValues(value, pattern.value);
          opaque ||= pattern.opaque;
        }
      } else if (def.type === 'Parameter') {
        const parameter = this.evaluateParameter(def.node as FunctionNode, def.name as TSESTree.Identifier);
        value = mergeValues(value, parameter.value);
        opaque ||= parameter.opaque;
      }
    }
    // A `const` or an import is written once, by its declaration: its references need no scan
    // (a module's `logger` or `db` has hundreds).
    const rebindable = this.assignedNames.has(variable.name) && variable.defs.some((def) => def.type !== 'ImportBinding' && !(def.type === 'Variable' && def.parent?.type === AST_NODE_TYPES.VariableDeclaration && def.parent.kind === 'const'));
    for (const reference of rebindable ? variable.references : []) {
      // A read has no write expression: that test first spares most references the method call.
      if (!reference.writeExpr || reference.init || !reference.isWrite()) continue;
      const assignment = reference.identifier.parent;
      if (assignment?.type === AST_NODE_TYPES.AssignmentExpression && assignment.left === reference.identifier) {
        value = mergeValues(value, this.evaluate(assignment.right));
        opaque ||= this.isOpaque(assignment.right);
      }
    }
    // The binding's own name is a source when its value is otherwise unknown: `const password = input()`.
    const category = this.knowledge.classifyName(variable.name);
    if (category !== null && opaque && !hasCategories(value)) {
      value = mergeValues(value, createSourceValue(category, { expression: use.name, node: use }));
    }
    this.variableCache.set(variable, value);
    return value;
  }

  /**
   * `{ address }` after `const address = await app.listen()`, `{ email }` after `const email =
   * 'support@example.com'`: a binding made once from a literal or a sanitising call holds no personal
   * data, whatever the key says. (A boolean's key still tells account state: the caller skips this then.)
   */
  private isKnownNonPersonal(node: TSESTree.Node, category: CategoryId): boolean {
    const current = unwrapExpression(node);
    // `birthdayThisMonth: isThisMonth(dateOfBirth)`: a yes or no, never the birth date (a state stays a state).
    if (category !== 'account-status' && this.isBooleanAnswer(current)) return true;
    if (current.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = this.findVariable(current);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (def?.node.type !== AST_NODE_TYPES.VariableDeclarator || !def.node.init) return false;
    if (variable!.references.some((reference) => reference.isWrite() && !reference.init)) return false;
    let init: TSESTree.Node | null = unwrapExpression(def.node.init);
    // `const [authors, banned] = await Promise.all([count(), count()])`: each binding is its element.
    if (def.node.id.type === AST_NODE_TYPES.ArrayPattern) init = getPromiseAllElement(def.node.id, init, current);
    else if (def.node.id.type === AST_NODE_TYPES.ObjectPattern) return this.isCountCall(init);
    else if (def.node.id.type !== AST_NODE_TYPES.Identifier) return false;
    return init !== null && this.isKnownNonPersonalInit(init, category);
  }

  /** A literal, a sanitising call or a digit-free mask; for a conditional, both branches. */
  private isKnownNonPersonalInit(init: TSESTree.Node, category: CategoryId): boolean {
    if (init.type === AST_NODE_TYPES.Literal) return true;
    if (category !== 'account-status' && this.isBooleanAnswer(init)) return true;
    if (init.type === AST_NODE_TYPES.ConditionalExpression) {
      return this.isKnownNonPersonalInit(unwrapExpression(init.consequent), category) && this.isKnownNonPersonalInit(unwrapExpression(init.alternate), category);
    }
    if (init.type !== AST_NODE_TYPES.CallExpression) return false;
    if (this.isDigitMask(init) || this.isCountCall(init)) return true;
    const sanitizer = this.findSanitizer(init);
    // A boolean about an account is its state (`isLocked`); a count of accounts is no account's state.
    return sanitizer !== null && !(category === 'account-status' && sanitizer.id === 'boolean-conversion');
  }

  /** Whether an expression's value cannot be told from the code (a call, a lookup): then its name decides. */
  private isOpaque(node: TSESTree.Node): boolean {
    const current = unwrapExpression(node);
    switch (current.type) {
      case AST_NODE_TYPES.Identifier:
        // `{ ...user, passwordHash: undefined }` clears the field; it reads nothing.
        return current.name !== 'undefined';
      case AST_NODE_TYPES.Literal:
      case AST_NODE_TYPES.TemplateLiteral:
      case AST_NODE_TYPES.ArrowFunctionExpression:
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.ClassExpression:
      case AST_NODE_TYPES.UnaryExpression:
      case AST_NODE_TYPES.UpdateExpression:
      case AST_NODE_TYPES.ObjectExpression:
      case AST_NODE_TYPES.ArrayExpression:
        return false;
      case AST_NODE_TYPES.BinaryExpression:
        return current.operator === '+';
      case AST_NODE_TYPES.CallExpression:
        // A derivation decides the category only of what it derives from: `randomBytes(32).toString('hex')`
        // derives from nothing, so `const token = …` is named by its name.
        return !this.findSanitizer(current) && !this.isDigitMask(current) && !this.isCountCall(current) && !(this.isDerivationCall(current) && this.deriveCall(current) !== null);
      case AST_NODE_TYPES.ConditionalExpression:
        // `row ? row.phone.replace(/\d/g, '•') : '•••'`: known when both branches are.
        return this.isOpaque(current.consequent) || this.isOpaque(current.alternate);
      default:
        return true;
    }
  }

  private evaluatePattern(pattern: TSESTree.Node, target: TSESTree.Identifier, value: Value, init: TSESTree.Node | null): { value: Value; opaque: boolean } {
    switch (pattern.type) {
      case AST_NODE_TYPES.Identifier:
        return pattern === target || pattern.name === target.name ? { value, opaque: init === null || this.isOpaque(init) } : { value: EMPTY, opaque: false };
      case AST_NODE_TYPES.AssignmentPattern: {
        const inner = this.evaluatePattern(pattern.left, target, mergeValues(value, this.evaluate(pattern.right)), init);
        return inner;
      }
      case AST_NODE_TYPES.ArrayPattern: {
        // `const [total, banned] = await Promise.all([count(), count()])`: a binding's opacity is its element's.
        const elements = init === null ? null : getPromiseAllElements(unwrapExpression(init));
        for (let index = 0; index < pattern.elements.length; index++) {
          const element = pattern.elements[index];
          if (!element || !this.containsBinding(element, target)) continue;
          const item = element.type === AST_NODE_TYPES.RestElement ? null : (elements?.[index] ?? null);
          return this.evaluatePattern(element.type === AST_NODE_TYPES.RestElement ? element.argument : element, target, flattenValue(value), item);
        }
        return { value: EMPTY, opaque: false };
      }
      case AST_NODE_TYPES.ObjectPattern: {
        // `const { total, suspended } = await countTravellers()`: what a count returns are counts (core's `isCountCallName`).
        if (init !== null && this.isCountCall(init)) return { value: EMPTY, opaque: false };
        const named: string[] = [];
        for (const property of pattern.properties) {
          if (property.type === AST_NODE_TYPES.Property) {
            const name = getKeyName(property);
            if (name !== null) named.push(name);
          }
        }
        for (const property of pattern.properties) {
          if (!this.containsBinding(property, target)) continue;
          if (property.type === AST_NODE_TYPES.RestElement) {
            // Rest keeps everything the pattern did not name (blacklists remove only what they name).
            const fields = new Map([...(value.fields ?? [])].filter(([key]) => !named.includes(key)));
            const removed = this.keyedCategories(value.cats, new Set(named));
            const kept = removeCategories({ cats: value.cats, ...(value.params ? { params: value.params } : {}) }, removed);
            return { value: { ...kept, fields }, opaque: false };
          }
          const name = getKeyName(property);
          const field = name === null ? flattenValue(value) : this.fieldOf(value, name, property.key, init);
          return this.evaluatePattern(property.value, target, field, null);
        }
        return { value: EMPTY, opaque: false };
      }
      case AST_NODE_TYPES.RestElement:
        return this.evaluatePattern(pattern.argument, target, value, init);
      default:
        return { value: EMPTY, opaque: false };
    }
  }

  private containsBinding(node: TSESTree.Node, target: TSESTree.Identifier): boolean {
    return node.range[0] <= target.range[0] && target.range[1] <= node.range[1];
  }

  /** A field read from a value: the known field, else the property's name decides (`{ password } = body`). */
  private fieldOf(value: Value, name: string, keyNode: TSESTree.Node, container: TSESTree.Node | null): Value {
    let result = value.fields?.get(name) ?? EMPTY;
    if (!value.fields?.has(name)) {
      const category = this.knowledge.classifyName(name);
      if (category !== null) result = mergeValues(result, createSourceValue(category, { expression: container ? `${this.text(container)}.${name}` : name, node: keyNode }));
      // The expression text is sliced only for a name some derivation reads (`countryCode`).
      if (this.derivationsNamed(name).length > 0) result = mergeValues(result, this.deriveProperty(value, name, keyNode, container ? `${this.text(container)}.${name}` : name));
      // Whole-record categories stay with a record read from it: `{ user } = await load()`.
      if (this.types && container) {
        for (const category of this.types.getPropertyCategories(container, name)) {
          if (findCategory(result, category) === undefined) result = mergeValues(result, createSourceValue(category, { expression: `${this.text(container)}.${name}`, node: keyNode, fromType: true }));
        }
      }
    }
    return result;
  }

  private evaluateParameter(fn: FunctionNode, name: TSESTree.Identifier): { value: Value; opaque: boolean } {
    const index = fn.params.findIndex((param) => this.containsBinding(param, name));
    if (index < 0) return { value: EMPTY, opaque: true };
    const param = fn.params[index]!;
    // A callback of an array method or a promise receives the receiver's elements.
    const parent = fn.parent;
    if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === fn && parent.callee.type === AST_NODE_TYPES.MemberExpression) {
      const method = getPropertyName(parent.callee);
      if (method !== null && CALLBACK_METHODS.has(method) && index === 0) {
        return this.evaluatePattern(param, name, flattenValue(this.evaluate(parent.callee.object)), null);
      }
      if (method === 'reduce' && index === 1) return this.evaluatePattern(param, name, flattenValue(this.evaluate(parent.callee.object)), null);
    }
    let value: Value = EMPTY;
    const handler = this.handlers.get(fn);
    // `@Body() dto` of a login, and a GraphQL `signIn(_, args)`: the parameter is the body itself.
    const isBody = handler !== undefined && (handler.bodyParams.has(index) || (handler.schemaProjects && index === handler.params.request));
    const route = isBody ? this.routePathOf(handler) : null;
    if (route !== null && this.knowledge.isCredentialRoute(route)) {
      value = createSourceValue('credential', { expression: name.name, node: name });
    }
    const simple = param.type === AST_NODE_TYPES.Identifier || (param.type === AST_NODE_TYPES.AssignmentPattern && param.left.type === AST_NODE_TYPES.Identifier) || param.type === AST_NODE_TYPES.RestElement || param.type === AST_NODE_TYPES.TSParameterProperty;
    if (simple) value = mergeValues(value, this.getParamValue(fn, index));
    if (!simple) {
      // A destructured parameter: each name decides for itself.
      const result = this.evaluatePattern(param, name, value, null);
      return { value: result.value, opaque: true };
    }
    return { value, opaque: true };
  }

  private readonly paramValues = new Map<FunctionNode, Value[]>();

  /** The symbolic value of a function's parameter, made once per parameter (values are immutable). */
  private getParamValue(fn: FunctionNode, index: number): Value {
    let byIndex = this.paramValues.get(fn);
    if (!byIndex) {
      byIndex = [];
      this.paramValues.set(fn, byIndex);
    }
    let value = byIndex[index];
    if (value === undefined) {
      value = { cats: EMPTY.cats, params: new Set([`${this.functionId(fn)}:${index}`]) };
      byIndex[index] = value;
    }
    return value;
  }

  private evaluateMember(node: TSESTree.MemberExpression): Value {
    const name = getPropertyName(node);
    // `rows.length`, `address.city`: carries nothing whatever the object holds, so the object is not evaluated.
    if (name !== null && this.isConversionProperty(name)) return EMPTY;
    const object = this.evaluate(node.object);
    if (name === null) {
      // `row[key]`, `list[0]`: an element of the value.
      return flattenValue(withoutParams(object));
    }
    let value: Value = object.fields?.get(name) ?? EMPTY;
    if (!object.fields?.has(name)) {
      const category = this.classifyMember(node, name);
      if (category !== null) value = mergeValues(value, createSourceValue(category, { expression: this.text(node), node }));
    }
    if (this.derivationsNamed(name).length > 0) value = mergeValues(value, this.deriveProperty(object, name, node, this.text(node)));
    if (name === 'body' && this.isCredentialRequest(node.object)) {
      value = mergeValues(value, createSourceValue('credential', { expression: this.text(node), node }));
    }
    if (name === 'headers' && !object.fields?.has(name) && isRequestObject(node.object)) {
      // Whole request headers carry the caller's `Authorization` and `Cookie`; a named header
      // (`req.headers['user-agent']`) is read off them and carries only itself.
      value = mergeValues(value, this.requestHeadersValue(node));
    }
    return value;
  }

  /** All of a request's headers (`req.headers`, `c.req.header()`): a record whose secret headers are credentials. */
  private requestHeadersValue(node: TSESTree.Node): Value {
    const base = this.text(node);
    const fields = REQUEST_SECRET_HEADERS.map((header): [string, Value] => [header, createSourceValue('credential', { expression: /^[a-z]+$/.test(header) ? `${base}.${header}` : `${base}['${header}']`, node })]);
    return { cats: new Map(), fields: new Map(fields) };
  }

  /** A property's category, reading its parent's name when the property alone says nothing: `user.status`, `phone.last4`. */
  private classifyMember(node: TSESTree.MemberExpression, name: string): CategoryId | null {
    const own = this.knowledge.classifyName(name);
    if (own !== null || this.knowledge.isIgnoredName(name)) return own;
    const object = unwrapExpression(node.object);
    const parent = object.type === AST_NODE_TYPES.Identifier ? object.name : object.type === AST_NODE_TYPES.MemberExpression ? getPropertyName(object) : null;
    if (parent === null || parent.length === 0) return null;
    return this.knowledge.classifyName(`${parent}${name.charAt(0).toUpperCase()}${name.slice(1)}`);
  }

  private deriveProperty(object: Value, name: string, node: TSESTree.Node, expression: string): Value {
    let value = EMPTY;
    if (this.derivationsNamed(name).length === 0) return value;
    for (const derivation of this.derivationsNamed(name)) {
      if (derivation.kind !== 'property') continue;
      // `parsed.country` of a phone number, not `freelancer.country` of a record whose type has a phone somewhere.
      const origin = object.cats.get(derivation.from);
      if (origin === undefined || origin.fromType === true) continue;
      value = mergeValues(value, createSourceValue(derivation.to, { expression, node }));
    }
    return value;
  }

  /** The derivations an operation name triggers (exact names, and prefixes ending in `*`), cached per name. */
  private derivationsNamed(name: string): readonly DerivationModel[] {
    let found = this.derivationTable.get(name);
    if (!found) {
      found = this.knowledge.derivations.filter((derivation) => derivation.names.some((pattern) => matchesDerivationName(pattern, name)));
      this.derivationTable.set(name, found);
    }
    return found;
  }

  private isConversionProperty(name: string): boolean {
    return this.conversionProperties.has(name);
  }

  /** `req.body` (or `ctx.request.body`) of a handler registered on a login, signup or password route. */
  private isCredentialRequest(node: TSESTree.Node): boolean {
    const root = getChainRoot(node);
    if (root?.type !== AST_NODE_TYPES.Identifier) return false;
    const handler = this.getHandler(node);
    const route = handler ? this.routePathOf(handler) : null;
    if (!handler || route === null || !this.knowledge.isCredentialRoute(route)) return false;
    const path = getDottedPath(node);
    const index = handler.node.params.findIndex((param) => this.paramBinds(param, root.name));
    if (index < 0) return false;
    if (index === handler.params.request) return path === root.name;
    if (index === handler.params.context) return path === `${root.name}.request` || path === `${root.name}.req`;
    return false;
  }

  /**
   * A handler's route path: the registered one, or for a file-routed handler the path its file
   * names (`app/api/auth/login/route.ts` is `/api/auth/login`, `pages/api/signup.ts` is `/api/signup`).
   */
  private routePathOf(handler: HandlerInfo): string | null {
    // A GraphQL resolver (`Mutation.signIn`) is routed by its field.
    if (handler.path !== null && handler.schemaProjects && !handler.path.includes('/')) return `/${handler.path.split('.').at(-1) ?? ''}`;
    if (handler.path !== null) return handler.path;
    const app = /(?:^|\/)app(\/.*)\/route\.[cm]?[jt]sx?$/.exec(this.filename);
    if (app) return app[1]!;
    const pages = /(?:^|\/)pages(\/api\/.*?)(?:\/index)?\.[cm]?[jt]sx?$/.exec(this.filename);
    return pages ? pages[1]! : null;
  }

  private evaluateObject(node: TSESTree.ObjectExpression): Value {
    const fields = new Map<string, Value>();
    let rest: Value = EMPTY;
    // Spreads whose whole-record categories a later key may override (`{ ...user, passwordHash: undefined }`).
    let spreads: { readonly node: TSESTree.Node; readonly cats: Value['cats']; readonly later: Set<string> }[] | null = null;
    for (const property of node.properties) {
      if (property.type === AST_NODE_TYPES.SpreadElement) {
        const spread = this.evaluate(property.argument);
        for (const [key, field] of spread.fields ?? []) fields.set(key, field);
        if (spread.cats.size > 0) (spreads ??= []).push({ node: property.argument, cats: spread.cats, later: new Set() });
        rest = mergeValues(rest, { cats: spread.cats, ...(spread.params ? { params: spread.params } : {}) });
        continue;
      }
      if (isFunctionNode(property.value)) continue;
      const name = getKeyName(property);
      if (name !== null && spreads !== null) for (const spread of spreads) spread.later.add(name);
      let value = this.evaluate(property.value);
      if (name === null) {
        rest = mergeValues(rest, flattenValue(value));
        continue;
      }
      const category = this.knowledge.classifyName(name);
      if (category !== null && !hasCategories(value) && this.isOpaque(property.value) && !this.isKnownNonPersonal(property.value, category)) {
        value = mergeValues(value, createSourceValue(category, { expression: this.text(property.value), node: property.value }));
      }
      fields.set(name, value);
    }
    if (spreads !== null) {
      // A later key replaces what a spread brought under that key: only categories no key left standing are dropped.
      let cats: Value['cats'] | null = null;
      for (const spread of spreads) {
        if (spread.later.size === 0) continue;
        for (const category of this.keyedCategories(spread.cats, spread.later)) {
          if (spreads.some((other) => other !== spread && other.cats.has(category) && !this.keyedCategories(other.cats, other.later).includes(category))) continue;
          const next: Map<CategoryId, Origin> = new Map(cats ?? rest.cats);
          next.delete(category);
          cats = next;
        }
      }
      if (cats !== null) rest = { cats, ...(rest.params ? { params: rest.params } : {}) };
    }
    return { cats: rest.cats, fields, ...(rest.params ? { params: rest.params } : {}) };
  }

  /**
   * The whole-value categories that lie entirely under the given keys: for a typed record, every
   * property of its type that carries the category is among them; otherwise a key is named by it
   * (`password` for the credential of a login body), as for a denylist.
   */
  private keyedCategories(cats: Value['cats'], keys: ReadonlySet<string>): CategoryId[] {
    const result: CategoryId[] = [];
    for (const [category, origin] of cats) {
      if (origin.fromType) {
        // The record may sit in an array or a promise (`rows.map(({ bank, ...rest }) => rest)`).
        const carrying = this.types?.getPropertiesCarrying(origin.node, category, true);
        if (carrying && carrying.length > 0 && carrying.every((name) => keys.has(name))) result.push(category);
      } else {
        for (const key of keys) {
          if (this.knowledge.classifyName(key) === category) {
            result.push(category);
            break;
          }
        }
      }
    }
    return result;
  }

  private evaluateCall(node: TSESTree.CallExpression): Value {
    const callee = unwrapExpression(node.callee);
    // A helper whose body is in view is analysed, not trusted by its name.
    const local = this.resolveCallee(node);
    if (local) return this.applySummary(local, node);
    if (this.isDigitMask(node) || this.isCountCall(node)) return EMPTY;
    const derived = this.deriveCall(node);
    const sanitizer = this.findSanitizer(node);
    const sanitized = sanitizer ? this.applySanitizer(sanitizer, node, derived) : null;
    if (sanitized) return sanitized;
    if (derived) return derived;
    // `c.req.header()` without a name: every request header, the caller's `Authorization` and `Cookie` among them.
    if (node.arguments.length === 0 && callee.type === AST_NODE_TYPES.MemberExpression && isRequestObject(callee.object)) {
      const method = getPropertyName(callee);
      if (method === 'header' || method === 'headers' || method === 'getHeaders') return this.requestHeadersValue(node);
    }
    // The dotted path is built only when its last name can end a serializer's (`stringify`).
    const tail = getCalleeName(callee);
    const path = tail !== null && SERIALIZER_TAILS.has(tail) ? getDottedPath(callee) : null;
    const root = path !== null && SERIALIZERS.has(path) ? beforeFirstDot(path) : '';
    if (path !== null && SERIALIZERS.has(path) && (!this.isLocallyBound(root, node) || /^(node:)?util$/.test(this.imports.get(root)?.module ?? ''))) {
      return path === 'Object.assign' ? mergeAll(node.arguments.map((a) => this.evaluate(a))) : this.evaluateArguments(node);
    }
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      const method = getPropertyName(callee);
      if (method === null) return EMPTY;
      // A loose schema from another module (`MeSchema.parse(user)`): the whole input comes back.
      if (method !== null && SCHEMA_PARSES.has(method) && node.arguments[0] !== undefined && this.types?.isLooseZodSchema(callee.object) === true) {
        return this.evaluate(node.arguments[0]);
      }
      // `await request.json()`, `c.req.json()`: the body of a login, sign-up or password change is a credential as a whole.
      if (BODY_READERS.has(method) && this.isCredentialRequest(callee.object)) return createSourceValue('credential', { expression: this.text(node), node });
      // The receiver is evaluated only by the branches that read it: most method calls answer nothing.
      // `.select('-password').lean()`: a query builder's next step returns the same documents.
      if (QUERY_CHAIN.has(method)) return this.evaluate(callee.object);
      if (method === 'map' || method === 'flatMap' || method === 'then') {
        const fn = node.arguments[0] && isFunctionNode(node.arguments[0]) ? node.arguments[0] : null;
        if (!fn) return method === 'then' ? this.evaluate(callee.object) : EMPTY;
        return flattenValue(withoutParamsOf(this.returnValue(fn), this.functionId(fn)));
      }
      if (STRING_METHODS.has(method) || method === 'slice' || method === 'substring' || method === 'substr') {
        const base = flattenValue(this.evaluate(callee.object));
        return method === 'concat' || method === 'join' ? mergeValues(base, this.evaluateArguments(node)) : base;
      }
    }
    return EMPTY;
  }

  /** Every argument's categories as one string value (no closure per evaluated call). */
  private evaluateArguments(node: TSESTree.CallExpression): Value {
    return flattenValue(mergeAll(node.arguments.map((a) => this.evaluate(a))));
  }

  private readonly sanitizerOf = new Map<TSESTree.CallExpression, SanitizerModel | null>();

  /** The sanitizer a call applies; memoised, since evaluation and the opacity test both ask. */
  private findSanitizer(node: TSESTree.CallExpression): SanitizerModel | null {
    let found = this.sanitizerOf.get(node);
    if (found === undefined) {
      found = this.findSanitizerUncached(node);
      this.sanitizerOf.set(node, found);
    }
    return found;
  }

  private findSanitizerUncached(node: TSESTree.CallExpression): SanitizerModel | null {
    const name = getCalleeName(node.callee);
    // A hash chain: `createHash('sha256').update(email).digest('hex')`.
    let root: TSESTree.Node = node;
    while (root.type === AST_NODE_TYPES.CallExpression && root.callee.type === AST_NODE_TYPES.MemberExpression && root.callee.object.type === AST_NODE_TYPES.CallExpression) {
      root = root.callee.object;
    }
    const rootName = root !== node && root.type === AST_NODE_TYPES.CallExpression ? getCalleeName(root.callee) : null;
    if (name === null && rootName === null) return null;
    const index = this.sanitizerIndex;
    const byName = name === null ? undefined : index.byTail.get(name);
    // Default exports are called by their local name, so they sit under `*`: only a callee rooted at an import can be one.
    const calleeRoot = name === null ? null : getChainRoot(node.callee);
    const byDefault = calleeRoot?.type === AST_NODE_TYPES.Identifier && this.imports.has(calleeRoot.name) ? index.byTail.get('*') : undefined;
    const byRoot = rootName === null ? undefined : index.byTail.get(rootName);
    // Most calls have no candidate at all: the list is built only when one exists.
    if (byName !== undefined || byDefault !== undefined || byRoot !== undefined) {
      const path = getDottedPath(node.callee);
      const rootPath = rootName === null ? null : getDottedPath((root as TSESTree.CallExpression).callee);
      // The three lists in this order, without concatenating them (`*` has entries for every call).
      for (const list of [byName, byDefault, byRoot]) {
        if (list === undefined) continue;
        for (const { sanitizer, call } of list) {
          if (call.module === 'zod') {
            if (name === call.callee && this.isZodSchema(node.callee)) return sanitizer;
            continue;
          }
          // `slice(0, 2)` is no card's last four but an IBAN's country: each truncation by its own bounds.
          if (sanitizer.kind === 'truncate' && !this.keepsAtMost(node, sanitizer.keeps ?? { from: 'end', length: 4 })) continue;
          // `find({ select: … })` projects; `rows.find((row) => …)` is the array method of the same name.
          if (call.module === undefined && sanitizer.optionKeys !== undefined && !hasOptionKey(node, sanitizer.optionKeys)) continue;
          if (path !== null && this.matchesCallee(path, call)) return sanitizer;
          // A method of any receiver, also on a chain that has calls in it (`findById(id).select('-password')`).
          if (path === null && call.module === undefined && !call.callee.includes('.') && name === call.callee && unwrapExpression(node.callee).type === AST_NODE_TYPES.MemberExpression) return sanitizer;
          if (rootPath !== null && call.chain && this.matchesCallee(rootPath, call)) return sanitizer;
        }
      }
    }
    return name === null ? null : findSanitizerByName(index, name);
  }

  /** `bcrypt.hash` for `{ module: 'bcrypt', callee: 'hash' }`: the root is imported from the module, or the callee is the named import. */
  private matchesCallee(path: string, call: { readonly module?: string; readonly callee: string }): boolean {
    if (call.module === undefined) return path === call.callee || path.endsWith(`.${call.callee}`);
    // Asked for every candidate of every call: the root by index, not by splitting the path.
    const dot = path.indexOf('.');
    const root = dot < 0 ? path : path.slice(0, dot);
    const imported = this.imports.get(root);
    if (!imported) return false;
    const module = call.module;
    if (imported.module !== module && imported.module !== (module.startsWith('node:') ? module.slice(5) : module) && `node:${imported.module}` !== module) return false;
    const rest = dot < 0 ? '' : path.slice(dot + 1);
    if (imported.export === 'default' || imported.export === '*') return rest === call.callee || (call.callee === 'default' && rest === '') || `${root}.${rest}` === call.callee;
    return rest === '' && imported.export === call.callee;
  }

  /** The receiver of `.parse` is a zod object schema: `const UserDto = z.object({...})`. */
  private isZodSchema(callee: TSESTree.Node): boolean {
    const current = unwrapExpression(callee);
    if (current.type !== AST_NODE_TYPES.MemberExpression) return false;
    const schema = this.zodSchemaChain(current.object);
    return schema !== null;
  }

  private zodSchemaChain(node: TSESTree.Node): TSESTree.CallExpression | null {
    let current = unwrapExpression(node);
    if (current.type === AST_NODE_TYPES.Identifier) current = unwrapExpression(this.boundInitializer(current) ?? current);
    const root = getChainRoot(current);
    if (root?.type !== AST_NODE_TYPES.Identifier || this.imports.get(root.name)?.module !== 'zod') return null;
    return current.type === AST_NODE_TYPES.CallExpression ? current : null;
  }

  /** The sanitised value, or null when the call does not meet the sanitizer's condition. */
  private applySanitizer(sanitizer: SanitizerModel, node: TSESTree.CallExpression, derived: Value | null): Value | null {
    const callee = unwrapExpression(node.callee);
    // A projection without keys the engine can read (`JSON.stringify(x, null, 2)`) projects nothing.
    if (sanitizer.kind === 'projection') return this.applyProjection(sanitizer, node);
    const receiverValue = callee.type === AST_NODE_TYPES.MemberExpression ? this.evaluate(callee.object) : EMPTY;
    const input = derived ?? mergeValues(mergeAll(node.arguments.map((a) => this.evaluate(a))), receiverValue);
    // A sanitised value no longer depends on what was passed in.
    return withoutParams(removeCategories(input, sanitizer.removes));
  }

  private readonly predicateNames = new Map<string, boolean>();

  /**
   * A call that answers yes or no: named as a predicate (core's `isPredicateCallName`, cached per
   * name), or typed `boolean` when types are at hand.
   */
  private isBooleanAnswer(node: TSESTree.Node): boolean {
    const call = node.type === AST_NODE_TYPES.AwaitExpression ? unwrapExpression(node.argument) : node;
    if (call.type !== AST_NODE_TYPES.CallExpression) return false;
    const name = getCalleeName(call.callee);
    if (name !== null) {
      let predicate = this.predicateNames.get(name);
      if (predicate === undefined) {
        predicate = isPredicateCallName(name);
        this.predicateNames.set(name, predicate);
      }
      if (predicate) return true;
    }
    return this.types?.isBoolean(call) === true;
  }

  private readonly countNames = new Map<string, boolean>();

  /** A call named for counting (`await countTravellers()`, `getUserCount()`); the name test is cached per name. */
  private isCountCall(node: TSESTree.Node): boolean {
    const current = unwrapExpression(node);
    if (current.type !== AST_NODE_TYPES.CallExpression) return false;
    const name = getCalleeName(current.callee);
    if (name === null) return false;
    let counts = this.countNames.get(name);
    if (counts === undefined) {
      counts = isCountCallName(name);
      this.countNames.set(name, counts);
    }
    return counts;
  }

  /** A count call, or a binding made once from one. */
  private isCountValue(node: TSESTree.Node): boolean {
    return this.isCountCall(node) || (node.type === AST_NODE_TYPES.Identifier && this.isCountCall(this.boundInitializer(node) ?? node));
  }

  /** `value.replace(/\d/g, '•')`: every digit replaced by a constant, so no digit is left (policy point 4). */
  private isDigitMask(node: TSESTree.CallExpression): boolean {
    const callee = unwrapExpression(node.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    const method = getPropertyName(callee);
    if (method !== 'replace' && method !== 'replaceAll') return false;
    const [pattern, replacement] = node.arguments;
    if (pattern?.type !== AST_NODE_TYPES.Literal || !('regex' in pattern) || !pattern.regex) return false;
    const constant = replacement === undefined ? null : getStaticString(replacement);
    return constant !== null && isDigitFreeMask(pattern.regex.pattern, pattern.regex.flags, constant);
  }

  /** `slice(-4)`, `substr(-4)`, `at(-1)` for a last-four truncation; `slice(0, 2)` for one that keeps the start: literal bounds only. */
  private keepsAtMost(node: TSESTree.CallExpression, keeps: NonNullable<SanitizerModel['keeps']>): boolean {
    const [first, second] = node.arguments;
    const literal = (argument: TSESTree.Node | undefined): number | null => (argument?.type === AST_NODE_TYPES.Literal && typeof argument.value === 'number' ? argument.value : null);
    if (keeps.from === 'start') {
      const end = literal(second);
      return node.arguments.length === 2 && literal(first) === 0 && end !== null && end <= keeps.length;
    }
    return (
      node.arguments.length === 1 &&
      first?.type === AST_NODE_TYPES.UnaryExpression &&
      first.operator === '-' &&
      literal(first.argument) !== null &&
      (literal(first.argument) as number) <= keeps.length
    );
  }

  private applyProjection(sanitizer: SanitizerModel, node: TSESTree.CallExpression): Value | null {
    const query = this.applyQueryProjection(sanitizer, node);
    if (query !== undefined) return query;
    const callee = unwrapExpression(node.callee);
    let keys: string[] | null;
    let source: Value;
    let container: TSESTree.Node | null;
    if (sanitizer.calls?.some((c) => c.module === 'zod') && callee.type === AST_NODE_TYPES.MemberExpression) {
      const chain = this.zodSchemaChain(callee.object);
      if (!chain) return null;
      const chainText = this.text(chain);
      if ((sanitizer.keepsAll ?? []).some((name) => chainText.includes(name.includes('.') ? name : `.${name}(`))) {
        return node.arguments[0] ? this.evaluate(node.arguments[0]) : EMPTY;
      }
      const shape = chain.arguments.find((a): a is TSESTree.ObjectExpression => a.type === AST_NODE_TYPES.ObjectExpression);
      keys = shape ? shape.properties.map((p) => (p.type === AST_NODE_TYPES.Property ? getKeyName(p) : null)).filter((k): k is string => k !== null) : null;
      container = node.arguments[0] ?? null;
      source = container ? this.evaluate(container) : EMPTY;
    } else {
      keys = this.projectionKeys(node);
      container = node.arguments[0] ?? null;
      source = container ? this.evaluate(container) : EMPTY;
    }
    if (!keys) return null;
    const fields = new Map<string, Value>();
    if (sanitizer.mode === 'denylist') {
      for (const [key, field] of source.fields ?? []) if (!keys.includes(key)) fields.set(key, field);
      const removed = keys.map((k) => this.knowledge.classifyName(k)).filter((c): c is CategoryId => c !== null);
      return { ...removeCategories({ cats: source.cats }, [...new Set(removed)]), fields };
    }
    for (const key of keys) fields.set(key, this.fieldOf(source, key, node, container));
    return { cats: new Map(), fields };
  }

  /**
   * Query projections (core's `mongoose-select`, and `select` options such as `typeorm-select`):
   * `User.findById(id).select('-password')` keeps every path but the named ones, `.select('name
   * email')` and `find({ select: { id: true } })` only the named ones. `undefined` when the model is
   * no query projection; `null` when the call projects nothing the engine can read.
   */
  private applyQueryProjection(sanitizer: SanitizerModel, node: TSESTree.CallExpression): Value | null | undefined {
    const callee = unwrapExpression(node.callee);
    if (sanitizer.id === 'mongoose-select') {
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
      const spec = readMongooseProjection(node.arguments[0]);
      if (spec === null) return null;
      return this.projectRecord(this.evaluate(callee.object), spec, node);
    }
    if (sanitizer.optionKeys === undefined || sanitizer.mode !== 'allowlist' || sanitizer.calls?.some((call) => call.module !== undefined)) return undefined;
    const options = node.arguments[0];
    const select = options?.type === AST_NODE_TYPES.ObjectExpression ? sanitizer.optionKeys.map((key) => this.findProperty(options, key)).find((found) => found !== null) : undefined;
    if (!select) return null;
    const keys = readSelectedKeys(select);
    if (keys === null) return null;
    return this.projectRecord(EMPTY, { mode: 'allowlist', keys }, node);
  }

  /** The record after a projection: the kept fields, each named by its key when nothing else is known. */
  private projectRecord(source: Value, projection: NonNullable<Value['projection']>, node: TSESTree.CallExpression): Value {
    if (projection.mode === 'denylist') {
      const fields = new Map([...(source.fields ?? [])].filter(([key]) => !projection.keys.has(key)));
      const dropped = this.keyedCategories(source.cats, projection.keys);
      const cats = new Map([...source.cats].filter(([category]) => !dropped.includes(category)));
      return { cats, fields, ...(source.params ? { params: source.params } : {}), projection };
    }
    const fields = new Map<string, Value>();
    for (const key of projection.keys) fields.set(key, this.fieldOf(source, key, node, null));
    return { cats: new Map(), fields, projection };
  }

  private projectionKeys(node: TSESTree.CallExpression): string[] | null {
    for (const argument of node.arguments.slice(1)) {
      if (argument.type === AST_NODE_TYPES.ArrayExpression) {
        const keys = argument.elements.map((e) => (e ? getStaticString(e) : null));
        if (keys.every((k): k is string => k !== null)) return keys;
      }
      const single = getStaticString(argument);
      if (single !== null) return [single];
    }
    return null;
  }

  private isDerivationCall(node: TSESTree.CallExpression): boolean {
    const name = getCalleeName(node.callee);
    return name !== null && this.derivationsNamed(name).some((d) => d.kind === 'call' || d.kind === 'method');
  }

  /** `phone.slice(-4)`, `parsePhoneNumber(phone).countryCallingCode`, `maskPhone(phone)`: the category turns into another. */
  private deriveCall(node: TSESTree.CallExpression): Value | null {
    const callee = unwrapExpression(node.callee);
    const name = getCalleeName(callee);
    // Most callee names trigger no derivation: no list for them.
    if (name === null || this.derivationsNamed(name).length === 0) return null;
    const conversions: [CategoryId, CategoryId][] = [];
    let kind: 'method' | 'call' | null = null;
    for (const derivation of this.derivationsNamed(name)) {
      if (derivation.kind === 'method' && callee.type === AST_NODE_TYPES.MemberExpression && kind !== 'call') kind = 'method';
      // A library's function counts only when the callee comes from it: `PayeeSchema.parse(row)` is no phone parser.
      else if (derivation.kind === 'call' && kind !== 'method' && (derivation.module === undefined || this.isFromModule(callee, derivation.module))) kind = 'call';
      else continue;
      if (derivation.kind === kind) conversions.push([derivation.from, derivation.to]);
    }
    if (kind === null || conversions.length === 0) return null;
    const input =
      kind === 'method' && callee.type === AST_NODE_TYPES.MemberExpression
        ? flattenValue(this.evaluate(callee.object))
        : flattenValue(mergeAll(node.arguments.map((a) => this.evaluate(a))));
    // A library's parser (`parsePhoneNumber(x)`, a `parse` of libphonenumber) returns what it parsed
    // out of its input, nothing else: `Schema.parse(row)` named like one must not carry the row.
    const libraryCall = kind === 'call' && this.derivationsNamed(name).every((derivation) => derivation.kind !== 'call' || derivation.module !== undefined);
    return this.convertCategories(libraryCall ? keepCategories(input, new Set(conversions.map(([from]) => from))) : input, conversions, node);
  }

  /**
   * Whether a callee comes from a module: its root is imported from it (`parsePhoneNumber`,
   * `lib.parse`), or is a variable made from such an import (`const util = PhoneNumberUtil.getInstance()`).
   */
  private isFromModule(callee: TSESTree.Node, module: string): boolean {
    let current: TSESTree.Node | null = callee;
    for (let depth = 0; current !== null && depth < 4; depth++) {
      const root = getChainRoot(unwrapExpression(current));
      if (root?.type !== AST_NODE_TYPES.Identifier) return false;
      const imported = this.imports.get(root.name);
      if (imported) return imported.module === module || imported.module.startsWith(`${module}/`);
      current = this.boundInitializer(root);
    }
    return false;
  }

  /** Applies derivations to a value: each category with a derivation turns into its target; others stay. */
  private convertCategories(input: Value, conversions: readonly (readonly [CategoryId, CategoryId])[], node: TSESTree.Node): Value | null {
    const cats = new Map<CategoryId, Origin>();
    let changed = false;
    for (const [category, origin] of input.cats) {
      const targets = conversions.filter(([from]) => from === category).map(([, to]) => to);
      if (targets.length === 0) {
        cats.set(category, origin);
        continue;
      }
      changed = true;
      for (const target of targets) cats.set(target, target === category ? origin : { expression: this.text(node), node });
    }
    // A helper's parameter: the conversion happens to whatever the caller passes.
    const suffix = conversions.map(([from, to]) => `>${from}>${to}`).join('');
    const params = input.params ? new Set([...input.params].map((key) => `${key}${suffix}`)) : undefined;
    if (!changed && !params) return input.cats.size > 0 ? input : null;
    return { cats, ...(params ? { params } : {}) };
  }

  /** The local function a call invokes: a declaration, a `const f = () => …`, or `this.method()` in the same class. */
  private resolveCallee(node: TSESTree.CallExpression): FunctionNode | null {
    return this.resolveFunction(node.callee);
  }

  private resolveFunction(node: TSESTree.Node): FunctionNode | null {
    const current = unwrapExpression(node);
    if (isFunctionNode(current)) return current;
    if (current.type === AST_NODE_TYPES.Identifier) {
      const def = this.findVariable(current)?.defs[0];
      if (!def) return null;
      if (def.node.type === AST_NODE_TYPES.FunctionDeclaration) return def.node;
      if (def.node.type === AST_NODE_TYPES.VariableDeclarator && def.node.init && isFunctionNode(def.node.init)) return def.node.init;
      return null;
    }
    if (current.type === AST_NODE_TYPES.MemberExpression && current.object.type === AST_NODE_TYPES.ThisExpression) {
      const name = getPropertyName(current);
      let body: TSESTree.Node | undefined = current.parent;
      while (body && body.type !== AST_NODE_TYPES.ClassBody) body = body.parent;
      if (!body || name === null) return null;
      for (const member of body.body) {
        if (member.type === AST_NODE_TYPES.MethodDefinition && getKeyName(member) === name && member.value.type === AST_NODE_TYPES.FunctionExpression) return member.value;
        if (member.type === AST_NODE_TYPES.PropertyDefinition && getKeyName(member) === name && member.value && isFunctionNode(member.value)) return member.value;
      }
    }
    return null;
  }

  private readonly summaries = new Map<FunctionNode, Value>();

  private isEvaluated(node: TSESTree.Node): boolean {
    if (node.type === AST_NODE_TYPES.Literal) return true;
    const cached = this.valueCache.get(node);
    return cached !== undefined && cached !== IN_PROGRESS;
  }

  /** A function's summary (what it returns, symbolically); cached once none of its returns is still being evaluated. */
  private returnValue(fn: FunctionNode): Value {
    const cached = this.summaries.get(fn);
    if (cached) return cached;
    const returns = this.returns.get(fn) ?? [];
    const value = mergeAll(returns.map((node) => this.evaluate(node)));
    // Inside a recursion a return still in progress counts as empty: that partial answer is not kept.
    if (returns.every((node) => this.isEvaluated(node))) this.summaries.set(fn, value);
    return value;
  }

  /** A local call's value from the callee's summary: what it returns, with its parameters replaced by the arguments. */
  private applySummary(fn: FunctionNode, call: TSESTree.CallExpression): Value {
    const id = this.functionId(fn);
    const summary = this.returnValue(fn);
    return this.substitute(summary, id, fn, call);
  }

  private substitute(value: Value, id: number, fn: FunctionNode, call: TSESTree.CallExpression): Value {
    const prefix = `${id}:`;
    let cats: Value = { cats: value.cats };
    // Other functions' parameters stay symbolic; allocated only when there is one.
    let params: Set<string> | null = null;
    if (value.params) {
      for (const key of value.params) {
        if (!key.startsWith(prefix)) {
          (params ??= new Set()).add(key);
          continue;
        }
        const rest = key.slice(prefix.length);
        const conversions = rest.includes('>') ? rest.split('>') : null;
        const index = Number(conversions ? conversions[0] : rest);
        const param = fn.params[index];
        const end = param?.type === AST_NODE_TYPES.RestElement ? call.arguments.length : Math.min(index + 1, call.arguments.length);
        for (let a = index; a < end; a++) {
          let argumentValue = this.evaluate(call.arguments[a]!);
          if (conversions) {
            const pairs: [CategoryId, CategoryId][] = [];
            for (let i = 1; i + 1 < conversions.length; i += 2) pairs.push([conversions[i] as CategoryId, conversions[i + 1] as CategoryId]);
            if (pairs.length > 0) argumentValue = this.convertCategories(flattenValue(argumentValue), pairs, call) ?? EMPTY;
          }
          cats = mergeValues(cats, argumentValue);
        }
      }
    }
    let fields: Map<string, Value> | undefined;
    if (value.fields) {
      // Same entries in the same order as mapping the entries, without the intermediate arrays.
      fields = new Map();
      for (const [key, field] of value.fields) fields.set(key, this.substitute(field, id, fn, call));
    }
    const hasParams = (params !== null && params.size > 0) || cats.params;
    const result: Value = { cats: cats.cats, ...(cats.fields ? { fields: cats.fields } : {}), ...(hasParams ? { params: new Set([...(params ?? []), ...(cats.params ?? [])]) } : {}) };
    return fields ? mergeValues(result, { cats: new Map(), fields }) : result;
  }

  private findProperty(object: TSESTree.ObjectExpression, key: string): TSESTree.Node | null {
    for (const property of object.properties) {
      if (property.type === AST_NODE_TYPES.Property && getKeyName(property) === key) return property.value;
    }
    return null;
  }

  private text(node: TSESTree.Node): string {
    // What `getText(node)` returns, without its optional-argument handling on a hot path.
    return this.sourceCode.text.slice(node.range[0], node.range[1]);
  }
}

/**
 * `<functionId>:<parameterIndex>[>from>to…]` as its two numbers, read as `parseInt` reads the parts
 * of `key.split(':')` (a key has one colon; `parseInt` stops at the `>` of a conversion suffix).
 */
function parseParamKey(key: string): readonly [number, number] {
  const colon = key.indexOf(':');
  return [Number.parseInt(colon < 0 ? key : key.slice(0, colon), 10), colon < 0 ? Number.NaN : Number.parseInt(key.slice(colon + 1), 10)];
}

/** The value without one function's own parameter dependencies (a callback evaluated in place). */
function withoutParamsOf(value: Value, id: number): Value {
  if (!value.params) return value;
  const params = new Set([...value.params].filter((key) => !key.startsWith(`${id}:`)));
  return { cats: value.cats, ...(value.fields ? { fields: value.fields } : {}), ...(params.size ? { params } : {}) };
}

/** A derivation name matches exactly, or by prefix when it ends in `*` (`mask*`). */
function matchesDerivationName(pattern: string, name: string): boolean {
  return pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : pattern === name;
}

interface ReceiverPaths {
  /** The last names of the global and property paths. */
  readonly tails: ReadonlySet<string>;
  /** Whether a dotted path not rooted at `this` can match a global or property pattern. */
  mayMatch(path: string): boolean;
}

/** Whether a member chain starts at `this` (`this.a.b`), read as `getDottedPath` reads it. */
/** The class body around a node, as `boundInitializer` finds it for `this.x`; null outside a class. */
function getEnclosingClassBody(node: TSESTree.Node): TSESTree.ClassBody | null {
  let current: TSESTree.Node | undefined = node.parent;
  while (current && current.type !== AST_NODE_TYPES.ClassBody) current = current.parent;
  return current ?? null;
}

/**
 * The module a package subpath names, without the file extension NodeNext makes projects write
 * (`next/server.js` is `next/server`). A package's own name keeps its dots (`chart.js`), and a
 * relative path is left as written.
 */
function getPackageModule(specifier: string): string {
  if (specifier.startsWith('.') || specifier.startsWith('/')) return specifier;
  const nameParts = specifier.startsWith('@') ? 2 : 1;
  if (specifier.split('/').length <= nameParts) return specifier;
  return specifier.replace(/\.(js|mjs|cjs)$/, '');
}

/** What a request handler's request parameter reads that the caller sent: body, query, path parameters (below `req.`). */
const ECHO_REQUEST_PATHS = /^(body|query|params)(\.|$)|^(json|formData)\(\)$|^nextUrl\.searchParams\.get\(\)$/;
/** The same below a context parameter (Koa `ctx`, Hono `c`). */
const ECHO_CONTEXT_PATHS = /^(request\.(body|query)|query|params)(\.|$)|^req\.(json|query|param|parseBody|formData)\(\)$/;
/** The authenticated user's id below a GraphQL context (`req.user.id`, `req.user.authorId`). */
const CONTEXT_CALLER_KEY = /^req\.user\.(id|sub|[A-Za-z]*Id)$/;
/** Methods that normalise typed text without adding anything (`trim`, `toLowerCase`). */
const NORMALISING_METHODS = new Set(['trim', 'trimStart', 'trimEnd', 'toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase', 'normalize']);

/** The input under normalisation and a literal fallback: `(x ?? '').trim().toLowerCase()` is `x`. */
function unwrapEchoedText(node: TSESTree.Node): TSESTree.Node {
  let current = unwrapExpression(node);
  for (;;) {
    if (current.type === AST_NODE_TYPES.LogicalExpression && (current.operator === '??' || current.operator === '||') && current.right.type === AST_NODE_TYPES.Literal) {
      current = unwrapExpression(current.left);
    } else if (current.type === AST_NODE_TYPES.CallExpression && current.callee.type === AST_NODE_TYPES.MemberExpression && NORMALISING_METHODS.has(getPropertyName(current.callee) ?? '')) {
      current = unwrapExpression(current.callee.object);
    } else if (current.type === AST_NODE_TYPES.CallExpression && current.callee.type === AST_NODE_TYPES.Identifier && current.callee.name === 'String' && current.arguments[0]) {
      current = unwrapExpression(current.arguments[0]);
    } else {
      return current;
    }
  }
}

/** Whether a call's first argument is an options object with one of the keys (`{ select: … }`). */
function hasOptionKey(node: TSESTree.CallExpression, keys: readonly string[]): boolean {
  const options = node.arguments[0];
  return options?.type === AST_NODE_TYPES.ObjectExpression && options.properties.some((property) => property.type === AST_NODE_TYPES.Property && keys.includes(getKeyName(property) ?? ''));
}

/** Methods of a Fetch `Request` (Next.js, Hono's `c.req`) that read its body. */
const BODY_READERS = new Set(REQUEST_BODY_READERS);

/** Query-builder steps that return the same documents (core's `QUERY_CHAIN_METHODS`). */
const QUERY_CHAIN = new Set(QUERY_CHAIN_METHODS);

/**
 * A Mongoose projection: `'name email'` or `{ name: 1 }` keep, `'-password'` or `{ password: 0 }`
 * remove; `+path` only asks back a deselected path, which this rule does not model. Null when unreadable.
 */
function readMongooseProjection(argument: TSESTree.Node | undefined): NonNullable<Value['projection']> | null {
  if (!argument) return null;
  const text = getStaticString(argument);
  if (text !== null) {
    const tokens = text.split(/\s+/).filter((token) => token.length > 0 && !token.startsWith('+'));
    if (tokens.length === 0) return null;
    const removing = tokens.every((token) => token.startsWith('-'));
    if (!removing && tokens.some((token) => token.startsWith('-'))) return null;
    return { mode: removing ? 'denylist' : 'allowlist', keys: new Set(tokens.map((token) => token.replace(/^-/, '').split('.')[0]!)) };
  }
  if (argument.type !== AST_NODE_TYPES.ObjectExpression) return null;
  const keep = new Set<string>();
  const drop = new Set<string>();
  for (const property of argument.properties) {
    if (property.type !== AST_NODE_TYPES.Property) return null;
    const key = getKeyName(property);
    const value = property.value;
    if (key === null || value.type !== AST_NODE_TYPES.Literal) return null;
    (value.value === 0 || value.value === false ? drop : keep).add(key.split('.')[0]!);
  }
  if (keep.size > 0 && drop.size > 0) return null;
  return keep.size > 0 ? { mode: 'allowlist', keys: keep } : drop.size > 0 ? { mode: 'denylist', keys: drop } : null;
}

/** The top-level keys a `select` option keeps: `{ id: true, customer: { phone: true } }`, or `['id', 'name']`. */
function readSelectedKeys(select: TSESTree.Node): ReadonlySet<string> | null {
  const keys = new Set<string>();
  if (select.type === AST_NODE_TYPES.ArrayExpression) {
    for (const element of select.elements) {
      const key = element ? getStaticString(element) : null;
      if (key === null) return null;
      keys.add(key);
    }
    return keys;
  }
  if (select.type !== AST_NODE_TYPES.ObjectExpression) return null;
  for (const property of select.properties) {
    if (property.type !== AST_NODE_TYPES.Property) return null;
    const key = getKeyName(property);
    if (key === null) return null;
    if (property.value.type === AST_NODE_TYPES.Literal && property.value.value === false) continue;
    keys.add(key);
  }
  return keys;
}

/** Calls that create a record: `User.create`, `repo.insert`, `users.save`, `registerUser` (and `new User`). */
const CREATING_CALL = /^(create|insert|save|add|register|signUp|signup|new)([A-Z_]|$)/;

/** The elements of `await Promise.all([a, b])` (a spread or a hole is null), or null for any other initializer. */
function getPromiseAllElements(init: TSESTree.Node): readonly (TSESTree.Node | null)[] | null {
  if (init.type !== AST_NODE_TYPES.CallExpression || getDottedPath(init.callee) !== 'Promise.all' || init.arguments[0]?.type !== AST_NODE_TYPES.ArrayExpression) return null;
  return init.arguments[0].elements.map((element) => (element && element.type !== AST_NODE_TYPES.SpreadElement ? unwrapExpression(element) : null));
}

/** The element of `await Promise.all([a, b])` that an array pattern's binding receives, or null. */
function getPromiseAllElement(pattern: TSESTree.ArrayPattern, init: TSESTree.Node, binding: TSESTree.Identifier): TSESTree.Node | null {
  const index = pattern.elements.findIndex((element) => element?.type === AST_NODE_TYPES.Identifier && element.name === binding.name);
  return index < 0 ? null : (getPromiseAllElements(init)?.[index] ?? null);
}

/** Whether a directive prologue (`'use server';` before any other statement) holds the directive. */
function hasDirective(statements: readonly TSESTree.Node[], directive: string): boolean {
  for (const statement of statements) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.directive === undefined) return false;
    if (statement.directive === directive) return true;
  }
  return false;
}

/** The name a function goes by: its own, or the variable or property it is assigned to. */
function getFunctionName(fn: FunctionNode): string {
  if ((fn.type === AST_NODE_TYPES.FunctionDeclaration || fn.type === AST_NODE_TYPES.FunctionExpression) && fn.id) return fn.id.name;
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) return parent.id.name;
  if (parent?.type === AST_NODE_TYPES.Property) return getKeyName(parent) ?? 'action';
  return 'action';
}

/** The variable a presence check tests: `!session`, `!session?.user`, `session == null`. */
function getPresenceCheckedName(condition: TSESTree.Node): string | null {
  let inner = unwrapExpression(condition);
  if (inner.type === AST_NODE_TYPES.LogicalExpression && (inner.operator === '||' || inner.operator === '&&')) {
    return getPresenceCheckedName(inner.left) ?? getPresenceCheckedName(inner.right);
  }
  if (inner.type === AST_NODE_TYPES.UnaryExpression && inner.operator === '!') inner = unwrapExpression(inner.argument);
  else if (inner.type === AST_NODE_TYPES.BinaryExpression && ['==', '===', '!=', '!=='].includes(inner.operator)) inner = unwrapExpression(inner.left);
  else return null;
  const root = getChainRoot(inner);
  return root?.type === AST_NODE_TYPES.Identifier ? root.name : null;
}

/** Whether a statement runs whenever its function body does: only blocks (and a `try` block) lie between them. */
function isUnconditional(statement: TSESTree.Statement): boolean {
  let current: TSESTree.Node = statement;
  for (;;) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (!parent || parent.type === AST_NODE_TYPES.Program || isFunctionNode(parent)) return true;
    if (parent.type === AST_NODE_TYPES.BlockStatement) {
      current = parent;
      continue;
    }
    if (parent.type === AST_NODE_TYPES.TryStatement && parent.block === current) {
      current = parent;
      continue;
    }
    return false;
  }
}

function isRootedAtThis(node: TSESTree.MemberExpression): boolean {
  let current: TSESTree.Node = node;
  for (;;) {
    if (current.type === AST_NODE_TYPES.ChainExpression) current = current.expression;
    else if (current.type === AST_NODE_TYPES.MemberExpression) current = current.object;
    else return current.type === AST_NODE_TYPES.ThisExpression;
  }
}

/** The global and property paths of a receiver list, indexed once per list. */
const getReceiverPaths = memoizeByObject((patterns: readonly ReceiverPattern[]): ReceiverPaths => {
  const globals = new Set<string>();
  const properties: string[] = [];
  for (const pattern of patterns) {
    if (pattern.kind === 'global') globals.add(pattern.path);
    else if (pattern.kind === 'property') properties.push(pattern.path);
  }
  const tails = new Set([...globals, ...properties].map((path) => path.split('.').at(-1) ?? path));
  return {
    tails,
    mayMatch: (path) => globals.has(path) || properties.some((property) => path === property || path.endsWith(`.${property}`)),
  };
});

interface HttpClientIndex {
  /** Models by the name of one of their methods (`post`, `request`), in model order. */
  readonly byMethod: ReadonlyMap<string, readonly HttpClientModel[]>;
  /** Global paths through which a client is called itself (`window.fetch`). */
  readonly globalPaths: ReadonlySet<string>;
  /** The last name of each global path (`fetch`). */
  readonly globalTails: ReadonlySet<string>;
  /** Models by a global receiver path that is a plain name (`fetch`), in model order. */
  readonly byGlobalName: ReadonlyMap<string, readonly HttpClientModel[]>;
}

const getHttpClientIndex = memoizeByObject((models: readonly HttpClientModel[]): HttpClientIndex => {
  const byMethod = new Map<string, HttpClientModel[]>();
  const globalPaths = new Set<string>();
  for (const model of models) {
    for (const spec of model.calls) {
      if (spec.method === '') {
        for (const receiver of model.receivers) if (receiver.kind === 'global') globalPaths.add(receiver.path);
        continue;
      }
      const list = byMethod.get(spec.method) ?? [];
      if (!list.includes(model)) list.push(model);
      byMethod.set(spec.method, list);
    }
  }
  const globalTails = new Set([...globalPaths].map((path) => path.split('.').at(-1) ?? path));
  const byGlobalName = new Map<string, HttpClientModel[]>();
  for (const model of models) {
    for (const receiver of model.receivers) {
      if (receiver.kind !== 'global' || receiver.path.includes('.')) continue;
      const list = byGlobalName.get(receiver.path) ?? [];
      if (!list.includes(model)) list.push(model);
      byGlobalName.set(receiver.path, list);
    }
  }
  return { byMethod, globalPaths, globalTails, byGlobalName };
});

/**
 * A member, property or unary operation whose walked children are all leaves (`row.id`,
 * `{ count }`, `!row`): `visit` ignores its type and nothing below it is collected, so the walk
 * need not go there. These are the most common nodes after identifiers.
 */
function isBarren(node: TSESTree.Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.MemberExpression:
      return isLeaf(node.object.type) && (node.computed === false || isLeaf(node.property.type));
    case AST_NODE_TYPES.Property:
      return isLeaf(node.value.type) && (node.computed === false || isLeaf(node.key.type));
    case AST_NODE_TYPES.UnaryExpression:
      return isLeaf(node.argument.type);
    default:
      return false;
  }
}

/** What a `return` or an arrow's expression body gives back. */
function isReturned(node: TSESTree.Node): boolean {
  const parent = node.parent;
  return parent !== undefined && (parent.type === AST_NODE_TYPES.ReturnStatement || (parent.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === node));
}

/** Node types whose untyped value is not cached (see `evaluate`): none starts a cycle of its own. */
function isCheapToRedo(type: string): boolean {
  switch (type) {
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.ObjectExpression:
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.AwaitExpression:
    case AST_NODE_TYPES.ChainExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.BinaryExpression:
    case AST_NODE_TYPES.LogicalExpression:
    case AST_NODE_TYPES.SpreadElement:
    case AST_NODE_TYPES.SequenceExpression:
      return true;
    default:
      return false;
  }
}

/**
 * Nodes the walk never needs to visit: they have no children it collects anything from. Spelled
 * as comparisons, not a set: the walk asks for every child it meets, and a lookup hashes.
 */
function isLeaf(type: string): boolean {
  switch (type) {
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.ThisExpression:
    case AST_NODE_TYPES.Super:
    case AST_NODE_TYPES.PrivateIdentifier:
    case AST_NODE_TYPES.TemplateElement:
      return true;
    default:
      return false;
  }
}

interface ValueKeys {
  /** The visitor keys without the type-only ones (none for a type-only node). */
  readonly all: readonly string[];
  /** The same without the key of a non-computed name (`property`, `key`); `all` for other types. */
  readonly named: readonly string[];
}

interface ValueKeyTable {
  readonly keys: TSESLint.SourceCode.VisitorKeys;
  readonly byType: Map<string, ValueKeys>;
  /** The parser's keys of members, properties and unary operations are the standard ones (`isBarren` assumes them). */
  readonly standard: boolean;
  /** The parser's value keys of every type in `SPELLED_OUT_KEYS` are the ones listed there. */
  readonly spelledOut: boolean;
}

/**
 * The value keys (visitor keys without type-only ones) the walk spells out per node type, in the
 * parser's order: typescript-eslint's and espree's. A parser with other keys gets the generic loop.
 */
const SPELLED_OUT_KEYS = new Map<string, readonly string[]>([
  [AST_NODE_TYPES.ExpressionStatement, ['expression']],
  [AST_NODE_TYPES.ChainExpression, ['expression']],
  [AST_NODE_TYPES.TSAsExpression, ['expression']],
  [AST_NODE_TYPES.TSNonNullExpression, ['expression']],
  [AST_NODE_TYPES.TSSatisfiesExpression, ['expression']],
  [AST_NODE_TYPES.CallExpression, ['callee', 'arguments']],
  [AST_NODE_TYPES.NewExpression, ['callee', 'arguments']],
  [AST_NODE_TYPES.MemberExpression, ['object', 'property']],
  [AST_NODE_TYPES.AwaitExpression, ['argument']],
  [AST_NODE_TYPES.ReturnStatement, ['argument']],
  [AST_NODE_TYPES.SpreadElement, ['argument']],
  [AST_NODE_TYPES.ThrowStatement, ['argument']],
  [AST_NODE_TYPES.UnaryExpression, ['argument']],
  [AST_NODE_TYPES.BlockStatement, ['body']],
  [AST_NODE_TYPES.Program, ['body']],
  [AST_NODE_TYPES.ClassBody, ['body']],
  [AST_NODE_TYPES.VariableDeclaration, ['declarations']],
  [AST_NODE_TYPES.VariableDeclarator, ['id', 'init']],
  [AST_NODE_TYPES.ObjectExpression, ['properties']],
  [AST_NODE_TYPES.Property, ['key', 'value']],
  [AST_NODE_TYPES.ArrayExpression, ['elements']],
  [AST_NODE_TYPES.TemplateLiteral, ['quasis', 'expressions']],
  [AST_NODE_TYPES.BinaryExpression, ['left', 'right']],
  [AST_NODE_TYPES.LogicalExpression, ['left', 'right']],
  [AST_NODE_TYPES.AssignmentExpression, ['left', 'right']],
  [AST_NODE_TYPES.IfStatement, ['test', 'consequent', 'alternate']],
  [AST_NODE_TYPES.ConditionalExpression, ['test', 'consequent', 'alternate']],
  [AST_NODE_TYPES.ArrowFunctionExpression, ['params', 'body']],
  [AST_NODE_TYPES.FunctionExpression, ['id', 'params', 'body']],
  [AST_NODE_TYPES.FunctionDeclaration, ['id', 'params', 'body']],
]);

// The key that holds an identifier, private name or literal when the node's `computed` is false.
const NAME_KEYS = new Map<string, string>([
  [AST_NODE_TYPES.MemberExpression, 'property'],
  [AST_NODE_TYPES.Property, 'key'],
  [AST_NODE_TYPES.MethodDefinition, 'key'],
  [AST_NODE_TYPES.PropertyDefinition, 'key'],
]);

/** The parser's visitor keys, filtered per node type on first use (one table per parser). */
const getValueKeyTable = memoizeByObject((keys: TSESLint.SourceCode.VisitorKeys): ValueKeyTable => {
  const same = (type: string, expected: readonly string[]): boolean => {
    const actual = keys[type] ?? [];
    return actual.length === expected.length && expected.every((key, i) => actual[i] === key);
  };
  const standard = same(AST_NODE_TYPES.MemberExpression, ['object', 'property']) && same(AST_NODE_TYPES.Property, ['key', 'value']) && same(AST_NODE_TYPES.UnaryExpression, ['argument']);
  const table: ValueKeyTable = { keys, byType: new Map(), standard, spelledOut: false };
  // The walk's spelled-out children are right only for a parser whose keys (types aside) are these.
  const spelledOut = [...SPELLED_OUT_KEYS].every(([type, expected]) => {
    // A type the parser has no keys for is one it never produces (espree: the TS nodes).
    if (!Object.hasOwn(keys, type)) return true;
    const actual = getValueKeys(table, type).all;
    return actual.length === expected.length && expected.every((key, i) => actual[i] === key);
  });
  return { ...table, byType: new Map(), spelledOut };
});

/** A node type's visitor keys without the type-only ones, computed once per type (the walk asks per node). */
function getValueKeys(table: ValueKeyTable, type: string): ValueKeys {
  let found = table.byType.get(type);
  if (!found) {
    // Types carry no values: interfaces, aliases and annotations are a large part of a TS file.
    const all = TYPE_ONLY_NODES.has(type) ? [] : (table.keys[type] ?? []).filter((key) => !TYPE_KEYS.has(key));
    const nameKey = NAME_KEYS.get(type);
    found = { all, named: nameKey === undefined || !all.includes(nameKey) ? all : all.filter((key) => key !== nameKey) };
    table.byType.set(type, found);
  }
  return found;
}

/** The last segment of every method a model lists (`create` for `chat.completions.create`), `''` included. */
const getMethodTails = memoizeByObject((model: CallSinkModel): ReadonlySet<string> => {
  return new Set([...model.methods, ...(model.derive ?? []), ...(model.deliveryMethods ?? [])].map((method) => method.split('.').at(-1) ?? method));
});

/** What a session check's test mentions: the session paths below their root (`session.userId`), and the session calls. */
const getSessionNames = memoizeByObject((auth: AuthModel): { readonly tails: readonly string[]; readonly calls: readonly string[] } => {
  return { tails: auth.sessionPaths.map((path) => path.split('.').slice(1).join('.')), calls: (auth.sessionCalls ?? []).map((call) => call.callee) };
});

/** The method names of an HTTP client's derivations (`axios.create`), built once per model. */
const getDeriveMethods = memoizeByObject((model: HttpClientModel): readonly string[] | undefined => model.derive?.map((d) => d.method));

const regexCaches = new Map<string, Map<string, RegExp>>();

/** Compiles a model's regex source once per process: models are data, matched on every call. */
function compileRegex(source: string, flags = ''): RegExp {
  // Keyed by flags, then source: no key string is built per call.
  let bySource = regexCaches.get(flags);
  if (!bySource) {
    bySource = new Map();
    regexCaches.set(flags, bySource);
  }
  let regex = bySource.get(source);
  if (!regex) {
    regex = new RegExp(source, flags);
    bySource.set(source, regex);
  }
  return regex;
}

interface SanitizerIndex {
  readonly byTail: ReadonlyMap<string, readonly { sanitizer: SanitizerModel; call: NonNullable<SanitizerModel['calls']>[number] }[]>;
  readonly byPattern: readonly { sanitizer: SanitizerModel; pattern: RegExp }[];
  /** `byPattern`'s answer per called name, filled as names are met. */
  readonly byName: Map<string, SanitizerModel | null>;
}

/** Sanitizer calls keyed by the last name of their callee, so a call looks only at its candidates. */
const getSanitizerIndex = memoizeByObject((sanitizers: readonly SanitizerModel[]): SanitizerIndex => {
  const byTail = new Map<string, { sanitizer: SanitizerModel; call: NonNullable<SanitizerModel['calls']>[number] }[]>();
  const byPattern: { sanitizer: SanitizerModel; pattern: RegExp }[] = [];
  for (const sanitizer of sanitizers) {
    if (sanitizer.kind === 'logger-redact' || sanitizer.kind === 'serializer-exclude') continue;
    for (const call of sanitizer.calls ?? []) {
      // `default` exports are called by their local name: index them under every name (rare).
      const tail = call.callee === 'default' ? '*' : (call.callee.split('.').at(-1) ?? call.callee);
      const list = byTail.get(tail) ?? [];
      list.push({ sanitizer, call });
      byTail.set(tail, list);
    }
    if (sanitizer.namePattern) byPattern.push({ sanitizer, pattern: compileRegex(sanitizer.namePattern, 'i') });
  }
  return { byTail, byPattern, byName: new Map() };
});

/** The sanitizer whose name pattern a called function's name matches (`sha256Hex`), once per index and name. */
function findSanitizerByName(index: SanitizerIndex, name: string): SanitizerModel | null {
  let found = index.byName.get(name);
  if (found === undefined) {
    found = index.byPattern.find(({ pattern }) => pattern.test(name))?.sanitizer ?? null;
    index.byName.set(name, found);
  }
  return found;
}

/** A call-sink model with what the per-call filters ask of it, computed once. */
interface CompiledCallModel {
  readonly model: CallSinkModel;
  /** The last segment of every method (`create` of `chat.completions.create`), `''` included. */
  readonly tails: ReadonlySet<string>;
  /** The receiver itself is called (`debug(...)`): a method `''`. */
  readonly callsItself: boolean;
  /** Modules whose default or namespace import is a receiver (a named import of a method is a call of it). */
  readonly wholeModules: ReadonlySet<string>;
  /** Its methods and derivations (`child`), as dotted paths. */
  readonly methods: ReadonlySet<string>;
  readonly deliveryMethods: ReadonlySet<string>;
}

interface CallModelIndex {
  readonly byTail: ReadonlyMap<string, readonly CompiledCallModel[]>;
  /** Every model, in order (a plain call of an imported name is matched against all). */
  readonly all: readonly CompiledCallModel[];
  /** Models whose receiver itself is called (`debug(...)`, `gtag(...)`). */
  readonly receiverCalls: readonly CompiledCallModel[];
  /** `byTail`'s lists followed by `receiverCalls`: what a member call with that method name is matched against. */
  readonly byTailWithReceiverCalls: ReadonlyMap<string, readonly CompiledCallModel[]>;
  /** Last names of the global and property receivers of `receiverCalls` (`gtag` of `window.gtag`). */
  readonly receiverCallTails: ReadonlySet<string>;
}

const getCallModelIndex = memoizeByObject((models: readonly CallSinkModel[]): CallModelIndex => {
  const byTail = new Map<string, CompiledCallModel[]>();
  const receiverCalls: CompiledCallModel[] = [];
  const all: CompiledCallModel[] = [];
  // One entry per model, so that a model listed twice is deduplicated as before.
  const entries = new Map<CallSinkModel, CompiledCallModel>();
  for (const model of models) {
    let entry = entries.get(model);
    if (!entry) {
      const wholeModules = new Set<string>();
      for (const r of model.receivers) if (r.kind === 'import' && (r.export === '*' || r.export === 'default')) wholeModules.add(r.module);
      entry = {
        model,
        tails: getMethodTails(model),
        callsItself: model.methods.includes(''),
        wholeModules,
        methods: new Set([...model.methods, ...(model.derive ?? [])]),
        deliveryMethods: new Set(model.deliveryMethods ?? []),
      };
      entries.set(model, entry);
    }
    all.push(entry);
    for (const tail of entry.tails) {
      if (tail === '') {
        if (!receiverCalls.includes(entry)) receiverCalls.push(entry);
        continue;
      }
      const list = byTail.get(tail) ?? [];
      if (!list.includes(entry)) list.push(entry);
      byTail.set(tail, list);
    }
  }
  const byTailWithReceiverCalls = new Map<string, readonly CompiledCallModel[]>();
  for (const [tail, list] of byTail) byTailWithReceiverCalls.set(tail, [...list, ...receiverCalls]);
  const receiverCallTails = new Set<string>();
  for (const entry of receiverCalls) for (const tail of getReceiverPaths(entry.model.receivers).tails) receiverCallTails.add(tail);
  return { byTail, all, receiverCalls, byTailWithReceiverCalls, receiverCallTails };
});

/** Every method name that registers a route, a scope or a path builder in any framework model. */
const getRouteMethods = memoizeByObject((models: readonly ResponseModel[]): ReadonlySet<string> => {
  const set = new Set<string>();
  for (const model of models) {
    for (const registration of model.routes) {
      for (const method of [...registration.methods, ...(registration.scopeMethods ?? [])]) set.add(method);
      for (const builder of registration.pathBuilders ?? []) for (const verb of builder.verbs) set.add(verb);
    }
    for (const options of model.routeOptions ?? []) for (const method of options.methods) set.add(method);
  }
  return set;
});

/** Properties that convert a value into one that carries nothing (`length`), from the conversion sanitizers. */
const getConversionProperties = memoizeByObject((sanitizers: readonly SanitizerModel[]): ReadonlySet<string> => {
  return new Set(sanitizers.flatMap((s) => (s.kind === 'conversion' ? (s.properties ?? []) : [])));
});

interface ConstructCallees {
  readonly paths: ReadonlySet<string>;
  readonly tails: ReadonlySet<string>;
}

/** Every callee path that constructs a response (`NextResponse.json`), and their last names. */
const getConstructCallees = memoizeByObject((models: readonly ResponseModel[]): ConstructCallees => {
  const paths = new Set(models.flatMap((model) => model.constructs.map((construct) => construct.callee)));
  return { paths, tails: new Set([...paths].map((path) => path.split('.').at(-1) ?? path)) };
});

/** The per-name cache of a derivation list (one per process and list), filled as names are asked for. */
const getDerivationTable = memoizeByObject((_derivations: readonly DerivationModel[]): Map<string, readonly DerivationModel[]> => new Map());

/** The arguments at the given positions (those present), or all of them without positions. */
function pickArguments(args: readonly TSESTree.CallExpressionArgument[], positions: readonly number[] | undefined): TSESTree.Node[] {
  if (!positions) return [...args];
  const picked: TSESTree.Node[] = [];
  for (const i of positions) {
    const argument = args[i];
    if (argument !== undefined) picked.push(argument);
  }
  return picked;
}

/** The first name of a dotted path (`path.split('.')[0]`). */
function beforeFirstDot(path: string): string {
  const dot = path.indexOf('.');
  return dot < 0 ? path : path.slice(0, dot);
}

/** What follows the first dot of a dotted path, `''` without one (`path.split('.').slice(1).join('.')`). */
function afterFirstDot(path: string): string {
  const dot = path.indexOf('.');
  return dot < 0 ? '' : path.slice(dot + 1);
}

/** Whether a value or any of its fields depends on a parameter (without allocating). */
function hasParams(value: Value): boolean {
  if (value.params && value.params.size > 0) return true;
  if (value.fields) for (const field of value.fields.values()) if (hasParams(field)) return true;
  return false;
}

/** Loggers then third parties, one array per knowledge object so that its index is built once. */
const getCallModels = memoizeByObject((knowledge: Knowledge): readonly CallSinkModel[] => {
  return [...knowledge.loggers, ...knowledge.thirdParties];
});

/** Every conventional handler-parameter name of the framework models (`req`, `res`, `ctx`, `c`, `reply`). */
const getConventionalNames = memoizeByObject((models: readonly ResponseModel[]): ReadonlySet<string> => {
  const set = new Set<string>();
  for (const model of models) for (const list of Object.values(model.handlerParamNames)) for (const name of list ?? []) set.add(name);
  return set;
});

const SCHEMA_PARSES = new Set(ZOD_PARSE_METHODS);
const REQUEST_OBJECT_NAMES = new Set(['req', 'request', 'ctx']);

/** `req`, `request`, Koa's `ctx`, `ctx.request`, Hono's `c.req`: an object a framework hands a handler for the request. */
function isRequestObject(node: TSESTree.Node): boolean {
  const current = unwrapExpression(node);
  if (current.type === AST_NODE_TYPES.Identifier) return REQUEST_OBJECT_NAMES.has(current.name);
  if (current.type === AST_NODE_TYPES.MemberExpression) {
    const name = getPropertyName(current);
    return name === 'req' || name === 'request';
  }
  return false;
}
