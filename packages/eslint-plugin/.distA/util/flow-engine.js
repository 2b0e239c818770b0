import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';
import { QUERY_CHAIN_METHODS, REQUEST_BODY_READERS, REQUEST_SECRET_HEADERS, ZOD_PARSE_METHODS, formatExpression, isCallerExpressionText, isIssuedCredentialName, isOwnerKey, isRedactedByPino, isSessionLikeName, isSignUpRoute } from '@leakwatch/core';
import { getCalleeName, getChainRoot, getChainTop, getDecoratorArguments, getDecoratorName, getDottedPath, getKeyName, getPropertyName, getStaticString, isFunctionNode, unwrapExpression, } from './ast.js';
import { memoizeByObject } from './memoize.js';
import { EMPTY, collectCategories, findCategory, hasCategories, collectParams, createSourceValue, flattenValue, isEmptyValue, keepCategories, mergeAll, mergeValues, removeCategories, withoutParams, } from './value.js';
const HTTP_VERBS = /^(get|post|put|patch|delete|del|options|head|all)$/i;
const STRING_METHODS = new Set([
    'toString', 'toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase', 'trim', 'trimStart', 'trimEnd',
    'padStart', 'padEnd', 'replace', 'replaceAll', 'split', 'join', 'concat', 'normalize', 'toJSON', 'valueOf', 'repeat',
    'flat', 'reverse', 'toReversed', 'sort', 'toSorted', 'filter', 'find', 'findLast', 'at', 'values', 'entries',
]);
const CALLBACK_METHODS = new Set(['map', 'flatMap', 'forEach', 'filter', 'find', 'findLast', 'some', 'every', 'then', 'sort', 'toSorted']);
const SERIALIZERS = new Set(['JSON.stringify', 'util.format', 'util.inspect', 'format', 'inspect', 'String', 'Object.assign', 'Object.values', 'Object.entries', 'Array.from', 'Buffer.from', 'encodeURIComponent', 'encodeURI', 'structuredClone']);
const SERIALIZER_TAILS = new Set([...SERIALIZERS].map((path) => path.split('.').at(-1) ?? path));
// `bcrypt.compare`, `verifyPassword`, `passwordMatches`, `sellerService.authenticate(email, password)`.
const VERIFY_CALL = /(compare|verify|check|match|authenticate)/i;
let nextFunctionId = 1;
// Shared empty answers of the matchers (never mutated): most calls match nothing.
const NO_SITES = Object.freeze([]);
const NO_WRITES = Object.freeze([]);
const NO_CLIENTS = Object.freeze([]);
// Stands in the value caches for a node or variable whose value is being computed (a cycle reads it as empty).
const IN_PROGRESS = { cats: new Map() };
const TYPE_ONLY_NODES = new Set([
    AST_NODE_TYPES.TSInterfaceDeclaration,
    AST_NODE_TYPES.TSTypeAliasDeclaration,
    AST_NODE_TYPES.TSDeclareFunction,
    AST_NODE_TYPES.TSTypeAnnotation,
    AST_NODE_TYPES.TSTypeParameterDeclaration,
    AST_NODE_TYPES.TSTypeParameterInstantiation,
]);
// Nodes the walk never needs to visit: they have no children it collects anything from.
const LEAF_NODES = new Set([AST_NODE_TYPES.Identifier, AST_NODE_TYPES.Literal, AST_NODE_TYPES.ThisExpression, AST_NODE_TYPES.Super, AST_NODE_TYPES.PrivateIdentifier, AST_NODE_TYPES.TemplateElement]);
/** Response models ranked by `rankModels`, per model list and per set of imported modules. */
const rankedByModules = new WeakMap();
/** Marks a name some inner scope declares, in the per-name map of top-scope lookups. */
const INNER_NAME = Symbol('inner name');
const TYPE_KEYS = new Set(['typeAnnotation', 'returnType', 'typeParameters', 'typeArguments', 'superTypeArguments']);
/**
 * The per-file flow analysis the four rules share. It walks the file once, collects sinks,
 * handlers and local functions, then evaluates only the values that reach a sink (lazily,
 * memoised), using symbolic parameters so that each local function is summarised once.
 */
export class FlowEngine {
    sourceCode;
    knowledge;
    types;
    findings = [];
    /** Errors the engine recovered from (a bug when not empty; the robustness test asserts none). */
    internalErrors = [];
    imports = new Map();
    functionIds = new WeakMap();
    returns = new Map();
    valueCache = new Map();
    variableCache = new Map();
    handlers = new Map();
    handlerCache = new Map();
    callSites = [];
    candidates = [];
    authScopes = [];
    wrapperSinks = new Map();
    reported = new Set();
    classBodies = [];
    objectLiterals = [];
    reportedBranches = new Set();
    wrapperVersion = 0;
    callModels;
    callModelIndex;
    boundCache = new Map();
    variableOf = new Map();
    filename;
    // Per-knowledge indexes, fetched once per file: the hot paths read a field, not a WeakMap.
    routeMethods;
    httpClientIndex;
    constructCallees;
    conversionProperties;
    derivationTable;
    sessionTails;
    sessionCalls;
    sanitizerIndex;
    constructor(sourceCode, knowledge, types, filename) {
        this.sourceCode = sourceCode;
        this.knowledge = knowledge;
        this.types = types;
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
    run() {
        this.walk(this.sourceCode.ast);
        // Each phase recovers on its own: a construct one of them does not understand costs its findings only.
        for (const phase of [this.registerRoutes, this.registerDecoratedHandlers, this.registerExportedHandlers, this.registerResolversAndProcedures]) {
            try {
                phase.call(this);
            }
            catch (error) {
                this.internalErrors.push(error);
            }
        }
        // Indexed loops: iterators on this hot path showed up as allocation.
        const candidates = this.candidates;
        for (let i = 0; i < candidates.length; i++) {
            try {
                const sites = this.matchSinks(candidates[i]);
                for (let j = 0; j < sites.length; j++)
                    this.processSite(sites[j]);
            }
            catch (error) {
                // A construct the engine does not understand is skipped, never fatal to the lint run.
                this.internalErrors.push(error);
            }
        }
        try {
            this.processWrapperCalls();
        }
        catch (error) {
            this.internalErrors.push(error);
        }
    }
    // ---------------------------------------------------------------- collection
    walk(root) {
        const keysByType = getValueKeyTable(this.sourceCode.visitorKeys);
        const skipBarren = keysByType.standard;
        const stack = [root];
        while (stack.length > 0) {
            const node = stack.pop();
            this.visit(node);
            const entry = getValueKeys(keysByType, node.type);
            // A non-computed member name or key is an identifier or literal the walk would skip anyway:
            // not even loading it saves a memory access on the most common nodes.
            const nodeKeys = entry.named !== entry.all && node.computed === false ? entry.named : entry.all;
            for (let i = nodeKeys.length - 1; i >= 0; i--) {
                const key = nodeKeys[i];
                const child = node[key];
                if (Array.isArray(child)) {
                    for (let j = child.length - 1; j >= 0; j--) {
                        const item = child[j];
                        if (item && typeof item.type === 'string' && !LEAF_NODES.has(item.type) && !(skipBarren && isBarren(item)))
                            stack.push(item);
                    }
                }
                else if (child && typeof child.type === 'string' && !LEAF_NODES.has(child.type) && !(skipBarren && isBarren(child))) {
                    stack.push(child);
                }
            }
        }
    }
    visit(node) {
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
            case AST_NODE_TYPES.NewExpression:
            case AST_NODE_TYPES.AssignmentExpression:
            case AST_NODE_TYPES.ThrowStatement:
                this.candidates.push(node);
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
    pushReturn(fn, node) {
        const list = this.returns.get(fn);
        if (list)
            list.push(node);
        else
            this.returns.set(fn, [node]);
    }
    collectImport(node) {
        const module = getPackageModule(node.source.value);
        for (const specifier of node.specifiers) {
            if (specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier)
                this.imports.set(specifier.local.name, { module, export: 'default' });
            else if (specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier)
                this.imports.set(specifier.local.name, { module, export: '*' });
            else {
                const imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : String(specifier.imported.value);
                this.imports.set(specifier.local.name, { module, export: imported });
            }
        }
    }
    collectRequire(node) {
        const init = node.init;
        if (init?.type !== AST_NODE_TYPES.CallExpression || init.callee.type !== AST_NODE_TYPES.Identifier || init.callee.name !== 'require')
            return;
        const specifier = getStaticString(init.arguments[0]);
        if (specifier === null)
            return;
        const module = getPackageModule(specifier);
        if (node.id.type === AST_NODE_TYPES.Identifier) {
            // CommonJS default and namespace are the same object.
            this.imports.set(node.id.name, { module, export: 'default' });
        }
        else if (node.id.type === AST_NODE_TYPES.ObjectPattern) {
            for (const property of node.id.properties) {
                if (property.type !== AST_NODE_TYPES.Property || property.value.type !== AST_NODE_TYPES.Identifier)
                    continue;
                const name = getKeyName(property);
                if (name !== null)
                    this.imports.set(property.value.name, { module, export: name });
            }
        }
    }
    enclosingFunction(node) {
        let current = node.parent;
        while (current) {
            if (isFunctionNode(current))
                return current;
            current = current.parent;
        }
        return null;
    }
    functionId(fn) {
        let id = this.functionIds.get(fn);
        if (id === undefined) {
            id = nextFunctionId++;
            this.functionIds.set(fn, id);
        }
        return id;
    }
    // ---------------------------------------------------------------- handlers
    registerRoutes() {
        for (const call of this.callSites) {
            const callee = call.callee;
            if (callee.type !== AST_NODE_TYPES.MemberExpression)
                continue;
            const method = getPropertyName(callee);
            if (method === null)
                continue;
            if (!this.routeMethods.has(method))
                continue;
            // `cache.get(id)` is not a route: a registration passes a path, an options object or a handler.
            const first = call.arguments[0];
            const looksLikeRoute = callee.object.type === AST_NODE_TYPES.CallExpression ||
                (first !== undefined && (getStaticString(first) !== null || first.type === AST_NODE_TYPES.ObjectExpression || call.arguments.some((a) => isFunctionNode(a)) || method === 'use'));
            if (!looksLikeRoute)
                continue;
            // Several frameworks name their apps `app` and `router`: the one the file imports wins.
            for (const model of this.rankModels(this.knowledge.responses)) {
                if (this.registerWithModel(call, callee, method, model))
                    break;
            }
        }
    }
    rankedModels;
    frameworkNames;
    receiverCache = new Map();
    thisReceiverCache = new Map();
    frameworkRoles = new Map();
    /**
     * Names a framework object can have in this file: the conventional ones (`res`, `ctx`, `reply`)
     * and the parameters of registered handlers. A cheap filter before resolving any identifier.
     */
    getFrameworkNames() {
        if (this.frameworkNames)
            return this.frameworkNames;
        const names = new Set(getConventionalNames(this.knowledge.responses));
        for (const handler of this.handlers.values()) {
            for (const index of Object.values(handler.params)) {
                const param = index === undefined ? undefined : handler.node.params[index];
                if (param?.type === AST_NODE_TYPES.Identifier)
                    names.add(param.name);
                if (param?.type === AST_NODE_TYPES.TSParameterProperty && param.parameter.type === AST_NODE_TYPES.Identifier)
                    names.add(param.parameter.name);
            }
        }
        this.frameworkNames = names;
        return names;
    }
    /** Response models, those whose modules this file imports first (computed once per file). */
    rankModels(models) {
        if (models === this.knowledge.responses && this.rankedModels)
            return this.rankedModels;
        const imported = new Set();
        for (const entry of this.imports.values())
            imported.add(entry.module);
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
            if (models === this.knowledge.responses)
                this.rankedModels = known;
            return known;
        }
        const isImported = (model) => model.modules.some((module) => {
            if (imported.has(module))
                return true;
            const prefix = `${module}/`;
            for (const m of imported)
                if (m.startsWith(prefix))
                    return true;
            return false;
        });
        const first = [];
        const rest = [];
        for (const model of models)
            (isImported(model) ? first : rest).push(model);
        const ranked = [...first, ...rest];
        byModules.set(key, ranked);
        if (models === this.knowledge.responses)
            this.rankedModels = ranked;
        return ranked;
    }
    registerWithModel(call, callee, method, model) {
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
            if (!registration.methods.includes(method) && !registration.scopeMethods?.includes(method))
                continue;
            if (!this.matchesReceiver(callee.object, registration.receivers))
                continue;
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
                if (!registration.methods.includes(method))
                    continue;
            }
            const path = registration.pathArg === undefined ? null : getStaticString(call.arguments[registration.pathArg]);
            if (registration.pathArg !== undefined && path === null && !HTTP_VERBS.test(method))
                continue;
            this.registerRouteCall(call, model, registration, path, receiverText, call.arguments.slice(registration.pathArg === undefined ? 0 : registration.pathArg + 1));
        }
        for (const options of model.routeOptions ?? []) {
            if (!options.methods.includes(method) || !this.matchesReceiver(callee.object, options.receivers))
                continue;
            const object = call.arguments[options.arg];
            if (object?.type !== AST_NODE_TYPES.ObjectExpression)
                continue;
            const handler = this.findProperty(object, options.handlerKey);
            const fn = handler ? this.resolveFunction(handler) : null;
            if (!fn)
                continue;
            const pathNode = this.findProperty(object, options.pathKey);
            const hooks = options.hookKeys.map((key) => this.findProperty(object, key)).filter((n) => n !== null);
            const authenticated = hooks.some((hook) => this.isAuthMiddleware(hook)) || this.isScopeAuthenticated(this.text(callee.object), call.range[0], null);
            this.addHandler(fn, model, pathNode ? getStaticString(pathNode) : null, authenticated, model.returnIsBody, model.handlerParams);
            registered = true;
        }
        return registered;
    }
    registerRouteCall(call, model, registration, path, receiverText, rest) {
        const functions = [];
        const middleware = [];
        rest.forEach((argument, index) => {
            const fn = this.resolveFunction(argument);
            const isLast = index === rest.length - 1;
            if (fn && (registration.handlers === 'rest' || isLast))
                functions.push(fn);
            if (!isLast)
                middleware.push(argument);
        });
        const hookKeys = registration.hookOptionKeys ?? this.knowledge.auth.hookNames ?? [];
        const authenticated = middleware.some((argument) => {
            if (argument.type === AST_NODE_TYPES.ObjectExpression) {
                return hookKeys.some((key) => {
                    const hook = this.findProperty(argument, key);
                    return hook !== null && this.isAuthMiddleware(hook);
                });
            }
            return this.isAuthMiddleware(argument);
        }) || this.isScopeAuthenticated(receiverText, call.range[0], path);
        for (const fn of functions)
            this.addHandler(fn, model, path, authenticated, model.returnIsBody, model.handlerParams);
    }
    isScopeAuthenticated(receiver, position, path) {
        return this.authScopes.some(
        // Hono and Koa scope middleware with a glob (`/api/me/*`): the prefix is what precedes it.
        (scope) => scope.receiver === receiver && scope.position < position && (scope.prefix === null || path === null || this.isBelowPrefix(path, scope.prefix)));
    }
    /** Whether a route path lies under a scope prefix; a glob (`/api/me/*`) covers what is below it. */
    isBelowPrefix(path, prefix) {
        if (!prefix.endsWith('*'))
            return path.startsWith(prefix);
        const base = prefix.slice(0, -1);
        return path.startsWith(base) || `${path}/` === base;
    }
    registerDecoratedHandlers() {
        for (const declaration of this.classBodies) {
            // espree (plain JavaScript) leaves `decorators` undefined.
            const classDecorators = declaration.decorators ?? [];
            for (const model of this.knowledge.responses) {
                const routing = model.decorators;
                if (!routing)
                    continue;
                const modules = [routing.module, ...(routing.alsoModules ?? [])];
                const controller = classDecorators.find((d) => {
                    const name = getDecoratorName(d);
                    return name !== null && routing.controller.includes(name) && this.isImportedFrom(name, modules);
                });
                if (!controller)
                    continue;
                const prefix = getStaticString(getDecoratorArguments(controller)[0]) ?? '';
                const classAuth = this.hasAuthDecorator(classDecorators);
                const classPublic = this.hasPublicDecorator(classDecorators);
                for (const member of declaration.body.body) {
                    if (member.type !== AST_NODE_TYPES.MethodDefinition || member.value.type !== AST_NODE_TYPES.FunctionExpression)
                        continue;
                    const memberDecorators = member.decorators ?? [];
                    const route = memberDecorators.find((d) => {
                        const name = getDecoratorName(d);
                        return name !== null && routing.routes.includes(name);
                    });
                    if (!route)
                        continue;
                    const routeArgument = getDecoratorArguments(route)[0];
                    const subPath = getStaticString(routeArgument) ?? (routeArgument ? null : '');
                    const path = subPath === null ? null : `/${[prefix, subPath].filter((p) => p.length > 0).join('/')}`.replace(/\/+/g, '/');
                    const isPublic = classPublic || this.hasPublicDecorator(memberDecorators);
                    const authenticated = !isPublic && (classAuth || this.hasAuthDecorator(memberDecorators));
                    const params = {};
                    const bodyParams = new Set();
                    member.value.params.forEach((param, index) => {
                        const decorators = param.decorators ?? [];
                        for (const decorator of decorators) {
                            const name = getDecoratorName(decorator);
                            if (name === null)
                                continue;
                            if (routing.params?.response?.includes(name))
                                params.response = index;
                            if (routing.params?.request?.includes(name))
                                params.request = index;
                            if (name === 'Body')
                                bodyParams.add(index);
                        }
                    });
                    const writesOn = routing.params?.writesOn ? this.knowledge.responses.find((m) => m.id === routing.params?.writesOn) ?? model : model;
                    // With an injected response object the handler answers through it, not its return value.
                    const returnIsBody = params.response === undefined && model.returnIsBody;
                    this.addHandler(member.value, params.response === undefined ? model : writesOn, path, authenticated, returnIsBody, params, bodyParams);
                }
            }
        }
    }
    registerExportedHandlers() {
        for (const model of this.knowledge.responses) {
            for (const exported of model.exportedHandlers ?? []) {
                if (!compileRegex(exported.filePattern).test(this.filename))
                    continue;
                for (const statement of this.sourceCode.ast.body) {
                    let fn = null;
                    let name = null;
                    if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration && statement.declaration) {
                        const declaration = statement.declaration;
                        if (declaration.type === AST_NODE_TYPES.FunctionDeclaration && declaration.id) {
                            fn = declaration;
                            name = declaration.id.name;
                        }
                        else if (declaration.type === AST_NODE_TYPES.VariableDeclaration) {
                            for (const declarator of declaration.declarations) {
                                if (declarator.id.type === AST_NODE_TYPES.Identifier && declarator.init && isFunctionNode(declarator.init) && exported.exports.includes(declarator.id.name)) {
                                    this.addHandler(declarator.init, model, null, false, false, exported.handlerParams);
                                }
                            }
                        }
                    }
                    else if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration && isFunctionNode(statement.declaration)) {
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
    /** GraphQL resolver maps (`{ Query: { user: (_, args, ctx) => … } }`) and tRPC procedures (`publicProcedure.query(…)`). */
    registerResolversAndProcedures() {
        for (const model of this.knowledge.responses) {
            const maps = model.resolverMaps;
            if (maps) {
                for (const node of this.objectLiterals) {
                    if (!node.properties.some((p) => p.type === AST_NODE_TYPES.Property && maps.rootTypes.includes(getKeyName(p) ?? '')))
                        continue;
                    for (const typeProperty of node.properties) {
                        if (typeProperty.type !== AST_NODE_TYPES.Property || typeProperty.value.type !== AST_NODE_TYPES.ObjectExpression)
                            continue;
                        const typeName = getKeyName(typeProperty) ?? '';
                        if (!/^[A-Z]/.test(typeName))
                            continue;
                        for (const field of typeProperty.value.properties) {
                            if (field.type !== AST_NODE_TYPES.Property)
                                continue;
                            const fn = this.resolveFunction(field.value);
                            if (!fn)
                                continue;
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
                    if (callee.type !== AST_NODE_TYPES.MemberExpression || !procedures.terminals.includes(getPropertyName(callee) ?? ''))
                        continue;
                    const fn = call.arguments[0] ? this.resolveFunction(call.arguments[0]) : null;
                    if (!fn)
                        continue;
                    // The chain's start: `publicProcedure`, `t.procedure`, before any `.input()`/`.use()` call.
                    let start = callee.object;
                    let authenticated = false;
                    while (start.type === AST_NODE_TYPES.CallExpression && start.callee.type === AST_NODE_TYPES.MemberExpression) {
                        if (procedures.middlewareMethods.includes(getPropertyName(start.callee) ?? '') && start.arguments.some((a) => this.isAuthMiddleware(a)))
                            authenticated = true;
                        start = start.callee.object;
                    }
                    const startPath = getDottedPath(start);
                    if (startPath === null || !builder.test(startPath))
                        continue;
                    const name = startPath.split('.').at(-1) ?? startPath;
                    if (protectedPattern?.test(name))
                        authenticated = true;
                    this.addHandler(fn, model, null, authenticated, true, {}, new Set(), true);
                }
            }
        }
    }
    addHandler(fn, model, path, authenticated, returnIsBody, params, bodyParams = new Set(), schemaProjects = false) {
        const auth = authenticated || this.hasSessionCheck(fn, params);
        const ownerScoped = auth && path !== null && this.knowledge.isOwnerPath(path);
        this.handlers.set(fn, { node: fn, model, path, authenticated: auth, ownerScoped, returnIsBody, params, bodyParams, schemaProjects });
    }
    /** A presence check of the session with an early exit: `if (!req.session.userId) return res.sendStatus(401)`. */
    hasSessionCheck(fn, params) {
        if (fn.body.type !== AST_NODE_TYPES.BlockStatement)
            return false;
        const names = new Set();
        for (const index of [params.request, params.context]) {
            const param = index === undefined ? undefined : fn.params[index];
            if (param?.type === AST_NODE_TYPES.Identifier)
                names.add(param.name);
        }
        const sessionTails = this.sessionTails;
        const sessionCalls = this.sessionCalls;
        for (const statement of fn.body.body) {
            if (statement.type === AST_NODE_TYPES.IfStatement && this.exitsEarly(statement.consequent)) {
                const test = this.text(statement.test);
                for (const name of names) {
                    if (sessionTails.some((tail) => tail.length > 0 && test.includes(`${name}.${tail}`)))
                        return true;
                }
                if (sessionCalls.some((callee) => test.includes(callee)))
                    return true;
                // `const session = await getSession(); if (!session) return …401`: the project's own session
                // helper, known by the name of what it returns and the unauthorized answer.
                const checked = getPresenceCheckedName(statement.test);
                if (checked !== null && isSessionLikeName(checked) && this.answersUnauthorized(statement.consequent))
                    return true;
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
                            if (next?.type === AST_NODE_TYPES.IfStatement && this.text(next.test).includes(declarator.id.name) && this.exitsEarly(next.consequent))
                                return true;
                        }
                    }
                }
            }
        }
        return false;
    }
    /** Whether a branch answers 401/403 (core's unauthorized statuses) or throws an Unauthorized error. */
    answersUnauthorized(statement) {
        const statuses = this.knowledge.auth.unauthorizedStatuses ?? [401, 403];
        let found = false;
        const visit = (node) => {
            if (found)
                return;
            if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'number' && statuses.includes(node.value))
                found = true;
            else if (node.type === AST_NODE_TYPES.Identifier && /^(Unauthorized|Forbidden)/.test(node.name))
                found = true;
            else if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string' && /^(UNAUTHORIZED|FORBIDDEN)$/.test(node.value))
                found = true;
            if (found || isFunctionNode(node))
                return;
            for (const key of this.sourceCode.visitorKeys[node.type] ?? []) {
                const child = node[key];
                if (Array.isArray(child)) {
                    for (const item of child)
                        if (item && typeof item.type === 'string')
                            visit(item);
                }
                else if (child && typeof child.type === 'string')
                    visit(child);
            }
        };
        visit(statement);
        return found;
    }
    exitsEarly(statement) {
        if (statement.type === AST_NODE_TYPES.ReturnStatement || statement.type === AST_NODE_TYPES.ThrowStatement)
            return true;
        if (statement.type === AST_NODE_TYPES.BlockStatement) {
            const last = statement.body.at(-1);
            return last !== undefined && (last.type === AST_NODE_TYPES.ReturnStatement || last.type === AST_NODE_TYPES.ThrowStatement);
        }
        return false;
    }
    hasAuthDecorator(decorators) {
        return decorators.some((decorator) => {
            const name = getDecoratorName(decorator);
            if (name === null)
                return false;
            if (name === 'UseGuards') {
                return getDecoratorArguments(decorator).some((argument) => {
                    const guard = argument.type === AST_NODE_TYPES.CallExpression ? getCalleeName(argument.callee) : getCalleeName(argument);
                    return guard !== null && this.knowledge.matchesGuard(guard);
                });
            }
            return this.knowledge.auth.decorators.includes(name);
        });
    }
    hasPublicDecorator(decorators) {
        const names = this.knowledge.auth.publicDecorators ?? [];
        return decorators.some((decorator) => {
            const name = getDecoratorName(decorator);
            return name !== null && names.includes(name);
        });
    }
    /** Middleware that authenticates: `requireAuth`, `passport.authenticate('jwt')`, `[auth, audit]`. */
    isAuthMiddleware(node) {
        const current = unwrapExpression(node);
        if (current.type === AST_NODE_TYPES.ArrayExpression)
            return current.elements.some((element) => element !== null && this.isAuthMiddleware(element));
        const target = current.type === AST_NODE_TYPES.CallExpression ? current.callee : current;
        const path = getDottedPath(target);
        if (path === null)
            return false;
        const name = path.split('.').at(-1) ?? path;
        if (this.knowledge.matchesAuthMiddleware(path) || this.knowledge.matchesAuthMiddleware(name))
            return true;
        const root = path.split('.')[0] ?? path;
        const imported = this.imports.get(root);
        if (imported) {
            const calleeInModule = root === path ? imported.export : `${imported.export === 'default' || imported.export === '*' ? '' : `${imported.export}.`}${path.split('.').slice(1).join('.')}`;
            if ((this.knowledge.auth.moduleMiddleware ?? []).some((m) => m.module === imported.module && (m.callee === calleeInModule || m.callee === path || m.callee === name)))
                return true;
        }
        return false;
    }
    isImportedFrom(name, modules) {
        const imported = this.imports.get(name);
        // Without an import (a snippet, a global re-export) the conventional name is enough.
        return imported === undefined || modules.includes(imported.module);
    }
    /** The handler a node runs in: the nearest enclosing function that is a handler, or one by convention. */
    getHandler(node) {
        const fn = isFunctionNode(node) ? node : this.enclosingFunction(node);
        return fn ? this.getHandlerAround(fn) : null;
    }
    handlerAround = new Map();
    /** The handler a function is, or runs inside (a callback in a handler); cached per function. */
    getHandlerAround(fn) {
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
    getHandlerOf(fn) {
        const registered = this.handlers.get(fn);
        if (registered)
            return registered;
        if (this.handlerCache.has(fn))
            return this.handlerCache.get(fn) ?? null;
        let info = null;
        // Not seen being registered: recognise a handler by its conventional parameter names.
        for (const model of this.rankModels(this.knowledge.responses)) {
            const roles = ['response', 'context'];
            const matched = roles.some((role) => {
                const index = model.handlerParams[role];
                const names = model.handlerParamNames[role];
                const param = index === undefined ? undefined : fn.params[index];
                return names !== undefined && param?.type === AST_NODE_TYPES.Identifier && names.includes(param.name);
            });
            if (!matched)
                continue;
            const auth = this.hasSessionCheck(fn, model.handlerParams);
            info = { node: fn, model, path: null, authenticated: auth, ownerScoped: false, returnIsBody: false, params: model.handlerParams, bodyParams: new Set(), schemaProjects: false };
            break;
        }
        this.handlerCache.set(fn, info);
        return info;
    }
    // ---------------------------------------------------------------- receivers
    /** Whether an expression is a receiver matching one of the patterns (a logger, an SDK, an app). */
    matchesReceiver(node, patterns, derive = [], depth = 0) {
        if (depth > 4)
            return false;
        const current = unwrapExpression(node);
        // An identifier's answer depends on its variable only: `logger` is asked about on every line.
        if (current.type === AST_NODE_TYPES.Identifier && depth === 0) {
            const key = this.findVariable(current) ?? current.name;
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
            if (tail === null || !paths.tails.has(tail))
                return false;
            const path = getDottedPath(current);
            if (path === null || !paths.mayMatch(path))
                return false;
        }
        return this.matchesReceiverUncached(current, patterns, derive, depth);
    }
    matchesReceiverUncached(current, patterns, derive, depth) {
        // `res.status(404)` before `.json(…)`: a call can only be a factory (`pino().info`), whose callee
        // is rooted at an import, or a derivation (`logger.child({…})`). Every other pattern needs a path,
        // which a call has not. Most receivers that are calls are neither: answer before the pattern loop.
        if (current.type === AST_NODE_TYPES.CallExpression && current.callee.type === AST_NODE_TYPES.MemberExpression) {
            const method = getPropertyName(current.callee);
            const root = getChainRoot(current.callee);
            if ((method === null || !derive.includes(method)) && (root?.type !== AST_NODE_TYPES.Identifier || !this.imports.has(root.name)))
                return false;
        }
        const path = getDottedPath(current);
        for (const pattern of patterns) {
            switch (pattern.kind) {
                case 'global':
                    // An injected global keeps its meaning: `fanOut(userId, fetch: typeof globalThis.fetch)`.
                    if (path === pattern.path && (!this.isLocallyBound(path.split('.')[0], current) || this.isParameter(path.split('.')[0], current)))
                        return true;
                    break;
                case 'import':
                    if (current.type === AST_NODE_TYPES.Identifier) {
                        const imported = this.imports.get(current.name);
                        if (imported && imported.module === pattern.module && (imported.export === pattern.export || (pattern.export === 'default' && imported.export === '*') || (pattern.export === '*' && imported.export === 'default')))
                            return true;
                    }
                    break;
                case 'factory':
                    if (this.isFactoryResult(current, pattern))
                        return true;
                    break;
                case 'property':
                    if (path !== null && (path === pattern.path || path.endsWith(`.${pattern.path}`)))
                        return true;
                    break;
                case 'name': {
                    const name = path?.split('.').at(-1);
                    if (name !== undefined && path !== null && (current.type === AST_NODE_TYPES.Identifier || path.startsWith('this.')) && compileRegex(pattern.pattern, 'i').test(name)) {
                        if (current.type !== AST_NODE_TYPES.Identifier || !this.imports.has(name) || !this.isImportFromKnownNonLogger(name))
                            return true;
                    }
                    break;
                }
                case 'type':
                    // With type information, a receiver made elsewhere is known by its declared type.
                    if (this.types?.hasTypeFrom(current, pattern.module, pattern.name) === true)
                        return true;
                    break;
            }
        }
        // A derived receiver: `logger.child({...})`, or a variable bound to one.
        if (current.type === AST_NODE_TYPES.CallExpression && current.callee.type === AST_NODE_TYPES.MemberExpression) {
            const method = getPropertyName(current.callee);
            if (method !== null && derive.includes(method) && this.matchesReceiver(current.callee.object, patterns, derive, depth + 1))
                return true;
        }
        const bound = this.boundInitializer(current);
        if (bound && bound !== current) {
            const init = unwrapExpression(bound);
            if (init.type === AST_NODE_TYPES.CallExpression && init.callee.type === AST_NODE_TYPES.MemberExpression) {
                const method = getPropertyName(init.callee);
                if (method !== null && derive.includes(method) && this.matchesReceiver(init.callee.object, patterns, derive, depth + 1))
                    return true;
            }
            if (init.type === AST_NODE_TYPES.Identifier || init.type === AST_NODE_TYPES.MemberExpression) {
                if (this.matchesReceiver(init, patterns, derive, depth + 1))
                    return true;
            }
        }
        return false;
    }
    isImportFromKnownNonLogger(_name) {
        return false;
    }
    /** The variable an identifier refers to, cached: the engine asks about the same identifiers many times. */
    findVariable(identifier) {
        const name = identifier.name;
        // A name no inner scope declares needs no scope of its own (see `lookUpName`), nor a cache entry.
        const top = this.findTopVariable(name);
        if (top !== undefined)
            return top;
        let variable = this.variableOf.get(identifier);
        if (variable === undefined) {
            // By name from the innermost scope: passing the node would make eslint-utils search every child
            // scope of that scope again, which is quadratic in a module with thousands of functions.
            variable = this.lookUpName(identifier, name);
            this.variableOf.set(identifier, variable);
        }
        return variable;
    }
    variablesByScope = new Map();
    topScope;
    /** Variables by name as seen from the top scope; null without a scope manager. */
    topNames;
    innerNames;
    /**
     * `findVariableNamed(getScope(node), name)`. A name that no scope below the file's top scope
     * declares resolves the same from every scope (the search climbs through scopes that lack it),
     * so it is looked up from the top scope without finding the node's own scope. Most names asked
     * about are such module bindings and globals (`logger`, `db`, `JSON`).
     */
    lookUpName(node, name) {
        const top = this.findTopVariable(name);
        if (top !== undefined)
            return top;
        return this.findVariableNamed(this.scopeOf(node), name);
    }
    /**
     * `sourceCode.getScope(node)` for a node other than the Program, without its per-node cache:
     * each node is asked about once here (the callers cache by node or name), so the cache's
     * writes bought nothing. Same climb, same `acquire`, same special case.
     */
    scopeOf(node) {
        const manager = this.sourceCode.scopeManager;
        if (!manager || node.type === AST_NODE_TYPES.Program)
            return this.sourceCode.getScope(node);
        for (let current = node; current; current = current.parent) {
            const scope = manager.acquire(current, true);
            if (scope)
                return scope.type === 'function-expression-name' ? scope.childScopes[0] : scope;
        }
        return manager.scopes[0];
    }
    /**
     * `ASTUtils.findVariable(topScope, name)`, memoised per name; `undefined` when an inner scope
     * declares the name (or there is no scope manager), so the node's own scope decides. One map
     * answers both questions: the names asked about are few and asked about on every line.
     */
    findTopVariable(name) {
        const topNames = this.topNames;
        if (topNames === null)
            return undefined;
        let variable = topNames.get(name);
        if (variable === undefined) {
            variable = this.getInnerNames().has(name) ? INNER_NAME : ASTUtils.findVariable(this.topScope, name);
            topNames.set(name, variable);
        }
        return variable === INNER_NAME ? undefined : variable;
    }
    /** Every name declared in a scope that is not the top scope or above it: these can shadow. */
    getInnerNames() {
        if (!this.innerNames) {
            const outer = new Set();
            for (let scope = this.topScope; scope; scope = scope.upper)
                outer.add(scope);
            const names = new Set();
            for (const scope of this.sourceCode.scopeManager?.scopes ?? []) {
                if (outer.has(scope))
                    continue;
                // `set` maps what `variables` lists (both scope managers define a variable in both): its keys
                // are the names, read without loading each variable object.
                for (const name of scope.set.keys())
                    names.add(name);
            }
            this.innerNames = names;
        }
        return this.innerNames;
    }
    /** `ASTUtils.findVariable(scope, name)`, memoised per scope and name. */
    findVariableNamed(scope, name) {
        let byName = this.variablesByScope.get(scope);
        if (!byName) {
            byName = new Map();
            this.variablesByScope.set(scope, byName);
        }
        let variable = byName.get(name);
        if (variable === undefined) {
            variable = ASTUtils.findVariable(scope, name);
            byName.set(name, variable);
        }
        return variable;
    }
    isParameter(name, node) {
        const variable = this.lookUpName(node, name);
        return variable?.defs[0]?.type === 'Parameter';
    }
    isLocallyBound(name, node) {
        if (name === 'this')
            return false;
        const variable = this.lookUpName(node, name);
        return variable !== null && variable.defs.length > 0;
    }
    /** `const logger = pino()`, `this.logger = new Logger(...)`, `winston.createLogger()`. */
    isFactoryResult(node, pattern) {
        const init = this.boundInitializer(node) ?? node;
        const call = unwrapExpression(init);
        if (call.type !== AST_NODE_TYPES.CallExpression && call.type !== AST_NODE_TYPES.NewExpression)
            return false;
        if (pattern.construct === true && call.type !== AST_NODE_TYPES.NewExpression)
            return false;
        const calleePath = getDottedPath(call.callee);
        if (calleePath === null)
            return false;
        const dot = calleePath.indexOf('.');
        const imported = this.imports.get(dot < 0 ? calleePath : calleePath.slice(0, dot));
        if (!imported || imported.module !== pattern.module)
            return false;
        const restPath = dot < 0 ? '' : calleePath.slice(dot + 1);
        if (pattern.export === 'default' || pattern.export === '*') {
            if (imported.export !== 'default' && imported.export !== '*')
                return false;
            return restPath === (pattern.path ?? '');
        }
        if (imported.export === pattern.export)
            return restPath === (pattern.path ?? '');
        // `import * as winston` then `winston.createLogger()` for export `createLogger`.
        return (imported.export === '*' || imported.export === 'default') && restPath === [pattern.export, pattern.path].filter(Boolean).join('.');
    }
    /** The initializer an identifier or `this.x` is bound to, when there is exactly one. */
    boundInitializer(node) {
        if (node.type === AST_NODE_TYPES.Identifier) {
            const def = this.findVariable(node)?.defs[0];
            if (def?.node.type === AST_NODE_TYPES.VariableDeclarator && def.node.id.type === AST_NODE_TYPES.Identifier && def.node.init)
                return def.node.init;
            return null;
        }
        if (node.type === AST_NODE_TYPES.MemberExpression && node.object.type === AST_NODE_TYPES.ThisExpression) {
            const name = getPropertyName(node);
            let current = node.parent;
            while (current && current.type !== AST_NODE_TYPES.ClassBody)
                current = current.parent;
            if (!current || name === null)
                return null;
            for (const member of current.body) {
                if (member.type === AST_NODE_TYPES.PropertyDefinition && getKeyName(member) === name && member.value)
                    return member.value;
            }
        }
        return null;
    }
    // ---------------------------------------------------------------- sinks
    matchSinks(node) {
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
    matchCallSinks(call) {
        // Most calls are no sink: the list is allocated for the first site only.
        let sites = null;
        const place = getChainTop(call);
        const args = call.arguments;
        const matched = this.findCallModel(call);
        if (matched)
            (sites ??= []).push({ place, sink: matched.model.sink, label: this.text(call.callee), data: pickArguments(args, matched.model.args), delivery: matched.delivery });
        const clients = this.getHttpClientCandidates(call);
        for (let i = 0; i < clients.length; i++) {
            const data = this.matchHttpClient(call, clients[i]);
            if (data)
                (sites ??= []).push({ place, sink: 'third-party', label: this.text(call.callee), data });
        }
        const writes = this.matchResponseWrites(call);
        for (let i = 0; i < writes.length; i++) {
            const write = writes[i];
            (sites ??= []).push({ place, sink: 'response', label: this.text(call.callee), part: write.part, data: pickArguments(args, write.args) });
        }
        const construct = this.matchResponseConstruct(call);
        if (construct)
            (sites ??= []).push(construct);
        // `answerLocked(res)`: a local helper that answers through the response it is handed.
        if (sites === null && this.passesFrameworkObject(args)) {
            const fn = this.resolveCallee(call);
            if (fn && !this.handlers.has(fn) && this.functionWritesResponse(fn))
                sites = [{ place, sink: 'response', label: this.text(call.callee), data: [] }];
        }
        return sites ?? NO_SITES;
    }
    /** Whether an argument is a framework object by name and binding (`res`, `ctx`), checked without a closure per call. */
    passesFrameworkObject(args) {
        for (let i = 0; i < args.length; i++) {
            const a = args[i];
            if (a.type === AST_NODE_TYPES.Identifier && this.getFrameworkNames().has(a.name) && this.getFrameworkRole(a) !== null)
                return true;
        }
        return false;
    }
    writesResponse = new Map();
    functionWritesResponse(fn) {
        const cached = this.writesResponse.get(fn);
        if (cached !== undefined)
            return cached;
        this.writesResponse.set(fn, false);
        const result = (this.getCandidatesByFunction().get(fn) ?? []).some((node) => this.safeMatch(node).some((site) => site.sink === 'response'));
        this.writesResponse.set(fn, result);
        return result;
    }
    callModelMatches = new Map();
    /** The first call-sink model a call matches, and whether it delivers to the data subject. */
    findCallModel(call) {
        const callee = unwrapExpression(call.callee);
        const method = callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.Identifier ? getPropertyName(callee) : null;
        if (method === null) {
            for (const entry of this.getCallModelCandidates(call)) {
                const match = this.matchCallModel(call, entry);
                if (match)
                    return { model: entry.model, delivery: match.delivery };
            }
            return null;
        }
        // `receiver.method(…)`: which model matches depends only on the receiver's variable and the
        // method (`logger.info` is asked on every line); only a delivery's recipients depend on the call.
        // No model has this method and no called receiver ends in it: no model can match, whatever
        // the receiver is bound to, so skip its scope lookup (`db.find`, `items.push`).
        const index = this.callModelIndex;
        if (!index.byTail.has(method) && !index.receiverCallTails.has(method))
            return null;
        const receiver = callee.object;
        const key = this.findVariable(receiver) ?? receiver.name;
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
        if (!entry)
            return null;
        // Not a delivery method: the same answer for every call (`logger.info` on every line).
        if (!entry.deliveryMethod)
            return entry.answer;
        return { model: entry.model, delivery: this.isDeliveryToSubject(call, entry.model) };
    }
    /** The call-sink models a call could match, by its method's last name (most calls match none). */
    getCallModelCandidates(call) {
        const index = this.callModelIndex;
        const callee = unwrapExpression(call.callee);
        if (callee.type === AST_NODE_TYPES.MemberExpression) {
            const tail = getPropertyName(callee);
            return (tail === null ? undefined : index.byTailWithReceiverCalls.get(tail)) ?? index.receiverCalls;
        }
        if (callee.type === AST_NODE_TYPES.Identifier)
            return this.imports.has(callee.name) ? index.all : index.receiverCalls;
        return index.receiverCalls;
    }
    /**
     * Whether a call matches a model. With `deferDelivery`, `delivery` only says that the matched
     * method is a delivery method; the caller then checks the recipients.
     */
    matchCallModel(call, entry, deferDelivery = false) {
        const model = entry.model;
        const callee = unwrapExpression(call.callee);
        // Cheap filter first: most calls are not to any of the model's methods.
        const tails = entry.tails;
        if (callee.type === AST_NODE_TYPES.MemberExpression && !tails.has('') && !tails.has(getPropertyName(callee) ?? ''))
            return null;
        // `log('x', user)` where `log` is the receiver itself (debug).
        if (entry.callsItself && this.matchesReceiver(callee, model.receivers, model.derive))
            return { delivery: false };
        // Every dotted method tried below ends in the callee's own method name.
        if (callee.type === AST_NODE_TYPES.MemberExpression && !tails.has(getPropertyName(callee) ?? ''))
            return null;
        // A named import of a module-level method: `import { setUser } from '@sentry/node'`.
        if (callee.type === AST_NODE_TYPES.Identifier) {
            const imported = this.imports.get(callee.name);
            const fromModule = imported !== undefined && entry.wholeModules.has(imported.module);
            if (fromModule && model.methods.includes(imported.export)) {
                return { delivery: model.deliveryMethods?.includes(imported.export) === true && this.isDeliveryToSubject(call, model) };
            }
            return null;
        }
        if (callee.type !== AST_NODE_TYPES.MemberExpression)
            return null;
        // Each split of the callee's first five members into receiver + dotted method, the method
        // growing by one name per step (`info`, then `logger.info`); a computed member ends the splits.
        let current = callee;
        let method = '';
        for (let k = 0; k < 5 && current.type === AST_NODE_TYPES.MemberExpression; k++) {
            const name = getPropertyName(current);
            if (name === null)
                break;
            method = k === 0 ? name : `${name}.${method}`;
            const receiver = current.object;
            current = receiver;
            const isMethod = entry.methods.has(method);
            const isDelivery = entry.deliveryMethods.has(method);
            if (!isMethod && !isDelivery)
                continue;
            if (!this.matchesReceiver(receiver, model.receivers, model.derive))
                continue;
            if (isDelivery)
                return { delivery: deferDelivery || this.isDeliveryToSubject(call, model) };
            return { delivery: false };
        }
        return null;
    }
    /** A delivery method whose every recipient is personal data of the subject (their own number or address). */
    isDeliveryToSubject(call, model) {
        const options = call.arguments[0];
        if (options?.type !== AST_NODE_TYPES.ObjectExpression)
            return false;
        const keys = model.recipientKeys ?? ['to'];
        const recipients = keys.map((key) => this.findProperty(options, key)).filter((n) => n !== null);
        if (recipients.length === 0)
            return false;
        return recipients.every((recipient) => {
            const value = this.evaluate(recipient);
            return findCategory(value, 'phone') !== undefined || findCategory(value, 'contact') !== undefined;
        });
    }
    /**
     * The HTTP client models a call could match, in model order: for a member call, those with a
     * method of that name or whose client is called through that global path (`window.fetch`).
     */
    getHttpClientCandidates(call) {
        const models = this.knowledge.httpClients;
        const callee = unwrapExpression(call.callee);
        const index = this.httpClientIndex;
        if (callee.type === AST_NODE_TYPES.Identifier) {
            // A plain call reaches a model only as an import, a bound client, or that model's global (`fetch`).
            if (this.imports.has(callee.name))
                return models;
            const init = this.boundInitializer(callee);
            if (init && init !== callee)
                return models;
            return index.byGlobalName.get(callee.name) ?? NO_CLIENTS;
        }
        if (callee.type !== AST_NODE_TYPES.MemberExpression)
            return models;
        const tail = getPropertyName(callee);
        const byMethod = tail === null ? undefined : index.byMethod.get(tail);
        if (tail === null || !index.globalTails.has(tail))
            return byMethod ?? NO_CLIENTS;
        const path = getDottedPath(callee);
        if (path === null || !index.globalPaths.has(path))
            return byMethod ?? NO_CLIENTS;
        return models;
    }
    matchHttpClient(call, model) {
        const callee = unwrapExpression(call.callee);
        if (callee.type === AST_NODE_TYPES.MemberExpression && !model.calls.some((c) => c.method === '' || c.method === getPropertyName(callee)))
            return null;
        // A plain function call is a client only when it is a modelled global (`fetch`) or an import.
        if (callee.type === AST_NODE_TYPES.Identifier && !this.imports.has(callee.name) && !model.receivers.some((r) => r.kind === 'global' && r.path === callee.name)) {
            const init = this.boundInitializer(callee);
            if (!init || init === callee)
                return null;
        }
        for (const spec of model.calls) {
            let receiver = null;
            if (spec.method === '') {
                // Calling the client itself: `fetch(url)`, `axios(config)`, `window.fetch(url)`, never `logger.info(x)`.
                if (callee.type === AST_NODE_TYPES.MemberExpression) {
                    const path = getDottedPath(callee);
                    if (path === null || !model.receivers.some((r) => r.kind === 'global' && r.path === path))
                        continue;
                }
                receiver = callee;
            }
            else if (callee.type === AST_NODE_TYPES.MemberExpression && getPropertyName(callee) === spec.method)
                receiver = callee.object;
            if (!receiver || !this.matchesReceiver(receiver, model.receivers, getDeriveMethods(model)))
                continue;
            const urlNode = spec.urlKey && call.arguments[spec.urlArg]?.type === AST_NODE_TYPES.ObjectExpression
                ? this.findProperty(call.arguments[spec.urlArg], spec.urlKey)
                : call.arguments[spec.urlArg];
            if (!urlNode || !(this.isExternalUrl(urlNode) || this.hasExternalBase(receiver, model, urlNode)))
                return null;
            const data = [];
            for (const position of spec.dataArgs) {
                if (typeof position === 'number') {
                    const argument = call.arguments[position];
                    if (argument)
                        data.push(argument);
                }
                else {
                    const options = call.arguments[position.options];
                    if (options?.type === AST_NODE_TYPES.ObjectExpression) {
                        for (const key of model.dataKeys) {
                            const value = this.findProperty(options, key);
                            if (value)
                                data.push(value);
                        }
                    }
                    else if (options) {
                        data.push(options);
                    }
                }
            }
            return data;
        }
        return null;
    }
    /**
     * `vendor.post('screenings', …)` on `const vendor = got.extend({ prefixUrl: 'https://…' })`: a
     * relative URL goes to the origin the derived client was made for.
     */
    hasExternalBase(receiver, model, urlNode) {
        const literal = getStaticString(unwrapExpression(urlNode));
        if (literal !== null && /^[a-z][a-z\d+.-]*:/i.test(literal))
            return false;
        const init = receiver.type === AST_NODE_TYPES.Identifier || receiver.type === AST_NODE_TYPES.MemberExpression ? this.boundInitializer(receiver) : null;
        const call = init ? unwrapExpression(init) : null;
        if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.MemberExpression)
            return false;
        const derive = model.derive?.find((d) => d.method === getPropertyName(call.callee));
        const options = call.arguments[0];
        if (!derive || options?.type !== AST_NODE_TYPES.ObjectExpression)
            return false;
        return (derive.baseUrlKeys ?? []).some((key) => {
            const base = this.findProperty(options, key);
            return base !== null && this.isExternalUrl(base);
        });
    }
    isExternalUrl(node) {
        const current = unwrapExpression(node);
        const literal = getStaticString(current);
        if (literal !== null)
            return this.knowledge.isExternalUrl({ literal });
        if (current.type === AST_NODE_TYPES.TemplateLiteral) {
            const head = current.quasis[0]?.value.cooked ?? '';
            if (/^[a-z][a-z\d+.-]*:\/\//i.test(head))
                return this.knowledge.isExternalUrl({ literal: head });
            const first = current.expressions[0];
            if (first && head === '')
                return this.isExternalUrl(first);
            return false;
        }
        if (current.type === AST_NODE_TYPES.NewExpression && getCalleeName(current.callee) === 'URL' && current.arguments[0]) {
            return this.isExternalUrl(current.arguments[0]);
        }
        const path = getDottedPath(current);
        if (path !== null) {
            const name = path.split('.').at(-1) ?? path;
            if (this.knowledge.isExternalUrl({ name }))
                return true;
            const init = current.type === AST_NODE_TYPES.Identifier ? this.boundInitializer(current) : null;
            if (init && init !== current)
                return this.isExternalUrl(init);
        }
        return false;
    }
    /** `res.json(x)`, `reply.send(x)`, `c.json(x)`, `ctx.cookies.set(k, v)`: writes on a handler's framework object. */
    matchResponseWrites(call) {
        const callee = unwrapExpression(call.callee);
        if (callee.type !== AST_NODE_TYPES.MemberExpression)
            return NO_WRITES;
        const method = getPropertyName(callee);
        if (method === null)
            return NO_WRITES;
        const root = getChainRoot(callee.object);
        if (root?.type !== AST_NODE_TYPES.Identifier || !this.getFrameworkNames().has(root.name))
            return NO_WRITES;
        const role = this.getFrameworkRole(root);
        if (!role)
            return NO_WRITES;
        const path = getDottedPath(callee);
        const below = path === null ? method : afterFirstDot(path);
        for (const model of role.models) {
            let writes = null;
            for (const w of model.writes) {
                if (w.on === role.role && (w.method === below || (w.method === method && !w.method.includes('.') && (path === null || below === method))))
                    (writes ??= []).push(w);
            }
            if (writes)
                return writes;
        }
        return NO_WRITES;
    }
    /**
     * What a framework identifier is: the response, context or request parameter of a handler,
     * or of any function whose parameter has a conventional name (a wrapper like `send(res, data)`).
     */
    getFrameworkRole(identifier) {
        const variable = this.findVariable(identifier);
        if (!variable)
            return null;
        let role = this.frameworkRoles.get(variable);
        if (role === undefined) {
            role = this.getFrameworkRoleUncached(variable, identifier);
            this.frameworkRoles.set(variable, role);
        }
        return role;
    }
    getFrameworkRoleUncached(variable, identifier) {
        const def = variable.defs[0];
        if (!def || def.type !== 'Parameter')
            return null;
        const fn = def.node;
        if (!isFunctionNode(fn))
            return null;
        const index = fn.params.findIndex((param) => this.paramBinds(param, identifier.name));
        if (index < 0)
            return null;
        const handler = this.getHandlerOf(fn);
        if (handler?.model) {
            for (const role of ['response', 'context', 'request']) {
                if (handler.params[role] === index)
                    return { role, models: [handler.model] };
            }
        }
        const models = [];
        let found = null;
        for (const model of this.rankModels(this.knowledge.responses)) {
            for (const role of ['response', 'context', 'request']) {
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
    paramBinds(param, name) {
        if (param.type === AST_NODE_TYPES.Identifier)
            return param.name === name;
        if (param.type === AST_NODE_TYPES.TSParameterProperty)
            return param.parameter.type === AST_NODE_TYPES.Identifier && param.parameter.name === name;
        if (param.type === AST_NODE_TYPES.AssignmentPattern)
            return param.left.type === AST_NODE_TYPES.Identifier && param.left.name === name;
        return false;
    }
    matchResponseConstruct(call) {
        const callees = this.constructCallees;
        // The last name first: building the dotted path of every call costs more than the lookup.
        const name = getCalleeName(call.callee);
        if (name === null || !callees.tails.has(name))
            return null;
        const path = getDottedPath(call.callee);
        if (path === null || !callees.paths.has(path))
            return null;
        const isNew = call.type === AST_NODE_TYPES.NewExpression;
        for (const model of this.knowledge.responses) {
            for (const construct of model.constructs) {
                if (construct.callee !== path || (construct.construct ?? false) !== isNew)
                    continue;
                const root = path.split('.')[0];
                if (construct.module !== undefined) {
                    const imported = this.imports.get(root);
                    if (imported && imported.module !== construct.module)
                        continue;
                }
                else if (this.isLocallyBound(root, call)) {
                    continue;
                }
                const data = construct.args.map((i) => call.arguments[i]).filter((n) => n !== undefined);
                for (const optionKey of construct.optionKeys ?? []) {
                    for (const argument of call.arguments) {
                        if (argument.type !== AST_NODE_TYPES.ObjectExpression)
                            continue;
                        const value = this.findProperty(argument, optionKey.key);
                        if (value)
                            data.push(value);
                    }
                }
                return { place: getChainTop(call), sink: 'response', label: path, part: construct.part, data };
            }
        }
        return null;
    }
    matchConstructSinks(node) {
        const construct = this.matchResponseConstruct(node);
        return construct ? [construct] : [];
    }
    matchAssignmentSinks(node) {
        const left = node.left;
        if (left.type !== AST_NODE_TYPES.MemberExpression)
            return [];
        const path = getDottedPath(left);
        const root = getChainRoot(left);
        if (path === null || root?.type !== AST_NODE_TYPES.Identifier || !this.getFrameworkNames().has(root.name))
            return [];
        const role = this.getFrameworkRole(root);
        if (!role)
            return [];
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
    matchReturnSinks(place, argument, fnOverride) {
        const fn = fnOverride ?? this.enclosingFunction(place);
        if (!fn)
            return [];
        const handler = this.handlers.get(fn);
        if (!handler?.returnIsBody)
            return [];
        return [{ place, sink: 'response', label: 'return', part: 'body', data: [argument] }];
    }
    matchThrowSinks(node) {
        const argument = node.argument ? unwrapExpression(node.argument) : null;
        if (argument?.type !== AST_NODE_TYPES.NewExpression)
            return [];
        const className = getCalleeName(argument.callee);
        if (className === null)
            return [];
        for (const model of this.knowledge.responses) {
            for (const exception of model.exceptions ?? []) {
                const pattern = compileRegex(exception.pattern);
                const imported = this.imports.get(className);
                const local = !imported && exception.subclasses ? this.getLocalSuperclass(argument.callee) : null;
                // A global class (`Error` for Fastify's default error handler) counts only inside that framework's handlers.
                const global = exception.module === '';
                const inFramework = !global || this.getHandler(node)?.model === model;
                const matches = inFramework &&
                    ((pattern.test(className) && (imported ? imported.module === exception.module : true)) ||
                        (local !== null && pattern.test(local) && (this.imports.get(local)?.module ?? exception.module) === exception.module));
                if (!matches)
                    continue;
                const data = exception.args.map((i) => argument.arguments[i]).filter((n) => n !== undefined);
                return [{ place: node, sink: 'response', label: `new ${className}`, part: 'body', data }];
            }
        }
        return [];
    }
    getLocalSuperclass(callee) {
        if (callee.type !== AST_NODE_TYPES.Identifier)
            return null;
        const variable = this.findVariable(callee);
        const def = variable?.defs[0];
        if (def?.node.type === AST_NODE_TYPES.ClassDeclaration && def.node.superClass)
            return getCalleeName(def.node.superClass);
        return null;
    }
    // ---------------------------------------------------------------- findings
    processSite(site) {
        const handler = site.sink === 'response' || site.sink === 'third-party' ? this.getHandler(site.place) : null;
        if (site.sink === 'response' && this.isInTestOnlyBranch(site.place))
            return;
        // `mergeAll` over the data, in order, without the intermediate array.
        let value = EMPTY;
        for (let i = 0; i < site.data.length; i++)
            value = mergeValues(value, this.evaluateSinkData(site, site.data[i]));
        if (!site.delivery)
            this.reportValue(site, value, handler, site.place);
        // Parameters of enclosing functions that reach this sink make those functions wrappers.
        for (const key of hasParams(value) ? collectParams(value) : []) {
            const [fnId, index] = parseParamKey(key);
            const fn = this.findFunctionById(site.place, fnId);
            if (!fn || this.handlers.has(fn))
                continue;
            this.addWrapperSink(fn, index, { sink: site.sink, label: site.label, ...(site.part ? { part: site.part } : {}) });
        }
        if (site.sink === 'response')
            this.checkStatusBranch(site, handler);
    }
    /**
     * The value a sink receives. A class instance answered to the caller loses its class-transformer
     * `@Exclude()` properties: decision 0006 assumes the project registers ClassSerializerInterceptor
     * (globally, in a file this rule cannot see), since `@Exclude()` does nothing without a serializer.
     */
    evaluateSinkData(site, node) {
        const value = this.evaluate(node);
        if (site.sink === 'log') {
            const paths = this.getRedactPaths(node);
            return paths && paths.length > 0 ? this.redactValue(value, paths, []) : value;
        }
        const inner = unwrapExpression(node);
        // A class instance: built here (`new UserEntity(row)`), or an ORM's entity a call returns
        // (`this.repo.findStaffById(id)`, TypeORM and MikroORM return instances); never an object literal.
        if (!this.types || site.sink !== 'response' || !this.isInstanceLike(inner))
            return value;
        const kept = this.types.getSerializedCategories(inner);
        if (!kept)
            return value;
        return removeCategories(value, [...collectCategories(value).keys()].filter((category) => !kept.includes(category)));
    }
    isInstanceLike(node) {
        if (node.type === AST_NODE_TYPES.NewExpression || node.type === AST_NODE_TYPES.CallExpression)
            return true;
        if (node.type !== AST_NODE_TYPES.Identifier)
            return false;
        const init = this.boundInitializer(node);
        return init !== null && init !== node && (unwrapExpression(init).type === AST_NODE_TYPES.CallExpression || unwrapExpression(init).type === AST_NODE_TYPES.NewExpression);
    }
    /**
     * pino `redact` paths of the logger a log call's argument goes to, read from the logger's
     * declaration (another module's too, with type information). Null when unknown.
     */
    getRedactPaths(argument) {
        if (!this.types)
            return null;
        const call = argument.parent;
        if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.MemberExpression)
            return null;
        const receiver = unwrapExpression(call.callee.object);
        if (receiver.type !== AST_NODE_TYPES.Identifier)
            return null;
        const modules = new Set();
        for (const sanitizer of this.knowledge.sanitizers) {
            if (sanitizer.kind !== 'logger-redact')
                continue;
            for (const model of sanitizer.calls ?? [])
                if (model.module)
                    modules.add(model.module);
        }
        return this.types.getLoggerRedactPaths(receiver, [...modules]);
    }
    /** Drops the categories a logger's redact paths censor, field by field (`{ body: req.body }` with `body.password`). */
    redactValue(value, paths, prefix) {
        const cats = new Map();
        for (const [category, origin] of value.cats) {
            if (prefix.length > 0 && (isRedactedByPino(paths, prefix) || this.isRedactedBelow(paths, prefix, category, origin)))
                continue;
            cats.set(category, origin);
        }
        const fields = value.fields ? new Map([...value.fields].map(([key, field]) => [key, this.redactValue(field, paths, [...prefix, key])])) : undefined;
        return { cats, ...(fields ? { fields } : {}), ...(value.params ? { params: value.params } : {}) };
    }
    /** Whether every property of a logged record that carries the category is censored (`body.password` of a login body). */
    isRedactedBelow(paths, prefix, category, origin) {
        const carrying = this.types?.getPropertiesCarrying(origin.node, category);
        return carrying !== undefined && carrying !== null && carrying.length > 0 && carrying.every((name) => isRedactedByPino(paths, [...prefix, name]));
    }
    isInTestOnlyBranch(_node) {
        return false;
    }
    findFunctionById(node, id) {
        let current = node;
        while (current) {
            if (isFunctionNode(current) && this.functionIds.get(current) === id)
                return current;
            current = current.parent;
        }
        return null;
    }
    addWrapperSink(fn, index, sink) {
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
    processWrapperCalls() {
        // Per call, the wrapper sinks already reported through it. A (parameter, sink, part) has one
        // entry object in its function's lists (`addWrapperSink` deduplicates), so the entry stands for it.
        const done = new Map();
        let changed = true;
        for (let round = 0; changed && round < 5; round++) {
            changed = false;
            if (this.wrapperSinks.size === 0)
                break;
            for (const call of this.callSites) {
                const fn = this.resolveCallee(call);
                const byParam = fn ? this.wrapperSinks.get(fn) : undefined;
                if (!byParam)
                    continue;
                for (const [index, sinks] of byParam) {
                    const param = fn.params[index];
                    const args = param?.type === AST_NODE_TYPES.RestElement ? call.arguments.slice(index) : call.arguments.slice(index, index + 1);
                    if (args.length === 0)
                        continue;
                    for (const sink of sinks) {
                        let reported = done.get(call);
                        if (!reported) {
                            reported = new Set();
                            done.set(call, reported);
                        }
                        if (reported.has(sink))
                            continue;
                        reported.add(sink);
                        const before = this.wrapperVersion;
                        this.processSite({ place: getChainTop(call), sink: sink.sink, label: `${this.text(call.callee)} → ${sink.label}`, ...(sink.part ? { part: sink.part } : {}), data: args });
                        if (this.wrapperVersion !== before)
                            changed = true;
                    }
                }
            }
        }
    }
    reportValue(site, value, handler, place) {
        // Only the typed path adds to the map (a copy); without types the flattened value's own map is only read.
        let categories = flattenValue(withoutParams(value)).cats;
        // A whole record passed as it is (`res.json(user)`) is named by the expression at the sink.
        if (this.types) {
            const typed = new Map(categories);
            categories = typed;
            for (const data of site.data) {
                const node = unwrapExpression(data);
                if (node.type !== AST_NODE_TYPES.Identifier && node.type !== AST_NODE_TYPES.MemberExpression)
                    continue;
                for (const category of this.types.getCategories(node)) {
                    if (typed.get(category)?.fromType)
                        typed.set(category, { expression: this.text(node), node, fromType: true });
                }
            }
        }
        for (const [category, origin] of categories) {
            if (!this.isFinding(category, origin, site, handler))
                continue;
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
    isFinding(category, origin, site, handler) {
        if (site.sink === 'log') {
            // Policy 3: account status in internal logs is fine; policy 4: a masked number in a log is fine.
            return category !== 'account-status' && category !== 'phone-fragment';
        }
        const authenticated = handler?.authenticated ?? false;
        // Policy 3: only a caller who proved ownership may learn the state (owner scope or a verified password).
        // GraphQL's schema is the projection of a whole record (policy point 7), status fields included.
        if (origin.fromType && handler?.schemaProjects && site.sink === 'response')
            return false;
        if (category === 'account-status') {
            return (!(authenticated && handler?.ownerScoped === true) &&
                !this.isAfterPasswordCheck(site.place, handler) &&
                !this.isCallerRecord(origin, site.place, handler) &&
                !(site.sink === 'response' && this.isCreatedForCaller(origin, handler)));
        }
        if (site.sink === 'third-party')
            return true;
        // Responses. GraphQL's schema is the projection of a whole record (policy point 7).
        if (origin.fromType && handler?.schemaProjects)
            return false;
        if (category === 'credential')
            return !(origin.issued === true || this.isIssuedCredential(origin, handler));
        // What the caller has just typed, answered back in the body, tells them nothing new. Status
        // lines and headers are left out (proxies and CDNs log them), and so are thrown errors, whose
        // messages error handlers and trackers record.
        if (site.part === 'body' && site.place.type !== AST_NODE_TYPES.ThrowStatement && this.isEchoedInput(origin, handler))
            return false;
        // After a verified password the caller has proven they own the record (a login answering the
        // user's own profile), as for account status (policy points 2 and 3).
        if (this.isCreatedForCaller(origin, handler))
            return false;
        if (category === 'phone-fragment')
            return !authenticated && !this.isCallerRecord(origin, site.place, handler) && !this.isAfterPasswordCheck(site.place, handler);
        return !(authenticated && handler?.ownerScoped === true) && !this.isCallerRecord(origin, site.place, handler) && !this.isAfterPasswordCheck(site.place, handler);
    }
    /**
     * A sign-up answering the account it has just created (`const user = await User.create(body)`):
     * what it holds the caller typed a moment ago, so it is theirs (core's `isSignUpRoute`). Stored
     * credentials are decided before this (a hash stays a finding).
     */
    isCreatedForCaller(origin, handler) {
        if (!handler)
            return false;
        const path = handler.path ?? this.filename;
        if (!isSignUpRoute(path))
            return false;
        const node = unwrapExpression(origin.node);
        const root = node.type === AST_NODE_TYPES.CallExpression ? null : getChainRoot(node);
        const made = root?.type === AST_NODE_TYPES.Identifier ? this.boundInitializer(root) : node;
        const call = made === null ? null : unwrapExpression(made);
        if (call?.type !== AST_NODE_TYPES.CallExpression && call?.type !== AST_NODE_TYPES.NewExpression)
            return false;
        const name = call.type === AST_NODE_TYPES.NewExpression ? 'new' : getCalleeName(call.callee);
        return name !== null && CREATING_CALL.test(name) && this.enclosingFunction(call) === handler.node;
    }
    /**
     * Policy point 2 for one value: the record was looked up by the caller's own id
     * (`byId(ctx.state['user'].id)`, core's `ownerKeyPaths`), or the handler answered early unless
     * the record's owner is the caller (`if (order.buyerId !== res.locals.buyerId) return …`).
     * Either proves a session, so the handler is authenticated for that value.
     */
    isCallerRecord(origin, place, handler) {
        if (!handler)
            return false;
        const node = unwrapExpression(origin.node);
        const root = node.type === AST_NODE_TYPES.CallExpression ? null : getChainRoot(node);
        const lookup = root?.type === AST_NODE_TYPES.Identifier ? unwrapExpression(this.boundInitializer(root) ?? root) : node;
        if (lookup.type === AST_NODE_TYPES.CallExpression && lookup.arguments.some((argument) => this.containsOwnerKey(argument)))
            return true;
        // `getBillingAccount(session.orgId)` in an authenticated handler whose route takes no parameter:
        // keyed by the caller's session, it can only answer the caller's own record (as the analyzer decides).
        if (lookup.type === AST_NODE_TYPES.CallExpression &&
            handler.authenticated &&
            !this.routeTakesParameters(handler) &&
            lookup.arguments.some((argument) => isCallerExpressionText(this.text(unwrapExpression(argument))))) {
            return true;
        }
        if (root?.type !== AST_NODE_TYPES.Identifier || handler.node.body.type !== AST_NODE_TYPES.BlockStatement)
            return false;
        return handler.node.body.body.some((statement) => statement.type === AST_NODE_TYPES.IfStatement && statement.range[1] <= place.range[0] && this.exitsEarly(statement.consequent) && this.checksOwner(statement.test, root.name));
    }
    /** Whether the caller picks the record through the route: `/users/:id`, `{id}`, or Next.js's `[id]` folders. */
    routeTakesParameters(handler) {
        if (handler.path !== null)
            return /[:[{*]/.test(handler.path);
        return this.filename.includes('[');
    }
    /** Whether a value is the request body of this very request: `body.email` of `const body = ctx.request.body`, `req.body.phone`, `@Body() dto`. */
    isEchoedInput(origin, handler) {
        if (!handler || origin.fromType)
            return false;
        const isBody = (node) => {
            const current = unwrapExpression(node);
            const root = getChainRoot(current);
            if (root?.type !== AST_NODE_TYPES.Identifier)
                return false;
            const index = handler.node.params.findIndex((param) => this.paramBinds(param, root.name));
            if (index < 0)
                return false;
            if (handler.bodyParams.has(index))
                return true;
            const path = current.type === AST_NODE_TYPES.CallExpression ? `${getDottedPath(current.callee) ?? ''}()` : (getDottedPath(current) ?? '');
            const below = path.slice(root.name.length + 1);
            if (index === handler.params.request)
                return ECHO_REQUEST_PATHS.test(below);
            if (index === handler.params.context)
                return ECHO_CONTEXT_PATHS.test(below);
            return false;
        };
        // `InviteBody.parse(req.body)`: the request body, validated, is still what the caller sent; so is
        // `email.trim().toLowerCase()` and `searchParams.get('email') ?? ''`.
        const isParsedBody = (node) => {
            const current = unwrapEchoedText(node);
            if (isBody(current))
                return true;
            if (current.type !== AST_NODE_TYPES.CallExpression || current.callee.type !== AST_NODE_TYPES.MemberExpression)
                return false;
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
    isRequestInput(expression, handler, isParsedBody, depth) {
        if (depth > 4)
            return false;
        const node = unwrapEchoedText(expression);
        if (isParsedBody(node))
            return true;
        const root = getChainRoot(node);
        if (root?.type !== AST_NODE_TYPES.Identifier)
            return false;
        const def = this.findVariable(root)?.defs[0];
        if (def?.type === 'Variable' && def.node.type === AST_NODE_TYPES.VariableDeclarator && def.node.init) {
            return this.isRequestInput(def.node.init, handler, isParsedBody, depth + 1);
        }
        if (def?.type !== 'Parameter' || !isFunctionNode(def.node) || def.node === handler.node || this.handlers.has(def.node))
            return false;
        const fn = def.node;
        const index = fn.params.findIndex((param) => this.paramBinds(param, root.name));
        if (index < 0)
            return false;
        let calls = 0;
        for (const call of this.callSites) {
            if (this.resolveCallee(call) !== fn)
                continue;
            const argument = call.arguments[index];
            if (!argument || !this.isRequestInput(argument, handler, isParsedBody, depth + 1))
                return false;
            calls++;
        }
        return calls > 0;
    }
    /** Whether a test fails unless `<record>.<field>` equals the caller's id: `!order || order.buyerId !== req.user.id`. */
    checksOwner(test, record) {
        if (test.type === AST_NODE_TYPES.LogicalExpression && test.operator === '||')
            return this.checksOwner(test.left, record) || this.checksOwner(test.right, record);
        if (test.type !== AST_NODE_TYPES.BinaryExpression || (test.operator !== '!==' && test.operator !== '!='))
            return false;
        const rootedAt = (node) => {
            const root = getChainRoot(unwrapExpression(node));
            return node.type !== AST_NODE_TYPES.Identifier && root?.type === AST_NODE_TYPES.Identifier && root.name === record;
        };
        return (rootedAt(test.left) && this.containsOwnerKey(test.right)) || (rootedAt(test.right) && this.containsOwnerKey(test.left));
    }
    /** Whether an expression is, or wraps (`String(…)`), one of core's caller-identifying paths. */
    containsOwnerKey(node) {
        const current = unwrapExpression(node);
        if (current.type === AST_NODE_TYPES.MemberExpression || current.type === AST_NODE_TYPES.Identifier) {
            return isOwnerKey(this.text(current), this.knowledge.auth.ownerKeyPaths ?? []);
        }
        if (current.type === AST_NODE_TYPES.CallExpression && current.arguments.length === 1 && current.arguments[0])
            return this.containsOwnerKey(current.arguments[0]);
        if (current.type === AST_NODE_TYPES.TemplateLiteral && current.expressions.length === 1 && current.expressions[0])
            return this.containsOwnerKey(current.expressions[0]);
        return false;
    }
    isIssuedCredential(origin, handler) {
        const node = unwrapExpression(origin.node);
        const init = node.type === AST_NODE_TYPES.Identifier ? this.boundInitializer(node) : node;
        if (init) {
            // `randomBytes(24).toString('base64url')`: the chain's innermost call made the value.
            for (let call = unwrapExpression(init); call.type === AST_NODE_TYPES.CallExpression || call.type === AST_NODE_TYPES.NewExpression;) {
                const path = getDottedPath(call.callee);
                if (path !== null && (this.knowledge.matchesIssuanceCall(path) || this.knowledge.matchesIssuanceCall(path.split('.').at(-1))))
                    return true;
                const callee = unwrapExpression(call.callee);
                if (callee.type !== AST_NODE_TYPES.MemberExpression)
                    break;
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
                if (path !== null && (this.knowledge.matchesIssuanceCall(path) || this.knowledge.matchesIssuanceCall(path.split('.').at(-1))))
                    return true;
            }
        }
        const onIssuancePath = handler?.path !== undefined && handler.path !== null && this.knowledge.matchesIssuancePath(handler.path);
        // A whole typed record on a login route (`Promise<{ accessToken: string }>`) is issued when every
        // property carrying a credential is one a handler hands out; a user record with a hash is not.
        if (onIssuancePath && origin.fromType && this.types) {
            const carrying = this.types.getPropertiesCarrying(node, 'credential');
            if (carrying && carrying.length > 0 && carrying.every((name) => isIssuedCredentialName(name, this.knowledge.auth)))
                return true;
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
    isAfterPasswordCheck(place, handler) {
        if (!handler || handler.node.body.type !== AST_NODE_TYPES.BlockStatement)
            return false;
        const position = place.range[0];
        let verified = false;
        const visit = (node) => {
            if (verified || node.range[0] >= position)
                return;
            if (node.type === AST_NODE_TYPES.CallExpression) {
                const name = getCalleeName(node.callee);
                if (name !== null && VERIFY_CALL.test(name) && node.arguments.some((a) => findCategory(this.evaluate(a), 'credential') !== undefined)) {
                    verified = true;
                    return;
                }
            }
            const keys = this.sourceCode.visitorKeys[node.type] ?? [];
            for (const key of keys) {
                const child = node[key];
                // No one-element array per child: these walks run for every response's handler.
                if (Array.isArray(child)) {
                    for (const item of child)
                        if (item && typeof item.type === 'string')
                            visit(item);
                }
                else if (child && typeof child.type === 'string')
                    visit(child);
            }
        };
        visit(handler.node.body);
        return verified;
    }
    /**
     * The enumeration oracle: a response inside a branch on account state that differs from the
     * handler's other responses (`if (user.locked) return res.status(423).json(…)`).
     */
    checkStatusBranch(site, handler) {
        if (!handler || (handler.authenticated && handler.ownerScoped))
            return;
        const condition = this.findStatusCondition(site.place, handler.node);
        // One finding per branch: its first response reveals the state.
        if (!condition || this.reportedBranches.has(condition))
            return;
        if (this.isAfterPasswordCheck(site.place, handler))
            return;
        // `if (!user || user.banned || !passwordOk)`: the unknown account takes the same branch, so
        // this answer cannot tell a banned account from one that does not exist.
        if (this.sharesUnknownAccountBranch(condition))
            return;
        const signature = this.responseSignature(site.place);
        const others = this.collectHandlerResponses(handler).filter((other) => other !== site.place && !this.findStatusCondition(other, handler.node));
        if (others.some((other) => this.responseSignature(other) === signature))
            return;
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
    /** Whether an `||` condition on account state also holds when its record is missing (`!user || user.banned`). */
    sharesUnknownAccountBranch(condition) {
        if (condition.type !== AST_NODE_TYPES.LogicalExpression || condition.operator !== '||')
            return false;
        const operands = [];
        const flatten = (node) => {
            if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator === '||') {
                flatten(node.left);
                flatten(node.right);
            }
            else
                operands.push(node);
        };
        flatten(condition);
        const isNullish = (side) => (side.type === AST_NODE_TYPES.Literal && side.value === null) || (side.type === AST_NODE_TYPES.Identifier && side.name === 'undefined');
        const absentRecord = (node) => {
            if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!' && node.argument.type === AST_NODE_TYPES.Identifier)
                return node.argument.name;
            if (node.type === AST_NODE_TYPES.BinaryExpression && (node.operator === '==' || node.operator === '===')) {
                if (isNullish(node.right) && node.left.type === AST_NODE_TYPES.Identifier)
                    return node.left.name;
                if (isNullish(node.left) && node.right.type === AST_NODE_TYPES.Identifier)
                    return node.right.name;
            }
            return null;
        };
        // The missing record must be the one whose state is tested: `!passwordOk || user.banned` is not it.
        const statusRoots = new Set();
        for (const operand of operands) {
            if (!this.mentionsAccountStatus(operand))
                continue;
            let tested = operand.type === AST_NODE_TYPES.UnaryExpression ? operand.argument : operand;
            // `creator.deactivatedAt !== null`: the record is on the side that reads the state.
            if (tested.type === AST_NODE_TYPES.BinaryExpression)
                tested = this.mentionsAccountStatus(tested.left) ? tested.left : tested.right;
            const root = getChainRoot(tested);
            if (root?.type === AST_NODE_TYPES.Identifier)
                statusRoots.add(root.name);
        }
        return operands.some((operand) => {
            const name = absentRecord(operand);
            return name !== null && statusRoots.has(name);
        });
    }
    findStatusCondition(node, stop) {
        let child = node;
        let current = node.parent;
        while (current && current !== stop) {
            if (current.type === AST_NODE_TYPES.IfStatement && child !== current.test && this.mentionsAccountStatus(current.test))
                return current.test;
            if (current.type === AST_NODE_TYPES.ConditionalExpression && child !== current.test && this.mentionsAccountStatus(current.test))
                return current.test;
            // A `case` on the account state is a state branch; `default` is the unknown account's path.
            if (current.type === AST_NODE_TYPES.SwitchCase && current.test && current.parent?.type === AST_NODE_TYPES.SwitchStatement) {
                if (this.mentionsAccountStatus(current.parent.discriminant) || this.mentionsAccountStatus(current.test))
                    return current.parent.discriminant;
            }
            if (isFunctionNode(current))
                return null;
            child = current;
            current = current.parent;
        }
        return null;
    }
    statusTests = new Map();
    /** Whether a condition reads the account state; cached, since every response in a branch asks. */
    mentionsAccountStatus(test) {
        let cached = this.statusTests.get(test);
        if (cached === undefined) {
            cached = this.mentionsAccountStatusUncached(test);
            this.statusTests.set(test, cached);
        }
        return cached;
    }
    mentionsAccountStatusUncached(test) {
        let found = false;
        const visit = (node) => {
            if (found)
                return;
            if (node.type === AST_NODE_TYPES.Identifier || node.type === AST_NODE_TYPES.MemberExpression) {
                // A record whose type has a status field is not a test of that field (`if (!user)`).
                const origin = findCategory(this.evaluate(node), 'account-status');
                if (origin && !origin.fromType) {
                    found = true;
                    return;
                }
            }
            const literal = getStaticString(node);
            if (literal !== null && literal.length < 40 && this.knowledge.classifyName(literal) === 'account-status') {
                found = true;
                return;
            }
            if (isFunctionNode(node))
                return;
            const keys = this.sourceCode.visitorKeys[node.type] ?? [];
            for (const key of keys) {
                const child = node[key];
                // No one-element array per child: these walks run for every response's handler.
                if (Array.isArray(child)) {
                    for (const item of child)
                        if (item && typeof item.type === 'string')
                            visit(item);
                }
                else if (child && typeof child.type === 'string')
                    visit(child);
            }
        };
        visit(test);
        return found;
    }
    handlerResponses = new Map();
    collectHandlerResponses(handler) {
        const cached = this.handlerResponses.get(handler.node);
        if (cached)
            return cached;
        const result = [];
        for (const node of this.getCandidatesByHandler().get(handler.node) ?? []) {
            for (const site of this.safeMatch(node))
                if (site.sink === 'response' && !result.includes(site.place))
                    result.push(site.place);
        }
        this.handlerResponses.set(handler.node, result);
        return result;
    }
    candidatesByHandler;
    candidatesByFunction;
    /** Candidates grouped by the handler they run in, computed once (keeps the oracle check linear). */
    getCandidatesByHandler() {
        if (this.candidatesByHandler)
            return this.candidatesByHandler;
        const byHandler = new Map();
        for (const node of this.candidates) {
            const handler = this.getHandler(node);
            if (!handler)
                continue;
            const list = byHandler.get(handler.node);
            if (list)
                list.push(node);
            else
                byHandler.set(handler.node, [node]);
        }
        this.candidatesByHandler = byHandler;
        return byHandler;
    }
    /** Candidates grouped by their nearest enclosing function. */
    getCandidatesByFunction() {
        if (this.candidatesByFunction)
            return this.candidatesByFunction;
        const byFunction = new Map();
        for (const node of this.candidates) {
            const fn = isFunctionNode(node) ? node : this.enclosingFunction(node);
            const list = byFunction.get(fn);
            if (list)
                list.push(node);
            else
                byFunction.set(fn, [node]);
        }
        this.candidatesByFunction = byFunction;
        return byFunction;
    }
    safeMatch(node) {
        try {
            return this.matchSinks(node);
        }
        catch (error) {
            this.internalErrors.push(error);
            return [];
        }
    }
    responseSignature(node) {
        return this.text(node).replace(/\s+/g, '').replace(/^return/, '');
    }
    getProjection(site, origin, category) {
        if (!this.types || site.sink !== 'response' || !origin.fromType || category === 'phone-fragment')
            return undefined;
        const target = unwrapExpression(origin.node);
        if (target.type !== AST_NODE_TYPES.Identifier || !site.data.some((d) => unwrapExpression(d) === target))
            return undefined;
        const names = this.types.getPropertyNames(target);
        if (!names)
            return undefined;
        const keep = names.filter((name) => this.types.getPropertyCategories(target, name).length === 0);
        return keep.length > 0 && keep.length < names.length ? { target, keep } : undefined;
    }
    addFinding(finding) {
        const key = `${finding.node.range[0]}:${finding.category}:${finding.sink}`;
        if (this.reported.has(key))
            return;
        this.reported.add(key);
        this.findings.push(finding);
    }
    // ---------------------------------------------------------------- evaluation
    /** The value of an expression: categories, shape and parameter dependencies. Memoised. */
    evaluate(node) {
        // A literal carries nothing (and has no declared type to ask about): not worth a cache entry.
        if (node.type === AST_NODE_TYPES.Literal)
            return EMPTY;
        const cached = this.valueCache.get(node);
        // A node still being evaluated (a cycle) counts as empty; the marker saves a set of its own.
        if (cached !== undefined)
            return cached === IN_PROGRESS ? EMPTY : cached;
        this.valueCache.set(node, IN_PROGRESS);
        let value;
        try {
            value = this.evaluateUncached(node);
            if (this.types && this.isTypedCandidate(node)) {
                const projection = value.projection;
                for (const category of this.types.getCategories(node)) {
                    // An object this file built (`const payload = { holderPhone: maskPhone(p) }`) is known
                    // field by field: its type adds only what lies in properties the shape does not cover.
                    if (findCategory(value, category) === undefined && !this.coversTypedCategory(node, value, category) && !this.isProjectedOut(node, value, category)) {
                        value = mergeValues(value, createSourceValue(category, { expression: this.text(node), node, fromType: true }));
                    }
                }
                // The projection still describes the record after the type added what it keeps.
                if (projection !== undefined && value.projection === undefined)
                    value = { ...value, projection };
            }
            if (node.type === AST_NODE_TYPES.Identifier)
                value = this.withoutDeletedKeys(node, value);
        }
        catch (error) {
            this.internalErrors.push(error);
            value = EMPTY;
        }
        this.valueCache.set(node, value);
        return value;
    }
    deletesOf = new Map();
    /**
     * The value of a variable read after `delete copy.passwordHash`: without the deleted keys. Only a
     * delete that always runs (not under an `if` or a loop) in the reader's own function, before the
     * read, counts: a sink reached before it, or past a conditional one, still sees the field.
     */
    withoutDeletedKeys(use, value) {
        if (isEmptyValue(value))
            return value;
        const variable = this.findVariable(use);
        if (!variable)
            return value;
        let deletes = this.deletesOf.get(variable);
        if (deletes === undefined) {
            const found = [];
            for (const reference of variable.references) {
                const member = reference.identifier.parent;
                if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier)
                    continue;
                const operation = member.parent;
                if (operation?.type !== AST_NODE_TYPES.UnaryExpression || operation.operator !== 'delete' || operation.parent?.type !== AST_NODE_TYPES.ExpressionStatement)
                    continue;
                const key = member.computed ? getStaticString(member.property) : getPropertyName(member);
                if (key !== null && isUnconditional(operation.parent))
                    found.push({ key, statement: operation.parent });
            }
            deletes = found;
            this.deletesOf.set(variable, deletes);
        }
        if (deletes.length === 0)
            return value;
        const fn = this.enclosingFunction(use);
        const keys = new Set();
        for (const entry of deletes)
            if (entry.statement.range[1] <= use.range[0] && this.enclosingFunction(entry.statement) === fn)
                keys.add(entry.key);
        if (keys.size === 0)
            return value;
        const dropped = this.keyedCategories(value.cats, keys);
        let cats = value.cats;
        if (dropped.length > 0) {
            const next = new Map(value.cats);
            for (const category of dropped)
                next.delete(category);
            cats = next;
        }
        let fields = value.fields;
        if (fields && [...keys].some((key) => fields.has(key))) {
            const next = new Map(fields);
            for (const key of keys)
                next.delete(key);
            fields = next;
        }
        if (cats === value.cats && fields === value.fields)
            return value;
        return { cats, ...(fields ? { fields } : {}), ...(value.params ? { params: value.params } : {}) };
    }
    /** Whether a query projection the value went through left out every property of its type that carries the category. */
    isProjectedOut(node, value, category) {
        const projection = value.projection;
        if (projection === undefined)
            return false;
        const carrying = this.types?.getPropertiesCarrying(node, category, true);
        if (!carrying || carrying.length === 0)
            return projection.mode === 'allowlist';
        return projection.mode === 'allowlist' ? !carrying.some((name) => projection.keys.has(name)) : carrying.every((name) => projection.keys.has(name));
    }
    coversTypedCategory(node, value, category) {
        const fields = value.fields;
        if (fields === undefined || fields.size === 0)
            return false;
        const carrying = this.types?.getPropertiesCarrying(node, category);
        return carrying !== null && carrying !== undefined && carrying.length > 0 && carrying.every((name) => fields.has(name));
    }
    isTypedCandidate(node) {
        return (node.type === AST_NODE_TYPES.Identifier ||
            node.type === AST_NODE_TYPES.MemberExpression ||
            node.type === AST_NODE_TYPES.CallExpression ||
            node.type === AST_NODE_TYPES.AwaitExpression);
    }
    evaluateUncached(node) {
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
                if (node.operator === '+')
                    return flattenValue(mergeValues(this.evaluate(node.left), this.evaluate(node.right)));
                return EMPTY;
            case AST_NODE_TYPES.LogicalExpression:
                if (node.operator === '&&')
                    return this.evaluate(node.right);
                return mergeValues(this.evaluate(node.left), this.evaluate(node.right));
            case AST_NODE_TYPES.ConditionalExpression:
                return this.evaluateConditional(node);
            case AST_NODE_TYPES.SequenceExpression:
                return node.expressions.length > 0 ? this.evaluate(node.expressions.at(-1)) : EMPTY;
            case AST_NODE_TYPES.AssignmentExpression:
                return this.evaluate(node.right);
            case AST_NODE_TYPES.ObjectExpression:
                return this.evaluateObject(node);
            case AST_NODE_TYPES.ArrayExpression:
                return flattenValue(mergeAll(node.elements.filter((e) => e !== null).map((e) => this.evaluate(e))));
            case AST_NODE_TYPES.CallExpression:
                return this.evaluateCall(node);
            case AST_NODE_TYPES.NewExpression:
                return flattenValue(mergeAll(node.arguments.map((a) => this.evaluate(a))));
            default:
                return EMPTY;
        }
    }
    evaluateConditional(node) {
        let value = mergeValues(this.evaluate(node.consequent), this.evaluate(node.alternate));
        // `user.locked ? 423 : 401`: the value itself reveals the state.
        if (this.text(node.consequent) !== this.text(node.alternate) && this.mentionsAccountStatus(node.test)) {
            value = mergeValues(value, createSourceValue('account-status', { expression: this.text(node.test), node: node.test }));
        }
        return value;
    }
    evaluateIdentifier(node) {
        if (node.name === 'undefined')
            return EMPTY;
        const variable = this.findVariable(node);
        if (!variable || variable.defs.length === 0)
            return EMPTY;
        return this.evaluateVariable(variable, node);
    }
    evaluateVariable(variable, use) {
        const cached = this.variableCache.get(variable);
        if (cached !== undefined)
            return cached === IN_PROGRESS ? EMPTY : cached;
        this.variableCache.set(variable, IN_PROGRESS);
        let value = EMPTY;
        let opaque = false;
        for (const def of variable.defs) {
            if (def.type === 'Variable') {
                const declarator = def.node;
                const loop = declarator.parent?.parent;
                if (!declarator.init && loop && (loop.type === AST_NODE_TYPES.ForOfStatement || loop.type === AST_NODE_TYPES.ForInStatement) && loop.left === declarator.parent) {
                    if (loop.type === AST_NODE_TYPES.ForOfStatement)
                        value = mergeValues(value, flattenValue(this.evaluate(loop.right)));
                    continue;
                }
                if (declarator.init) {
                    const pattern = this.evaluatePattern(declarator.id, def.name, this.evaluate(declarator.init), declarator.init);
                    value = mergeValues(value, pattern.value);
                    opaque ||= pattern.opaque;
                }
            }
            else if (def.type === 'Parameter') {
                const parameter = this.evaluateParameter(def.node, def.name);
                value = mergeValues(value, parameter.value);
                opaque ||= parameter.opaque;
            }
        }
        // A `const` or an import is written once, by its declaration: its references need no scan
        // (a module's `logger` or `db` has hundreds).
        const rebindable = variable.defs.some((def) => def.type !== 'ImportBinding' && !(def.type === 'Variable' && def.parent?.type === AST_NODE_TYPES.VariableDeclaration && def.parent.kind === 'const'));
        for (const reference of rebindable ? variable.references : []) {
            // A read has no write expression: that test first spares most references the method call.
            if (!reference.writeExpr || reference.init || !reference.isWrite())
                continue;
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
    isKnownNonPersonal(node, category) {
        const current = unwrapExpression(node);
        if (current.type !== AST_NODE_TYPES.Identifier)
            return false;
        const variable = this.findVariable(current);
        const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
        if (def?.node.type !== AST_NODE_TYPES.VariableDeclarator || !def.node.init)
            return false;
        if (variable.references.some((reference) => reference.isWrite() && !reference.init))
            return false;
        let init = unwrapExpression(def.node.init);
        // `const [authors, banned] = await Promise.all([count(), count()])`: each binding is its element.
        if (def.node.id.type === AST_NODE_TYPES.ArrayPattern)
            init = getPromiseAllElement(def.node.id, init, current);
        else if (def.node.id.type !== AST_NODE_TYPES.Identifier)
            return false;
        if (init === null)
            return false;
        if (init.type === AST_NODE_TYPES.Literal)
            return true;
        if (init.type !== AST_NODE_TYPES.CallExpression)
            return false;
        const sanitizer = this.findSanitizer(init);
        // A boolean about an account is its state (`isLocked`); a count of accounts is no account's state.
        return sanitizer !== null && !(category === 'account-status' && sanitizer.id === 'boolean-conversion');
    }
    /** Whether an expression's value cannot be told from the code (a call, a lookup): then its name decides. */
    isOpaque(node) {
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
                return !this.findSanitizer(current) && !(this.isDerivationCall(current) && this.deriveCall(current) !== null);
            default:
                return true;
        }
    }
    evaluatePattern(pattern, target, value, init) {
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
                    if (!element || !this.containsBinding(element, target))
                        continue;
                    const item = element.type === AST_NODE_TYPES.RestElement ? null : (elements?.[index] ?? null);
                    return this.evaluatePattern(element.type === AST_NODE_TYPES.RestElement ? element.argument : element, target, flattenValue(value), item);
                }
                return { value: EMPTY, opaque: false };
            }
            case AST_NODE_TYPES.ObjectPattern: {
                const named = [];
                for (const property of pattern.properties) {
                    if (property.type === AST_NODE_TYPES.Property) {
                        const name = getKeyName(property);
                        if (name !== null)
                            named.push(name);
                    }
                }
                for (const property of pattern.properties) {
                    if (!this.containsBinding(property, target))
                        continue;
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
    containsBinding(node, target) {
        return node.range[0] <= target.range[0] && target.range[1] <= node.range[1];
    }
    /** A field read from a value: the known field, else the property's name decides (`{ password } = body`). */
    fieldOf(value, name, keyNode, container) {
        let result = value.fields?.get(name) ?? EMPTY;
        if (!value.fields?.has(name)) {
            const category = this.knowledge.classifyName(name);
            if (category !== null)
                result = mergeValues(result, createSourceValue(category, { expression: container ? `${this.text(container)}.${name}` : name, node: keyNode }));
            // The expression text is sliced only for a name some derivation reads (`countryCode`).
            if (this.derivationsNamed(name).length > 0)
                result = mergeValues(result, this.deriveProperty(value, name, keyNode, container ? `${this.text(container)}.${name}` : name));
            // Whole-record categories stay with a record read from it: `{ user } = await load()`.
            if (this.types && container) {
                for (const category of this.types.getPropertyCategories(container, name)) {
                    if (findCategory(result, category) === undefined)
                        result = mergeValues(result, createSourceValue(category, { expression: `${this.text(container)}.${name}`, node: keyNode, fromType: true }));
                }
            }
        }
        return result;
    }
    evaluateParameter(fn, name) {
        const index = fn.params.findIndex((param) => this.containsBinding(param, name));
        if (index < 0)
            return { value: EMPTY, opaque: true };
        const param = fn.params[index];
        // A callback of an array method or a promise receives the receiver's elements.
        const parent = fn.parent;
        if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === fn && parent.callee.type === AST_NODE_TYPES.MemberExpression) {
            const method = getPropertyName(parent.callee);
            if (method !== null && CALLBACK_METHODS.has(method) && index === 0) {
                return this.evaluatePattern(param, name, flattenValue(this.evaluate(parent.callee.object)), null);
            }
            if (method === 'reduce' && index === 1)
                return this.evaluatePattern(param, name, flattenValue(this.evaluate(parent.callee.object)), null);
        }
        let value = EMPTY;
        const handler = this.handlers.get(fn);
        // `@Body() dto` of a login, and a GraphQL `signIn(_, args)`: the parameter is the body itself.
        const isBody = handler !== undefined && (handler.bodyParams.has(index) || (handler.schemaProjects && index === handler.params.request));
        const route = isBody ? this.routePathOf(handler) : null;
        if (route !== null && this.knowledge.isCredentialRoute(route)) {
            value = createSourceValue('credential', { expression: name.name, node: name });
        }
        const simple = param.type === AST_NODE_TYPES.Identifier || (param.type === AST_NODE_TYPES.AssignmentPattern && param.left.type === AST_NODE_TYPES.Identifier) || param.type === AST_NODE_TYPES.RestElement || param.type === AST_NODE_TYPES.TSParameterProperty;
        if (simple)
            value = mergeValues(value, this.getParamValue(fn, index));
        if (!simple) {
            // A destructured parameter: each name decides for itself.
            const result = this.evaluatePattern(param, name, value, null);
            return { value: result.value, opaque: true };
        }
        return { value, opaque: true };
    }
    paramValues = new Map();
    /** The symbolic value of a function's parameter, made once per parameter (values are immutable). */
    getParamValue(fn, index) {
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
    evaluateMember(node) {
        const object = this.evaluate(node.object);
        const name = getPropertyName(node);
        if (name === null) {
            // `row[key]`, `list[0]`: an element of the value.
            return flattenValue(withoutParams(object));
        }
        if (this.isConversionProperty(name))
            return EMPTY;
        let value = object.fields?.get(name) ?? EMPTY;
        if (!object.fields?.has(name)) {
            const category = this.classifyMember(node, name);
            if (category !== null)
                value = mergeValues(value, createSourceValue(category, { expression: this.text(node), node }));
        }
        if (this.derivationsNamed(name).length > 0)
            value = mergeValues(value, this.deriveProperty(object, name, node, this.text(node)));
        if (name === 'body' && this.isCredentialRequest(node.object)) {
            value = mergeValues(value, createSourceValue('credential', { expression: this.text(node), node }));
        }
        if (name === 'headers' && !object.fields?.has(name) && isRequestObject(node.object)) {
            // Whole request headers carry the caller's `Authorization` and `Cookie`; a named header
            // (`req.headers['user-agent']`) is read off them and carries only itself.
            const base = this.text(node);
            const fields = REQUEST_SECRET_HEADERS.map((header) => [header, createSourceValue('credential', { expression: /^[a-z]+$/.test(header) ? `${base}.${header}` : `${base}['${header}']`, node })]);
            value = mergeValues(value, { cats: new Map(), fields: new Map(fields) });
        }
        return value;
    }
    /** A property's category, reading its parent's name when the property alone says nothing: `user.status`, `phone.last4`. */
    classifyMember(node, name) {
        const own = this.knowledge.classifyName(name);
        if (own !== null || this.knowledge.isIgnoredName(name))
            return own;
        const object = unwrapExpression(node.object);
        const parent = object.type === AST_NODE_TYPES.Identifier ? object.name : object.type === AST_NODE_TYPES.MemberExpression ? getPropertyName(object) : null;
        if (parent === null || parent.length === 0)
            return null;
        return this.knowledge.classifyName(`${parent}${name.charAt(0).toUpperCase()}${name.slice(1)}`);
    }
    deriveProperty(object, name, node, expression) {
        let value = EMPTY;
        if (this.derivationsNamed(name).length === 0)
            return value;
        for (const derivation of this.derivationsNamed(name)) {
            if (derivation.kind !== 'property' || findCategory(object, derivation.from) === undefined)
                continue;
            value = mergeValues(value, createSourceValue(derivation.to, { expression, node }));
        }
        return value;
    }
    /** The derivations an operation name triggers (exact names, and prefixes ending in `*`), cached per name. */
    derivationsNamed(name) {
        let found = this.derivationTable.get(name);
        if (!found) {
            found = this.knowledge.derivations.filter((derivation) => derivation.names.some((pattern) => matchesDerivationName(pattern, name)));
            this.derivationTable.set(name, found);
        }
        return found;
    }
    isConversionProperty(name) {
        return this.conversionProperties.has(name);
    }
    /** `req.body` (or `ctx.request.body`) of a handler registered on a login, signup or password route. */
    isCredentialRequest(node) {
        const root = getChainRoot(node);
        if (root?.type !== AST_NODE_TYPES.Identifier)
            return false;
        const handler = this.getHandler(node);
        const route = handler ? this.routePathOf(handler) : null;
        if (!handler || route === null || !this.knowledge.isCredentialRoute(route))
            return false;
        const path = getDottedPath(node);
        const index = handler.node.params.findIndex((param) => this.paramBinds(param, root.name));
        if (index < 0)
            return false;
        if (index === handler.params.request)
            return path === root.name;
        if (index === handler.params.context)
            return path === `${root.name}.request` || path === `${root.name}.req`;
        return false;
    }
    /**
     * A handler's route path: the registered one, or for a file-routed handler the path its file
     * names (`app/api/auth/login/route.ts` is `/api/auth/login`, `pages/api/signup.ts` is `/api/signup`).
     */
    routePathOf(handler) {
        // A GraphQL resolver (`Mutation.signIn`) is routed by its field.
        if (handler.path !== null && handler.schemaProjects && !handler.path.includes('/'))
            return `/${handler.path.split('.').at(-1) ?? ''}`;
        if (handler.path !== null)
            return handler.path;
        const app = /(?:^|\/)app(\/.*)\/route\.[cm]?[jt]sx?$/.exec(this.filename);
        if (app)
            return app[1];
        const pages = /(?:^|\/)pages(\/api\/.*?)(?:\/index)?\.[cm]?[jt]sx?$/.exec(this.filename);
        return pages ? pages[1] : null;
    }
    evaluateObject(node) {
        const fields = new Map();
        let rest = EMPTY;
        // Spreads whose whole-record categories a later key may override (`{ ...user, passwordHash: undefined }`).
        let spreads = null;
        for (const property of node.properties) {
            if (property.type === AST_NODE_TYPES.SpreadElement) {
                const spread = this.evaluate(property.argument);
                for (const [key, field] of spread.fields ?? [])
                    fields.set(key, field);
                if (spread.cats.size > 0)
                    (spreads ??= []).push({ node: property.argument, cats: spread.cats, later: new Set() });
                rest = mergeValues(rest, { cats: spread.cats, ...(spread.params ? { params: spread.params } : {}) });
                continue;
            }
            if (isFunctionNode(property.value))
                continue;
            const name = getKeyName(property);
            if (name !== null && spreads !== null)
                for (const spread of spreads)
                    spread.later.add(name);
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
            let cats = null;
            for (const spread of spreads) {
                if (spread.later.size === 0)
                    continue;
                for (const category of this.keyedCategories(spread.cats, spread.later)) {
                    if (spreads.some((other) => other !== spread && other.cats.has(category) && !this.keyedCategories(other.cats, other.later).includes(category)))
                        continue;
                    const next = new Map(cats ?? rest.cats);
                    next.delete(category);
                    cats = next;
                }
            }
            if (cats !== null)
                rest = { cats, ...(rest.params ? { params: rest.params } : {}) };
        }
        return { cats: rest.cats, fields, ...(rest.params ? { params: rest.params } : {}) };
    }
    /**
     * The whole-value categories that lie entirely under the given keys: for a typed record, every
     * property of its type that carries the category is among them; otherwise a key is named by it
     * (`password` for the credential of a login body), as for a denylist.
     */
    keyedCategories(cats, keys) {
        const result = [];
        for (const [category, origin] of cats) {
            if (origin.fromType) {
                // The record may sit in an array or a promise (`rows.map(({ bank, ...rest }) => rest)`).
                const carrying = this.types?.getPropertiesCarrying(origin.node, category, true);
                if (carrying && carrying.length > 0 && carrying.every((name) => keys.has(name)))
                    result.push(category);
            }
            else {
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
    evaluateCall(node) {
        const callee = unwrapExpression(node.callee);
        // A helper whose body is in view is analysed, not trusted by its name.
        const local = this.resolveCallee(node);
        if (local)
            return this.applySummary(local, node);
        if (this.isDigitMask(node))
            return EMPTY;
        const derived = this.deriveCall(node);
        const sanitizer = this.findSanitizer(node);
        const sanitized = sanitizer ? this.applySanitizer(sanitizer, node, derived) : null;
        if (sanitized)
            return sanitized;
        if (derived)
            return derived;
        // The dotted path is built only when its last name can end a serializer's (`stringify`).
        const tail = getCalleeName(callee);
        const path = tail !== null && SERIALIZER_TAILS.has(tail) ? getDottedPath(callee) : null;
        const root = path !== null && SERIALIZERS.has(path) ? beforeFirstDot(path) : '';
        if (path !== null && SERIALIZERS.has(path) && (!this.isLocallyBound(root, node) || /^(node:)?util$/.test(this.imports.get(root)?.module ?? ''))) {
            return path === 'Object.assign' ? mergeAll(node.arguments.map((a) => this.evaluate(a))) : this.evaluateArguments(node);
        }
        if (callee.type === AST_NODE_TYPES.MemberExpression) {
            const method = getPropertyName(callee);
            if (method === null)
                return EMPTY;
            // A loose schema from another module (`MeSchema.parse(user)`): the whole input comes back.
            if (method !== null && SCHEMA_PARSES.has(method) && node.arguments[0] !== undefined && this.types?.isLooseZodSchema(callee.object) === true) {
                return this.evaluate(node.arguments[0]);
            }
            // `await request.json()`, `c.req.json()`: the body of a login, sign-up or password change is a credential as a whole.
            if (BODY_READERS.has(method) && this.isCredentialRequest(callee.object))
                return createSourceValue('credential', { expression: this.text(node), node });
            const receiver = this.evaluate(callee.object);
            // `.select('-password').lean()`: a query builder's next step returns the same documents.
            if (QUERY_CHAIN.has(method))
                return receiver;
            if (method === 'map' || method === 'flatMap' || method === 'then') {
                const fn = node.arguments[0] && isFunctionNode(node.arguments[0]) ? node.arguments[0] : null;
                if (!fn)
                    return method === 'then' ? receiver : EMPTY;
                return flattenValue(withoutParamsOf(this.returnValue(fn), this.functionId(fn)));
            }
            if (STRING_METHODS.has(method) || method === 'slice' || method === 'substring' || method === 'substr') {
                const base = flattenValue(receiver);
                return method === 'concat' || method === 'join' ? mergeValues(base, this.evaluateArguments(node)) : base;
            }
        }
        return EMPTY;
    }
    /** Every argument's categories as one string value (no closure per evaluated call). */
    evaluateArguments(node) {
        return flattenValue(mergeAll(node.arguments.map((a) => this.evaluate(a))));
    }
    sanitizerOf = new Map();
    /** The sanitizer a call applies; memoised, since evaluation and the opacity test both ask. */
    findSanitizer(node) {
        let found = this.sanitizerOf.get(node);
        if (found === undefined) {
            found = this.findSanitizerUncached(node);
            this.sanitizerOf.set(node, found);
        }
        return found;
    }
    findSanitizerUncached(node) {
        const name = getCalleeName(node.callee);
        // A hash chain: `createHash('sha256').update(email).digest('hex')`.
        let root = node;
        while (root.type === AST_NODE_TYPES.CallExpression && root.callee.type === AST_NODE_TYPES.MemberExpression && root.callee.object.type === AST_NODE_TYPES.CallExpression) {
            root = root.callee.object;
        }
        const rootName = root !== node && root.type === AST_NODE_TYPES.CallExpression ? getCalleeName(root.callee) : null;
        if (name === null && rootName === null)
            return null;
        const index = this.sanitizerIndex;
        const byName = name === null ? undefined : index.byTail.get(name);
        // Default exports are called by their local name, so they sit under `*`: only a callee rooted at an import can be one.
        const calleeRoot = name === null ? null : getChainRoot(node.callee);
        const byDefault = calleeRoot?.type === AST_NODE_TYPES.Identifier && this.imports.has(calleeRoot.name) ? index.byTail.get('*') : undefined;
        const byRoot = rootName === null ? undefined : index.byTail.get(rootName);
        // Most calls have no candidate at all: the list is built only when one exists.
        if (byName !== undefined || byDefault !== undefined || byRoot !== undefined) {
            const path = getDottedPath(node.callee);
            const rootPath = rootName === null ? null : getDottedPath(root.callee);
            // The three lists in this order, without concatenating them (`*` has entries for every call).
            for (const list of [byName, byDefault, byRoot]) {
                if (list === undefined)
                    continue;
                for (const { sanitizer, call } of list) {
                    if (call.module === 'zod') {
                        if (name === call.callee && this.isZodSchema(node.callee))
                            return sanitizer;
                        continue;
                    }
                    // `slice(0, 2)` is no card's last four but an IBAN's country: each truncation by its own bounds.
                    if (sanitizer.kind === 'truncate' && !this.keepsAtMost(node, sanitizer.keeps ?? { from: 'end', length: 4 }))
                        continue;
                    // `find({ select: … })` projects; `rows.find((row) => …)` is the array method of the same name.
                    if (call.module === undefined && sanitizer.optionKeys !== undefined && !hasOptionKey(node, sanitizer.optionKeys))
                        continue;
                    if (path !== null && this.matchesCallee(path, call))
                        return sanitizer;
                    // A method of any receiver, also on a chain that has calls in it (`findById(id).select('-password')`).
                    if (path === null && call.module === undefined && !call.callee.includes('.') && name === call.callee && unwrapExpression(node.callee).type === AST_NODE_TYPES.MemberExpression)
                        return sanitizer;
                    if (rootPath !== null && call.chain && this.matchesCallee(rootPath, call))
                        return sanitizer;
                }
            }
        }
        return name === null ? null : findSanitizerByName(index, name);
    }
    /** `bcrypt.hash` for `{ module: 'bcrypt', callee: 'hash' }`: the root is imported from the module, or the callee is the named import. */
    matchesCallee(path, call) {
        if (call.module === undefined)
            return path === call.callee || path.endsWith(`.${call.callee}`);
        // Asked for every candidate of every call: the root by index, not by splitting the path.
        const dot = path.indexOf('.');
        const root = dot < 0 ? path : path.slice(0, dot);
        const imported = this.imports.get(root);
        if (!imported)
            return false;
        const module = call.module;
        if (imported.module !== module && imported.module !== (module.startsWith('node:') ? module.slice(5) : module) && `node:${imported.module}` !== module)
            return false;
        const rest = dot < 0 ? '' : path.slice(dot + 1);
        if (imported.export === 'default' || imported.export === '*')
            return rest === call.callee || (call.callee === 'default' && rest === '') || `${root}.${rest}` === call.callee;
        return rest === '' && imported.export === call.callee;
    }
    /** The receiver of `.parse` is a zod object schema: `const UserDto = z.object({...})`. */
    isZodSchema(callee) {
        const current = unwrapExpression(callee);
        if (current.type !== AST_NODE_TYPES.MemberExpression)
            return false;
        const schema = this.zodSchemaChain(current.object);
        return schema !== null;
    }
    zodSchemaChain(node) {
        let current = unwrapExpression(node);
        if (current.type === AST_NODE_TYPES.Identifier)
            current = unwrapExpression(this.boundInitializer(current) ?? current);
        const root = getChainRoot(current);
        if (root?.type !== AST_NODE_TYPES.Identifier || this.imports.get(root.name)?.module !== 'zod')
            return null;
        return current.type === AST_NODE_TYPES.CallExpression ? current : null;
    }
    /** The sanitised value, or null when the call does not meet the sanitizer's condition. */
    applySanitizer(sanitizer, node, derived) {
        const callee = unwrapExpression(node.callee);
        // A projection without keys the engine can read (`JSON.stringify(x, null, 2)`) projects nothing.
        if (sanitizer.kind === 'projection')
            return this.applyProjection(sanitizer, node);
        const receiverValue = callee.type === AST_NODE_TYPES.MemberExpression ? this.evaluate(callee.object) : EMPTY;
        const input = derived ?? mergeValues(mergeAll(node.arguments.map((a) => this.evaluate(a))), receiverValue);
        // A sanitised value no longer depends on what was passed in.
        return withoutParams(removeCategories(input, sanitizer.removes));
    }
    /** `value.replace(/\d/g, '•')`: every digit replaced by a constant, so no digit is left (policy point 4). */
    isDigitMask(node) {
        const callee = unwrapExpression(node.callee);
        if (callee.type !== AST_NODE_TYPES.MemberExpression)
            return false;
        const method = getPropertyName(callee);
        if (method !== 'replace' && method !== 'replaceAll')
            return false;
        const [pattern, replacement] = node.arguments;
        if (pattern?.type !== AST_NODE_TYPES.Literal || !('regex' in pattern) || !pattern.regex)
            return false;
        if (!pattern.regex.flags.includes('g') || !/^(\\d|\[0-9\]|\[\\d\])\+?$/.test(pattern.regex.pattern))
            return false;
        return replacement !== undefined && getStaticString(replacement) !== null && !/\d|\$/.test(getStaticString(replacement));
    }
    /** `slice(-4)`, `substr(-4)`, `at(-1)` for a last-four truncation; `slice(0, 2)` for one that keeps the start: literal bounds only. */
    keepsAtMost(node, keeps) {
        const [first, second] = node.arguments;
        const literal = (argument) => (argument?.type === AST_NODE_TYPES.Literal && typeof argument.value === 'number' ? argument.value : null);
        if (keeps.from === 'start') {
            const end = literal(second);
            return node.arguments.length === 2 && literal(first) === 0 && end !== null && end <= keeps.length;
        }
        return (node.arguments.length === 1 &&
            first?.type === AST_NODE_TYPES.UnaryExpression &&
            first.operator === '-' &&
            literal(first.argument) !== null &&
            literal(first.argument) <= keeps.length);
    }
    applyProjection(sanitizer, node) {
        const query = this.applyQueryProjection(sanitizer, node);
        if (query !== undefined)
            return query;
        const callee = unwrapExpression(node.callee);
        let keys;
        let source;
        let container;
        if (sanitizer.calls?.some((c) => c.module === 'zod') && callee.type === AST_NODE_TYPES.MemberExpression) {
            const chain = this.zodSchemaChain(callee.object);
            if (!chain)
                return null;
            const chainText = this.text(chain);
            if ((sanitizer.keepsAll ?? []).some((name) => chainText.includes(name.includes('.') ? name : `.${name}(`))) {
                return node.arguments[0] ? this.evaluate(node.arguments[0]) : EMPTY;
            }
            const shape = chain.arguments.find((a) => a.type === AST_NODE_TYPES.ObjectExpression);
            keys = shape ? shape.properties.map((p) => (p.type === AST_NODE_TYPES.Property ? getKeyName(p) : null)).filter((k) => k !== null) : null;
            container = node.arguments[0] ?? null;
            source = container ? this.evaluate(container) : EMPTY;
        }
        else {
            keys = this.projectionKeys(node);
            container = node.arguments[0] ?? null;
            source = container ? this.evaluate(container) : EMPTY;
        }
        if (!keys)
            return null;
        const fields = new Map();
        if (sanitizer.mode === 'denylist') {
            for (const [key, field] of source.fields ?? [])
                if (!keys.includes(key))
                    fields.set(key, field);
            const removed = keys.map((k) => this.knowledge.classifyName(k)).filter((c) => c !== null);
            return { ...removeCategories({ cats: source.cats }, [...new Set(removed)]), fields };
        }
        for (const key of keys)
            fields.set(key, this.fieldOf(source, key, node, container));
        return { cats: new Map(), fields };
    }
    /**
     * Query projections (core's `mongoose-select`, and `select` options such as `typeorm-select`):
     * `User.findById(id).select('-password')` keeps every path but the named ones, `.select('name
     * email')` and `find({ select: { id: true } })` only the named ones. `undefined` when the model is
     * no query projection; `null` when the call projects nothing the engine can read.
     */
    applyQueryProjection(sanitizer, node) {
        const callee = unwrapExpression(node.callee);
        if (sanitizer.id === 'mongoose-select') {
            if (callee.type !== AST_NODE_TYPES.MemberExpression)
                return null;
            const spec = readMongooseProjection(node.arguments[0]);
            if (spec === null)
                return null;
            return this.projectRecord(this.evaluate(callee.object), spec, node);
        }
        if (sanitizer.optionKeys === undefined || sanitizer.mode !== 'allowlist' || sanitizer.calls?.some((call) => call.module !== undefined))
            return undefined;
        const options = node.arguments[0];
        const select = options?.type === AST_NODE_TYPES.ObjectExpression ? sanitizer.optionKeys.map((key) => this.findProperty(options, key)).find((found) => found !== null) : undefined;
        if (!select)
            return null;
        const keys = readSelectedKeys(select);
        if (keys === null)
            return null;
        return this.projectRecord(EMPTY, { mode: 'allowlist', keys }, node);
    }
    /** The record after a projection: the kept fields, each named by its key when nothing else is known. */
    projectRecord(source, projection, node) {
        if (projection.mode === 'denylist') {
            const fields = new Map([...(source.fields ?? [])].filter(([key]) => !projection.keys.has(key)));
            const dropped = this.keyedCategories(source.cats, projection.keys);
            const cats = new Map([...source.cats].filter(([category]) => !dropped.includes(category)));
            return { cats, fields, ...(source.params ? { params: source.params } : {}), projection };
        }
        const fields = new Map();
        for (const key of projection.keys)
            fields.set(key, this.fieldOf(source, key, node, null));
        return { cats: new Map(), fields, projection };
    }
    projectionKeys(node) {
        for (const argument of node.arguments.slice(1)) {
            if (argument.type === AST_NODE_TYPES.ArrayExpression) {
                const keys = argument.elements.map((e) => (e ? getStaticString(e) : null));
                if (keys.every((k) => k !== null))
                    return keys;
            }
            const single = getStaticString(argument);
            if (single !== null)
                return [single];
        }
        return null;
    }
    isDerivationCall(node) {
        const name = getCalleeName(node.callee);
        return name !== null && this.derivationsNamed(name).some((d) => d.kind === 'call' || d.kind === 'method');
    }
    /** `phone.slice(-4)`, `parsePhoneNumber(phone).countryCallingCode`, `maskPhone(phone)`: the category turns into another. */
    deriveCall(node) {
        const callee = unwrapExpression(node.callee);
        const name = getCalleeName(callee);
        // Most callee names trigger no derivation: no list for them.
        if (name === null || this.derivationsNamed(name).length === 0)
            return null;
        const conversions = [];
        let kind = null;
        for (const derivation of this.derivationsNamed(name)) {
            if (derivation.kind === 'method' && callee.type === AST_NODE_TYPES.MemberExpression && kind !== 'call')
                kind = 'method';
            // A library's function counts only when the callee comes from it: `PayeeSchema.parse(row)` is no phone parser.
            else if (derivation.kind === 'call' && kind !== 'method' && (derivation.module === undefined || this.isFromModule(callee, derivation.module)))
                kind = 'call';
            else
                continue;
            if (derivation.kind === kind)
                conversions.push([derivation.from, derivation.to]);
        }
        if (kind === null || conversions.length === 0)
            return null;
        const input = kind === 'method' && callee.type === AST_NODE_TYPES.MemberExpression
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
    isFromModule(callee, module) {
        let current = callee;
        for (let depth = 0; current !== null && depth < 4; depth++) {
            const root = getChainRoot(unwrapExpression(current));
            if (root?.type !== AST_NODE_TYPES.Identifier)
                return false;
            const imported = this.imports.get(root.name);
            if (imported)
                return imported.module === module || imported.module.startsWith(`${module}/`);
            current = this.boundInitializer(root);
        }
        return false;
    }
    /** Applies derivations to a value: each category with a derivation turns into its target; others stay. */
    convertCategories(input, conversions, node) {
        const cats = new Map();
        let changed = false;
        for (const [category, origin] of input.cats) {
            const targets = conversions.filter(([from]) => from === category).map(([, to]) => to);
            if (targets.length === 0) {
                cats.set(category, origin);
                continue;
            }
            changed = true;
            for (const target of targets)
                cats.set(target, target === category ? origin : { expression: this.text(node), node });
        }
        // A helper's parameter: the conversion happens to whatever the caller passes.
        const suffix = conversions.map(([from, to]) => `>${from}>${to}`).join('');
        const params = input.params ? new Set([...input.params].map((key) => `${key}${suffix}`)) : undefined;
        if (!changed && !params)
            return input.cats.size > 0 ? input : null;
        return { cats, ...(params ? { params } : {}) };
    }
    /** The local function a call invokes: a declaration, a `const f = () => …`, or `this.method()` in the same class. */
    resolveCallee(node) {
        return this.resolveFunction(node.callee);
    }
    resolveFunction(node) {
        const current = unwrapExpression(node);
        if (isFunctionNode(current))
            return current;
        if (current.type === AST_NODE_TYPES.Identifier) {
            const def = this.findVariable(current)?.defs[0];
            if (!def)
                return null;
            if (def.node.type === AST_NODE_TYPES.FunctionDeclaration)
                return def.node;
            if (def.node.type === AST_NODE_TYPES.VariableDeclarator && def.node.init && isFunctionNode(def.node.init))
                return def.node.init;
            return null;
        }
        if (current.type === AST_NODE_TYPES.MemberExpression && current.object.type === AST_NODE_TYPES.ThisExpression) {
            const name = getPropertyName(current);
            let body = current.parent;
            while (body && body.type !== AST_NODE_TYPES.ClassBody)
                body = body.parent;
            if (!body || name === null)
                return null;
            for (const member of body.body) {
                if (member.type === AST_NODE_TYPES.MethodDefinition && getKeyName(member) === name && member.value.type === AST_NODE_TYPES.FunctionExpression)
                    return member.value;
                if (member.type === AST_NODE_TYPES.PropertyDefinition && getKeyName(member) === name && member.value && isFunctionNode(member.value))
                    return member.value;
            }
        }
        return null;
    }
    summaries = new Map();
    isEvaluated(node) {
        if (node.type === AST_NODE_TYPES.Literal)
            return true;
        const cached = this.valueCache.get(node);
        return cached !== undefined && cached !== IN_PROGRESS;
    }
    /** A function's summary (what it returns, symbolically); cached once none of its returns is still being evaluated. */
    returnValue(fn) {
        const cached = this.summaries.get(fn);
        if (cached)
            return cached;
        const returns = this.returns.get(fn) ?? [];
        const value = mergeAll(returns.map((node) => this.evaluate(node)));
        // Inside a recursion a return still in progress counts as empty: that partial answer is not kept.
        if (returns.every((node) => this.isEvaluated(node)))
            this.summaries.set(fn, value);
        return value;
    }
    /** A local call's value from the callee's summary: what it returns, with its parameters replaced by the arguments. */
    applySummary(fn, call) {
        const id = this.functionId(fn);
        const summary = this.returnValue(fn);
        return this.substitute(summary, id, fn, call);
    }
    substitute(value, id, fn, call) {
        const prefix = `${id}:`;
        let cats = { cats: value.cats };
        // Other functions' parameters stay symbolic; allocated only when there is one.
        let params = null;
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
                    let argumentValue = this.evaluate(call.arguments[a]);
                    if (conversions) {
                        const pairs = [];
                        for (let i = 1; i + 1 < conversions.length; i += 2)
                            pairs.push([conversions[i], conversions[i + 1]]);
                        if (pairs.length > 0)
                            argumentValue = this.convertCategories(flattenValue(argumentValue), pairs, call) ?? EMPTY;
                    }
                    cats = mergeValues(cats, argumentValue);
                }
            }
        }
        let fields;
        if (value.fields) {
            // Same entries in the same order as mapping the entries, without the intermediate arrays.
            fields = new Map();
            for (const [key, field] of value.fields)
                fields.set(key, this.substitute(field, id, fn, call));
        }
        const hasParams = (params !== null && params.size > 0) || cats.params;
        const result = { cats: cats.cats, ...(cats.fields ? { fields: cats.fields } : {}), ...(hasParams ? { params: new Set([...(params ?? []), ...(cats.params ?? [])]) } : {}) };
        return fields ? mergeValues(result, { cats: new Map(), fields }) : result;
    }
    findProperty(object, key) {
        for (const property of object.properties) {
            if (property.type === AST_NODE_TYPES.Property && getKeyName(property) === key)
                return property.value;
        }
        return null;
    }
    text(node) {
        // What `getText(node)` returns, without its optional-argument handling on a hot path.
        return this.sourceCode.text.slice(node.range[0], node.range[1]);
    }
}
/**
 * `<functionId>:<parameterIndex>[>from>to…]` as its two numbers, read as `parseInt` reads the parts
 * of `key.split(':')` (a key has one colon; `parseInt` stops at the `>` of a conversion suffix).
 */
function parseParamKey(key) {
    const colon = key.indexOf(':');
    return [Number.parseInt(colon < 0 ? key : key.slice(0, colon), 10), colon < 0 ? Number.NaN : Number.parseInt(key.slice(colon + 1), 10)];
}
/** The value without one function's own parameter dependencies (a callback evaluated in place). */
function withoutParamsOf(value, id) {
    if (!value.params)
        return value;
    const params = new Set([...value.params].filter((key) => !key.startsWith(`${id}:`)));
    return { cats: value.cats, ...(value.fields ? { fields: value.fields } : {}), ...(params.size ? { params } : {}) };
}
/** A derivation name matches exactly, or by prefix when it ends in `*` (`mask*`). */
function matchesDerivationName(pattern, name) {
    return pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : pattern === name;
}
/** Whether a member chain starts at `this` (`this.a.b`), read as `getDottedPath` reads it. */
/** The class body around a node, as `boundInitializer` finds it for `this.x`; null outside a class. */
function getEnclosingClassBody(node) {
    let current = node.parent;
    while (current && current.type !== AST_NODE_TYPES.ClassBody)
        current = current.parent;
    return current ?? null;
}
/**
 * The module a package subpath names, without the file extension NodeNext makes projects write
 * (`next/server.js` is `next/server`). A package's own name keeps its dots (`chart.js`), and a
 * relative path is left as written.
 */
function getPackageModule(specifier) {
    if (specifier.startsWith('.') || specifier.startsWith('/'))
        return specifier;
    const nameParts = specifier.startsWith('@') ? 2 : 1;
    if (specifier.split('/').length <= nameParts)
        return specifier;
    return specifier.replace(/\.(js|mjs|cjs)$/, '');
}
/** What a request handler's request parameter reads that the caller sent: body, query, path parameters (below `req.`). */
const ECHO_REQUEST_PATHS = /^(body|query|params)(\.|$)|^(json|formData)\(\)$|^nextUrl\.searchParams\.get\(\)$/;
/** The same below a context parameter (Koa `ctx`, Hono `c`). */
const ECHO_CONTEXT_PATHS = /^(request\.(body|query)|query|params)(\.|$)|^req\.(json|query|param|parseBody|formData)\(\)$/;
/** Methods that normalise typed text without adding anything (`trim`, `toLowerCase`). */
const NORMALISING_METHODS = new Set(['trim', 'trimStart', 'trimEnd', 'toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase', 'normalize']);
/** The input under normalisation and a literal fallback: `(x ?? '').trim().toLowerCase()` is `x`. */
function unwrapEchoedText(node) {
    let current = unwrapExpression(node);
    for (;;) {
        if (current.type === AST_NODE_TYPES.LogicalExpression && (current.operator === '??' || current.operator === '||') && current.right.type === AST_NODE_TYPES.Literal) {
            current = unwrapExpression(current.left);
        }
        else if (current.type === AST_NODE_TYPES.CallExpression && current.callee.type === AST_NODE_TYPES.MemberExpression && NORMALISING_METHODS.has(getPropertyName(current.callee) ?? '')) {
            current = unwrapExpression(current.callee.object);
        }
        else if (current.type === AST_NODE_TYPES.CallExpression && current.callee.type === AST_NODE_TYPES.Identifier && current.callee.name === 'String' && current.arguments[0]) {
            current = unwrapExpression(current.arguments[0]);
        }
        else {
            return current;
        }
    }
}
/** Whether a call's first argument is an options object with one of the keys (`{ select: … }`). */
function hasOptionKey(node, keys) {
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
function readMongooseProjection(argument) {
    if (!argument)
        return null;
    const text = getStaticString(argument);
    if (text !== null) {
        const tokens = text.split(/\s+/).filter((token) => token.length > 0 && !token.startsWith('+'));
        if (tokens.length === 0)
            return null;
        const removing = tokens.every((token) => token.startsWith('-'));
        if (!removing && tokens.some((token) => token.startsWith('-')))
            return null;
        return { mode: removing ? 'denylist' : 'allowlist', keys: new Set(tokens.map((token) => token.replace(/^-/, '').split('.')[0])) };
    }
    if (argument.type !== AST_NODE_TYPES.ObjectExpression)
        return null;
    const keep = new Set();
    const drop = new Set();
    for (const property of argument.properties) {
        if (property.type !== AST_NODE_TYPES.Property)
            return null;
        const key = getKeyName(property);
        const value = property.value;
        if (key === null || value.type !== AST_NODE_TYPES.Literal)
            return null;
        (value.value === 0 || value.value === false ? drop : keep).add(key.split('.')[0]);
    }
    if (keep.size > 0 && drop.size > 0)
        return null;
    return keep.size > 0 ? { mode: 'allowlist', keys: keep } : drop.size > 0 ? { mode: 'denylist', keys: drop } : null;
}
/** The top-level keys a `select` option keeps: `{ id: true, customer: { phone: true } }`, or `['id', 'name']`. */
function readSelectedKeys(select) {
    const keys = new Set();
    if (select.type === AST_NODE_TYPES.ArrayExpression) {
        for (const element of select.elements) {
            const key = element ? getStaticString(element) : null;
            if (key === null)
                return null;
            keys.add(key);
        }
        return keys;
    }
    if (select.type !== AST_NODE_TYPES.ObjectExpression)
        return null;
    for (const property of select.properties) {
        if (property.type !== AST_NODE_TYPES.Property)
            return null;
        const key = getKeyName(property);
        if (key === null)
            return null;
        if (property.value.type === AST_NODE_TYPES.Literal && property.value.value === false)
            continue;
        keys.add(key);
    }
    return keys;
}
/** Calls that create a record: `User.create`, `repo.insert`, `users.save`, `registerUser` (and `new User`). */
const CREATING_CALL = /^(create|insert|save|add|register|signUp|signup|new)([A-Z_]|$)/;
/** The elements of `await Promise.all([a, b])` (a spread or a hole is null), or null for any other initializer. */
function getPromiseAllElements(init) {
    if (init.type !== AST_NODE_TYPES.CallExpression || getDottedPath(init.callee) !== 'Promise.all' || init.arguments[0]?.type !== AST_NODE_TYPES.ArrayExpression)
        return null;
    return init.arguments[0].elements.map((element) => (element && element.type !== AST_NODE_TYPES.SpreadElement ? unwrapExpression(element) : null));
}
/** The element of `await Promise.all([a, b])` that an array pattern's binding receives, or null. */
function getPromiseAllElement(pattern, init, binding) {
    const index = pattern.elements.findIndex((element) => element?.type === AST_NODE_TYPES.Identifier && element.name === binding.name);
    return index < 0 ? null : (getPromiseAllElements(init)?.[index] ?? null);
}
/** The variable a presence check tests: `!session`, `!session?.user`, `session == null`. */
function getPresenceCheckedName(condition) {
    let inner = unwrapExpression(condition);
    if (inner.type === AST_NODE_TYPES.LogicalExpression && (inner.operator === '||' || inner.operator === '&&')) {
        return getPresenceCheckedName(inner.left) ?? getPresenceCheckedName(inner.right);
    }
    if (inner.type === AST_NODE_TYPES.UnaryExpression && inner.operator === '!')
        inner = unwrapExpression(inner.argument);
    else if (inner.type === AST_NODE_TYPES.BinaryExpression && ['==', '===', '!=', '!=='].includes(inner.operator))
        inner = unwrapExpression(inner.left);
    else
        return null;
    const root = getChainRoot(inner);
    return root?.type === AST_NODE_TYPES.Identifier ? root.name : null;
}
/** Whether a statement runs whenever its function body does: only blocks (and a `try` block) lie between them. */
function isUnconditional(statement) {
    let current = statement;
    for (;;) {
        const parent = current.parent;
        if (!parent || parent.type === AST_NODE_TYPES.Program || isFunctionNode(parent))
            return true;
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
function isRootedAtThis(node) {
    let current = node;
    for (;;) {
        if (current.type === AST_NODE_TYPES.ChainExpression)
            current = current.expression;
        else if (current.type === AST_NODE_TYPES.MemberExpression)
            current = current.object;
        else
            return current.type === AST_NODE_TYPES.ThisExpression;
    }
}
/** The global and property paths of a receiver list, indexed once per list. */
const getReceiverPaths = memoizeByObject((patterns) => {
    const globals = new Set();
    const properties = [];
    for (const pattern of patterns) {
        if (pattern.kind === 'global')
            globals.add(pattern.path);
        else if (pattern.kind === 'property')
            properties.push(pattern.path);
    }
    const tails = new Set([...globals, ...properties].map((path) => path.split('.').at(-1) ?? path));
    return {
        tails,
        mayMatch: (path) => globals.has(path) || properties.some((property) => path === property || path.endsWith(`.${property}`)),
    };
});
const getHttpClientIndex = memoizeByObject((models) => {
    const byMethod = new Map();
    const globalPaths = new Set();
    for (const model of models) {
        for (const spec of model.calls) {
            if (spec.method === '') {
                for (const receiver of model.receivers)
                    if (receiver.kind === 'global')
                        globalPaths.add(receiver.path);
                continue;
            }
            const list = byMethod.get(spec.method) ?? [];
            if (!list.includes(model))
                list.push(model);
            byMethod.set(spec.method, list);
        }
    }
    const globalTails = new Set([...globalPaths].map((path) => path.split('.').at(-1) ?? path));
    const byGlobalName = new Map();
    for (const model of models) {
        for (const receiver of model.receivers) {
            if (receiver.kind !== 'global' || receiver.path.includes('.'))
                continue;
            const list = byGlobalName.get(receiver.path) ?? [];
            if (!list.includes(model))
                list.push(model);
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
function isBarren(node) {
    switch (node.type) {
        case AST_NODE_TYPES.MemberExpression:
            return LEAF_NODES.has(node.object.type) && (node.computed === false || LEAF_NODES.has(node.property.type));
        case AST_NODE_TYPES.Property:
            return LEAF_NODES.has(node.value.type) && (node.computed === false || LEAF_NODES.has(node.key.type));
        case AST_NODE_TYPES.UnaryExpression:
            return LEAF_NODES.has(node.argument.type);
        default:
            return false;
    }
}
// The key that holds an identifier, private name or literal when the node's `computed` is false.
const NAME_KEYS = new Map([
    [AST_NODE_TYPES.MemberExpression, 'property'],
    [AST_NODE_TYPES.Property, 'key'],
    [AST_NODE_TYPES.MethodDefinition, 'key'],
    [AST_NODE_TYPES.PropertyDefinition, 'key'],
]);
/** The parser's visitor keys, filtered per node type on first use (one table per parser). */
const getValueKeyTable = memoizeByObject((keys) => {
    const same = (type, expected) => {
        const actual = keys[type] ?? [];
        return actual.length === expected.length && expected.every((key, i) => actual[i] === key);
    };
    const standard = same(AST_NODE_TYPES.MemberExpression, ['object', 'property']) && same(AST_NODE_TYPES.Property, ['key', 'value']) && same(AST_NODE_TYPES.UnaryExpression, ['argument']);
    return { keys, byType: new Map(), standard };
});
/** A node type's visitor keys without the type-only ones, computed once per type (the walk asks per node). */
function getValueKeys(table, type) {
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
const getMethodTails = memoizeByObject((model) => {
    return new Set([...model.methods, ...(model.derive ?? []), ...(model.deliveryMethods ?? [])].map((method) => method.split('.').at(-1) ?? method));
});
/** What a session check's test mentions: the session paths below their root (`session.userId`), and the session calls. */
const getSessionNames = memoizeByObject((auth) => {
    return { tails: auth.sessionPaths.map((path) => path.split('.').slice(1).join('.')), calls: (auth.sessionCalls ?? []).map((call) => call.callee) };
});
/** The method names of an HTTP client's derivations (`axios.create`), built once per model. */
const getDeriveMethods = memoizeByObject((model) => model.derive?.map((d) => d.method));
const regexCaches = new Map();
/** Compiles a model's regex source once per process: models are data, matched on every call. */
function compileRegex(source, flags = '') {
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
/** Sanitizer calls keyed by the last name of their callee, so a call looks only at its candidates. */
const getSanitizerIndex = memoizeByObject((sanitizers) => {
    const byTail = new Map();
    const byPattern = [];
    for (const sanitizer of sanitizers) {
        if (sanitizer.kind === 'logger-redact' || sanitizer.kind === 'serializer-exclude')
            continue;
        for (const call of sanitizer.calls ?? []) {
            // `default` exports are called by their local name: index them under every name (rare).
            const tail = call.callee === 'default' ? '*' : (call.callee.split('.').at(-1) ?? call.callee);
            const list = byTail.get(tail) ?? [];
            list.push({ sanitizer, call });
            byTail.set(tail, list);
        }
        if (sanitizer.namePattern)
            byPattern.push({ sanitizer, pattern: compileRegex(sanitizer.namePattern, 'i') });
    }
    return { byTail, byPattern, byName: new Map() };
});
/** The sanitizer whose name pattern a called function's name matches (`sha256Hex`), once per index and name. */
function findSanitizerByName(index, name) {
    let found = index.byName.get(name);
    if (found === undefined) {
        found = index.byPattern.find(({ pattern }) => pattern.test(name))?.sanitizer ?? null;
        index.byName.set(name, found);
    }
    return found;
}
const getCallModelIndex = memoizeByObject((models) => {
    const byTail = new Map();
    const receiverCalls = [];
    const all = [];
    // One entry per model, so that a model listed twice is deduplicated as before.
    const entries = new Map();
    for (const model of models) {
        let entry = entries.get(model);
        if (!entry) {
            const wholeModules = new Set();
            for (const r of model.receivers)
                if (r.kind === 'import' && (r.export === '*' || r.export === 'default'))
                    wholeModules.add(r.module);
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
                if (!receiverCalls.includes(entry))
                    receiverCalls.push(entry);
                continue;
            }
            const list = byTail.get(tail) ?? [];
            if (!list.includes(entry))
                list.push(entry);
            byTail.set(tail, list);
        }
    }
    const byTailWithReceiverCalls = new Map();
    for (const [tail, list] of byTail)
        byTailWithReceiverCalls.set(tail, [...list, ...receiverCalls]);
    const receiverCallTails = new Set();
    for (const entry of receiverCalls)
        for (const tail of getReceiverPaths(entry.model.receivers).tails)
            receiverCallTails.add(tail);
    return { byTail, all, receiverCalls, byTailWithReceiverCalls, receiverCallTails };
});
/** Every method name that registers a route, a scope or a path builder in any framework model. */
const getRouteMethods = memoizeByObject((models) => {
    const set = new Set();
    for (const model of models) {
        for (const registration of model.routes) {
            for (const method of [...registration.methods, ...(registration.scopeMethods ?? [])])
                set.add(method);
            for (const builder of registration.pathBuilders ?? [])
                for (const verb of builder.verbs)
                    set.add(verb);
        }
        for (const options of model.routeOptions ?? [])
            for (const method of options.methods)
                set.add(method);
    }
    return set;
});
/** Properties that convert a value into one that carries nothing (`length`), from the conversion sanitizers. */
const getConversionProperties = memoizeByObject((sanitizers) => {
    return new Set(sanitizers.flatMap((s) => (s.kind === 'conversion' ? (s.properties ?? []) : [])));
});
/** Every callee path that constructs a response (`NextResponse.json`), and their last names. */
const getConstructCallees = memoizeByObject((models) => {
    const paths = new Set(models.flatMap((model) => model.constructs.map((construct) => construct.callee)));
    return { paths, tails: new Set([...paths].map((path) => path.split('.').at(-1) ?? path)) };
});
/** The per-name cache of a derivation list (one per process and list), filled as names are asked for. */
const getDerivationTable = memoizeByObject((_derivations) => new Map());
/** The arguments at the given positions (those present), or all of them without positions. */
function pickArguments(args, positions) {
    if (!positions)
        return [...args];
    const picked = [];
    for (const i of positions) {
        const argument = args[i];
        if (argument !== undefined)
            picked.push(argument);
    }
    return picked;
}
/** The first name of a dotted path (`path.split('.')[0]`). */
function beforeFirstDot(path) {
    const dot = path.indexOf('.');
    return dot < 0 ? path : path.slice(0, dot);
}
/** What follows the first dot of a dotted path, `''` without one (`path.split('.').slice(1).join('.')`). */
function afterFirstDot(path) {
    const dot = path.indexOf('.');
    return dot < 0 ? '' : path.slice(dot + 1);
}
/** Whether a value or any of its fields depends on a parameter (without allocating). */
function hasParams(value) {
    if (value.params && value.params.size > 0)
        return true;
    if (value.fields)
        for (const field of value.fields.values())
            if (hasParams(field))
                return true;
    return false;
}
/** Loggers then third parties, one array per knowledge object so that its index is built once. */
const getCallModels = memoizeByObject((knowledge) => {
    return [...knowledge.loggers, ...knowledge.thirdParties];
});
/** Every conventional handler-parameter name of the framework models (`req`, `res`, `ctx`, `c`, `reply`). */
const getConventionalNames = memoizeByObject((models) => {
    const set = new Set();
    for (const model of models)
        for (const list of Object.values(model.handlerParamNames))
            for (const name of list ?? [])
                set.add(name);
    return set;
});
const SCHEMA_PARSES = new Set(ZOD_PARSE_METHODS);
const REQUEST_OBJECT_NAMES = new Set(['req', 'request', 'ctx']);
/** `req`, `request`, Koa's `ctx`, `ctx.request`, Hono's `c.req`: an object a framework hands a handler for the request. */
function isRequestObject(node) {
    const current = unwrapExpression(node);
    if (current.type === AST_NODE_TYPES.Identifier)
        return REQUEST_OBJECT_NAMES.has(current.name);
    if (current.type === AST_NODE_TYPES.MemberExpression) {
        const name = getPropertyName(current);
        return name === 'req' || name === 'request';
    }
    return false;
}
//# sourceMappingURL=flow-engine.js.map