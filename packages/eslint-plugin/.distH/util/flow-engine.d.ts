import { type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { CategoryId, ResponseModel, SinkId } from '@leakwatch/core';
import { type FunctionNode } from './ast.js';
import type { Knowledge } from './knowledge.js';
import type { TypeCategories } from './type-categories.js';
import { type Value } from './value.js';
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
    readonly params: {
        readonly request?: number;
        readonly response?: number;
        readonly context?: number;
    };
    /** Parameters injected as the request body (`@Body() dto`). */
    readonly bodyParams: ReadonlySet<number>;
    /** GraphQL sends only the fields its schema declares: a whole record is projected by the SDL. */
    readonly schemaProjects: boolean;
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
    readonly projection?: {
        readonly target: TSESTree.Node;
        readonly keep: readonly string[];
    };
}
/**
 * The per-file flow analysis the four rules share. It walks the file once, collects sinks,
 * handlers and local functions, then evaluates only the values that reach a sink (lazily,
 * memoised), using symbolic parameters so that each local function is summarised once.
 */
export declare class FlowEngine {
    private readonly sourceCode;
    private readonly knowledge;
    private readonly types;
    readonly findings: FlowFinding[];
    /** Errors the engine recovered from (a bug when not empty; the robustness test asserts none). */
    readonly internalErrors: unknown[];
    private readonly imports;
    private readonly functionIds;
    private readonly returns;
    private readonly valueCache;
    private readonly variableCache;
    private readonly handlers;
    private readonly handlerCache;
    private readonly callSites;
    private readonly candidates;
    private readonly authScopes;
    private readonly wrapperSinks;
    private readonly reported;
    private readonly classBodies;
    private readonly objectLiterals;
    private readonly reportedBranches;
    private wrapperVersion;
    private readonly callModels;
    private readonly callModelIndex;
    private readonly boundCache;
    private readonly variableOf;
    private readonly filename;
    private readonly routeMethods;
    private readonly httpClientIndex;
    private readonly constructCallees;
    private readonly conversionProperties;
    private readonly derivationTable;
    private readonly sessionTails;
    private readonly sessionCalls;
    private readonly sanitizerIndex;
    constructor(sourceCode: Readonly<TSESLint.SourceCode>, knowledge: Knowledge, types: TypeCategories | null, filename: string);
    /** Runs the analysis; never throws for any syntax the parser accepts. */
    run(): void;
    private walk;
    private visit;
    private pushReturn;
    private collectImport;
    private collectRequire;
    private enclosingFunction;
    private functionId;
    private registerRoutes;
    private rankedModels;
    private frameworkNames;
    private readonly receiverCache;
    private readonly thisReceiverCache;
    private readonly frameworkRoles;
    /**
     * Names a framework object can have in this file: the conventional ones (`res`, `ctx`, `reply`)
     * and the parameters of registered handlers. A cheap filter before resolving any identifier.
     */
    private getFrameworkNames;
    /** Response models, those whose modules this file imports first (computed once per file). */
    private rankModels;
    private registerWithModel;
    private registerRouteCall;
    private isScopeAuthenticated;
    /** Whether a route path lies under a scope prefix; a glob (`/api/me/*`) covers what is below it. */
    private isBelowPrefix;
    private registerDecoratedHandlers;
    private registerExportedHandlers;
    /** GraphQL resolver maps (`{ Query: { user: (_, args, ctx) => … } }`) and tRPC procedures (`publicProcedure.query(…)`). */
    private registerResolversAndProcedures;
    private addHandler;
    /** A presence check of the session with an early exit: `if (!req.session.userId) return res.sendStatus(401)`. */
    private hasSessionCheck;
    /** Whether a branch answers 401/403 (core's unauthorized statuses) or throws an Unauthorized error. */
    private answersUnauthorized;
    private exitsEarly;
    private hasAuthDecorator;
    private hasPublicDecorator;
    /** Middleware that authenticates: `requireAuth`, `passport.authenticate('jwt')`, `[auth, audit]`. */
    private isAuthMiddleware;
    private isImportedFrom;
    /** The handler a node runs in: the nearest enclosing function that is a handler, or one by convention. */
    getHandler(node: TSESTree.Node): HandlerInfo | null;
    private readonly handlerAround;
    /** The handler a function is, or runs inside (a callback in a handler); cached per function. */
    private getHandlerAround;
    private getHandlerOf;
    /** Whether an expression is a receiver matching one of the patterns (a logger, an SDK, an app). */
    private matchesReceiver;
    private matchesReceiverUncached;
    private isImportFromKnownNonLogger;
    /** The variable an identifier refers to, cached: the engine asks about the same identifiers many times. */
    private findVariable;
    private readonly variablesByScope;
    private readonly topScope;
    /** Variables by name as seen from the top scope; null without a scope manager. */
    private readonly topNames;
    private innerNames;
    /**
     * `findVariableNamed(getScope(node), name)`. A name that no scope below the file's top scope
     * declares resolves the same from every scope (the search climbs through scopes that lack it),
     * so it is looked up from the top scope without finding the node's own scope. Most names asked
     * about are such module bindings and globals (`logger`, `db`, `JSON`).
     */
    private lookUpName;
    /**
     * `sourceCode.getScope(node)` for a node other than the Program, without its per-node cache:
     * each node is asked about once here (the callers cache by node or name), so the cache's
     * writes bought nothing. Same climb, same `acquire`, same special case.
     */
    private scopeOf;
    /**
     * `ASTUtils.findVariable(topScope, name)`, memoised per name; `undefined` when an inner scope
     * declares the name (or there is no scope manager), so the node's own scope decides. One map
     * answers both questions: the names asked about are few and asked about on every line.
     */
    private findTopVariable;
    /** Every name declared in a scope that is not the top scope or above it: these can shadow. */
    private getInnerNames;
    /** `ASTUtils.findVariable(scope, name)`, memoised per scope and name. */
    private findVariableNamed;
    private isParameter;
    private isLocallyBound;
    /** `const logger = pino()`, `this.logger = new Logger(...)`, `winston.createLogger()`. */
    private isFactoryResult;
    /** The initializer an identifier or `this.x` is bound to, when there is exactly one. */
    private boundInitializer;
    private matchSinks;
    private matchCallSinks;
    /** Whether an argument is a framework object by name and binding (`res`, `ctx`), checked without a closure per call. */
    private passesFrameworkObject;
    private readonly writesResponse;
    private functionWritesResponse;
    private readonly callModelMatches;
    /** The first call-sink model a call matches, and whether it delivers to the data subject. */
    private findCallModel;
    /** The call-sink models a call could match, by its method's last name (most calls match none). */
    private getCallModelCandidates;
    /**
     * Whether a call matches a model. With `deferDelivery`, `delivery` only says that the matched
     * method is a delivery method; the caller then checks the recipients.
     */
    private matchCallModel;
    /** A delivery method whose every recipient is personal data of the subject (their own number or address). */
    private isDeliveryToSubject;
    /**
     * The HTTP client models a call could match, in model order: for a member call, those with a
     * method of that name or whose client is called through that global path (`window.fetch`).
     */
    private getHttpClientCandidates;
    private matchHttpClient;
    /**
     * `vendor.post('screenings', …)` on `const vendor = got.extend({ prefixUrl: 'https://…' })`: a
     * relative URL goes to the origin the derived client was made for.
     */
    private hasExternalBase;
    private isExternalUrl;
    /** `res.json(x)`, `reply.send(x)`, `c.json(x)`, `ctx.cookies.set(k, v)`: writes on a handler's framework object. */
    private matchResponseWrites;
    /**
     * What a framework identifier is: the response, context or request parameter of a handler,
     * or of any function whose parameter has a conventional name (a wrapper like `send(res, data)`).
     */
    private getFrameworkRole;
    private getFrameworkRoleUncached;
    private paramBinds;
    private matchResponseConstruct;
    private matchConstructSinks;
    private matchAssignmentSinks;
    private matchReturnSinks;
    private matchThrowSinks;
    private getLocalSuperclass;
    private processSite;
    /**
     * The value a sink receives. A class instance answered to the caller loses its class-transformer
     * `@Exclude()` properties: decision 0006 assumes the project registers ClassSerializerInterceptor
     * (globally, in a file this rule cannot see), since `@Exclude()` does nothing without a serializer.
     */
    private evaluateSinkData;
    private isInstanceLike;
    /**
     * pino `redact` paths of the logger a log call's argument goes to, read from the logger's
     * declaration (another module's too, with type information). Null when unknown.
     */
    private getRedactPaths;
    /** Drops the categories a logger's redact paths censor, field by field (`{ body: req.body }` with `body.password`). */
    private redactValue;
    /** Whether every property of a logged record that carries the category is censored (`body.password` of a login body). */
    private isRedactedBelow;
    private isInTestOnlyBranch;
    private findFunctionById;
    private addWrapperSink;
    /** Reports at each call of a local wrapper the arguments that reach its sinks (policy: wrappers). */
    private processWrapperCalls;
    private reportValue;
    /** The policy, applied to one category reaching one sink. */
    private isFinding;
    /**
     * A sign-up answering the account it has just created (`const user = await User.create(body)`):
     * what it holds the caller typed a moment ago, so it is theirs (core's `isSignUpRoute`). Stored
     * credentials are decided before this (a hash stays a finding).
     */
    private isCreatedForCaller;
    /**
     * Policy point 2 for one value: the record was looked up by the caller's own id
     * (`byId(ctx.state['user'].id)`, core's `ownerKeyPaths`), or the handler answered early unless
     * the record's owner is the caller (`if (order.buyerId !== res.locals.buyerId) return …`).
     * Either proves a session, so the handler is authenticated for that value.
     */
    private isCallerRecord;
    /** Whether the caller picks the record through the route: `/users/:id`, `{id}`, or Next.js's `[id]` folders. */
    private routeTakesParameters;
    /** Whether a value is the request body of this very request: `body.email` of `const body = ctx.request.body`, `req.body.phone`, `@Body() dto`. */
    private isEchoedInput;
    /**
     * Whether an expression holds what the request carried: the body itself, a binding made from it
     * (`const { email } = body`), or a helper's parameter that every call in the file feeds from the
     * request (`readLead(await request.json())`).
     */
    private isRequestInput;
    /** Whether a test fails unless `<record>.<field>` equals the caller's id: `!order || order.buyerId !== req.user.id`. */
    private checksOwner;
    /** Whether an expression is, or wraps (`String(…)`), one of core's caller-identifying paths. */
    private containsOwnerKey;
    private isIssuedCredential;
    private isAfterPasswordCheck;
    /**
     * The enumeration oracle: a response inside a branch on account state that differs from the
     * handler's other responses (`if (user.locked) return res.status(423).json(…)`).
     */
    private checkStatusBranch;
    /** Whether an `||` condition on account state also holds when its record is missing (`!user || user.banned`). */
    private sharesUnknownAccountBranch;
    private findStatusCondition;
    private readonly statusTests;
    /** Whether a condition reads the account state; cached, since every response in a branch asks. */
    private mentionsAccountStatus;
    private mentionsAccountStatusUncached;
    private readonly handlerResponses;
    private collectHandlerResponses;
    private candidatesByHandler;
    private candidatesByFunction;
    /** Candidates grouped by the handler they run in, computed once (keeps the oracle check linear). */
    private getCandidatesByHandler;
    /** Candidates grouped by their nearest enclosing function. */
    private getCandidatesByFunction;
    private safeMatch;
    private responseSignature;
    private getProjection;
    private addFinding;
    /** The value of an expression: categories, shape and parameter dependencies. Memoised. */
    evaluate(node: TSESTree.Node): Value;
    private readonly deletesOf;
    /**
     * The value of a variable read after `delete copy.passwordHash`: without the deleted keys. Only a
     * delete that always runs (not under an `if` or a loop) in the reader's own function, before the
     * read, counts: a sink reached before it, or past a conditional one, still sees the field.
     */
    private withoutDeletedKeys;
    /** Whether a query projection the value went through left out every property of its type that carries the category. */
    private isProjectedOut;
    private coversTypedCategory;
    private isTypedCandidate;
    private evaluateUncached;
    private evaluateConditional;
    private evaluateIdentifier;
    private evaluateVariable;
    /**
     * `{ address }` after `const address = await app.listen()`, `{ email }` after `const email =
     * 'support@example.com'`: a binding made once from a literal or a sanitising call holds no personal
     * data, whatever the key says. (A boolean's key still tells account state: the caller skips this then.)
     */
    private isKnownNonPersonal;
    /** Whether an expression's value cannot be told from the code (a call, a lookup): then its name decides. */
    private isOpaque;
    private evaluatePattern;
    private containsBinding;
    /** A field read from a value: the known field, else the property's name decides (`{ password } = body`). */
    private fieldOf;
    private evaluateParameter;
    private readonly paramValues;
    /** The symbolic value of a function's parameter, made once per parameter (values are immutable). */
    private getParamValue;
    private evaluateMember;
    /** A property's category, reading its parent's name when the property alone says nothing: `user.status`, `phone.last4`. */
    private classifyMember;
    private deriveProperty;
    /** The derivations an operation name triggers (exact names, and prefixes ending in `*`), cached per name. */
    private derivationsNamed;
    private isConversionProperty;
    /** `req.body` (or `ctx.request.body`) of a handler registered on a login, signup or password route. */
    private isCredentialRequest;
    /**
     * A handler's route path: the registered one, or for a file-routed handler the path its file
     * names (`app/api/auth/login/route.ts` is `/api/auth/login`, `pages/api/signup.ts` is `/api/signup`).
     */
    private routePathOf;
    private evaluateObject;
    /**
     * The whole-value categories that lie entirely under the given keys: for a typed record, every
     * property of its type that carries the category is among them; otherwise a key is named by it
     * (`password` for the credential of a login body), as for a denylist.
     */
    private keyedCategories;
    private evaluateCall;
    /** Every argument's categories as one string value (no closure per evaluated call). */
    private evaluateArguments;
    private readonly sanitizerOf;
    /** The sanitizer a call applies; memoised, since evaluation and the opacity test both ask. */
    private findSanitizer;
    private findSanitizerUncached;
    /** `bcrypt.hash` for `{ module: 'bcrypt', callee: 'hash' }`: the root is imported from the module, or the callee is the named import. */
    private matchesCallee;
    /** The receiver of `.parse` is a zod object schema: `const UserDto = z.object({...})`. */
    private isZodSchema;
    private zodSchemaChain;
    /** The sanitised value, or null when the call does not meet the sanitizer's condition. */
    private applySanitizer;
    /** `value.replace(/\d/g, '•')`: every digit replaced by a constant, so no digit is left (policy point 4). */
    private isDigitMask;
    /** `slice(-4)`, `substr(-4)`, `at(-1)` for a last-four truncation; `slice(0, 2)` for one that keeps the start: literal bounds only. */
    private keepsAtMost;
    private applyProjection;
    /**
     * Query projections (core's `mongoose-select`, and `select` options such as `typeorm-select`):
     * `User.findById(id).select('-password')` keeps every path but the named ones, `.select('name
     * email')` and `find({ select: { id: true } })` only the named ones. `undefined` when the model is
     * no query projection; `null` when the call projects nothing the engine can read.
     */
    private applyQueryProjection;
    /** The record after a projection: the kept fields, each named by its key when nothing else is known. */
    private projectRecord;
    private projectionKeys;
    private isDerivationCall;
    /** `phone.slice(-4)`, `parsePhoneNumber(phone).countryCallingCode`, `maskPhone(phone)`: the category turns into another. */
    private deriveCall;
    /**
     * Whether a callee comes from a module: its root is imported from it (`parsePhoneNumber`,
     * `lib.parse`), or is a variable made from such an import (`const util = PhoneNumberUtil.getInstance()`).
     */
    private isFromModule;
    /** Applies derivations to a value: each category with a derivation turns into its target; others stay. */
    private convertCategories;
    /** The local function a call invokes: a declaration, a `const f = () => …`, or `this.method()` in the same class. */
    private resolveCallee;
    private resolveFunction;
    private readonly summaries;
    private isEvaluated;
    /** A function's summary (what it returns, symbolically); cached once none of its returns is still being evaluated. */
    private returnValue;
    /** A local call's value from the callee's summary: what it returns, with its parameters replaced by the arguments. */
    private applySummary;
    private substitute;
    private findProperty;
    private text;
}
//# sourceMappingURL=flow-engine.d.ts.map