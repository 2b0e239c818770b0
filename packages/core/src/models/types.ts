import type { CategoryId, SinkId } from '../taxonomy/ids.js';

/**
 * Sink models are data, not code (like eslint-plugin-n's API lists): what a library's sink
 * calls look like. Both static engines read them; neither keeps a list of its own.
 * A model names a library by the module specifiers that bring it in, so an engine can
 * recognise a receiver by its import, by its declared type, or (without either) by convention.
 */

/** How an engine recognises the object whose methods are sinks (a logger, an SDK client). */
export type ReceiverPattern =
  /** A global reached by a property path: `console`, `process.stdout`. */
  | { readonly kind: 'global'; readonly path: string }
  /**
   * The imported binding itself: `import * as Sentry from '@sentry/node'` (export `*`),
   * `import posthog from 'posthog-js'` (export `default`), `import { track } from '@amplitude/analytics-node'`.
   */
  | { readonly kind: 'import'; readonly module: string; readonly export: string }
  /**
   * The result of calling (or `new`-ing) an export, optionally through a property path:
   * `pino()` (export `default`), `winston.createLogger()` (export `default`, path `createLogger`),
   * `new Logger()` from `@nestjs/common` (export `Logger`, construct), `debug('app')`.
   */
  | {
      readonly kind: 'factory';
      readonly module: string;
      readonly export: string;
      readonly path?: string;
      readonly construct?: boolean;
    }
  /** A property of a framework object: `req.log` (pino-http), `request.log` (Fastify), `ctx.log`. */
  | { readonly kind: 'property'; readonly path: string }
  /** Any value whose declared type is this type from this module (`Logger` from `pino`). */
  | { readonly kind: 'type'; readonly module: string; readonly name: string }
  /**
   * Last resort without imports or types: an identifier or member name matching this
   * case-insensitive regular expression source (`^(logger|log)$`).
   */
  | { readonly kind: 'name'; readonly pattern: string };

/** A library whose method calls send their arguments to a sink (a logger, an SDK). */
export interface CallSinkModel {
  /** Kebab-case, equal to the file name: `pino`, `sentry`. */
  readonly id: string;
  readonly title: string;
  readonly sink: Exclude<SinkId, 'response'>;
  /** Module specifiers that bring the library in. */
  readonly modules: readonly string[];
  readonly receivers: readonly ReceiverPattern[];
  /**
   * Methods whose arguments reach the sink; `''` means calling the receiver itself (`debug`).
   * A dotted name is a property path below the receiver (`chat.completions.create`, `people.set`):
   * engines match it against the tail of the callee's member chain. A named import of a method
   * from a module whose `*` or `default` export is a receiver is the same call
   * (`import { captureException } from '@sentry/node'`).
   */
  readonly methods: readonly string[];
  /** Methods that return another receiver of this model (`child`); their arguments reach the sink too. */
  readonly derive?: readonly string[];
  /** Argument positions that carry data; all when absent. */
  readonly args?: readonly number[];
  /**
   * Calls that deliver to the data subject through a provider and are not third-party leaks
   * when the recipient is the user's own address or number (policy point 8): `messages.create`.
   */
  readonly deliveryMethods?: readonly string[];
  /**
   * Keys of the first (options) argument of a delivery method that name the recipient
   * (`to`, `To`, `cc`): a delivery is exempt only when every recipient is the data subject.
   */
  readonly recipientKeys?: readonly string[];
  /**
   * Methods that hand a receiver to a callback: `Sentry.withScope((scope) => scope.setUser(u))`
   * is `{ method: 'withScope', arg: 0, param: 0 }`. The callback's parameter is a receiver.
   */
  readonly callbacks?: readonly { readonly method: string; readonly arg: number; readonly param: number }[];
  /** Why the model looks the way it does, for docs/models.md. */
  readonly notes?: string;
}

/** Which part of an HTTP response a write reaches. */
export type ResponsePart = 'body' | 'header' | 'status' | 'status-message';

/** A call on a framework object that writes to the response: `res.json(body)`, `c.header(k, v)`. */
export interface ResponseWrite {
  /** The handler parameter it is called on (see ResponseModel.handlerParams). */
  readonly on: 'request' | 'response' | 'context';
  /**
   * Method name; chains (`res.status(404).json()`) are matched on every call of the chain. A dotted
   * name is a path below the parameter (`response.set` for Koa's `ctx.response.set`).
   * One method may appear several times with different parts (Hono's `c.json(body, status, headers)`).
   */
  readonly method: string;
  readonly part: ResponsePart;
  /** Argument positions that reach the response. */
  readonly args: readonly number[];
  readonly notes?: string;
}

/** A property assignment that writes to the response: `ctx.body = …`, `res.statusMessage = …`. */
export interface ResponseAssignment {
  readonly on: 'request' | 'response' | 'context';
  /** Property path below the handler parameter: `body`, `statusMessage`, `response.body`. */
  readonly property: string;
  readonly part: ResponsePart;
  readonly notes?: string;
}

/** A call or construction that builds a response value: `new Response(body)`, `NextResponse.json(body)`. */
export interface ResponseConstruct {
  /** Module of the callee, or absent for a global (`Response`). */
  readonly module?: string;
  /** Callee path: `Response`, `Response.json`, `NextResponse.json`, `NextResponse.redirect`. */
  readonly callee: string;
  readonly construct?: boolean;
  readonly args: readonly number[];
  readonly part: ResponsePart;
  /** Keys of an options-object argument that reach the response (`headers`, `status`, `statusText`). */
  readonly optionKeys?: readonly { readonly key: string; readonly part: ResponsePart }[];
  readonly notes?: string;
}

/** How a framework registers routes: `app.get('/path', ...handlers)`. */
export interface RouteRegistration {
  /** Receivers the registration methods are called on (`app`, `router`, `fastify`). */
  readonly receivers: readonly ReceiverPattern[];
  /** HTTP-verb methods; `route`/`all`/`use` are listed where the framework has them. */
  readonly methods: readonly string[];
  /** Position of the path argument, when the registration has one. */
  readonly pathArg?: number;
  /** Handlers: every function argument after the path (`rest`), or the last one only (`last`). */
  readonly handlers: 'rest' | 'last';
  /** Methods that register middleware applying to later routes on the same receiver (`use`). */
  readonly scopeMethods?: readonly string[];
  /**
   * Methods that take the path and return a builder whose verb methods register handlers on it
   * (Express `app.route('/me').get(h)`): `{ method: 'route', verbs: ['get', …] }`.
   */
  readonly pathBuilders?: readonly { readonly method: string; readonly verbs: readonly string[] }[];
  /**
   * Keys of an options-object argument (between path and handler) whose functions run before the
   * handler: Fastify `app.get('/x', { preHandler: auth }, h)`. Authentication found there applies.
   */
  readonly hookOptionKeys?: readonly string[];
  readonly notes?: string;
}

/**
 * Routes declared by one options object: Fastify `fastify.route({ method, url, handler, preHandler })`.
 * Each field names the key holding that part.
 */
export interface RouteOptionsRegistration {
  readonly receivers: readonly ReceiverPattern[];
  readonly methods: readonly string[];
  /** Position of the options object. */
  readonly arg: number;
  readonly methodKey: string;
  readonly pathKey: string;
  readonly handlerKey: string;
  /** Keys whose functions run before the handler (`onRequest`, `preHandler`). */
  readonly hookKeys: readonly string[];
}

/**
 * Handlers declared by exporting functions from files at conventional paths: Next.js app router
 * (`app/<segments>/route.ts` exporting `GET`, `POST`, …) and pages API (a default export under `pages/api/`).
 */
export interface ExportedHandlers {
  /** Regex source on the file path (forward slashes) that marks a route file. */
  readonly filePattern: string;
  /** Export names that are handlers; `default` for a default export. */
  readonly exports: readonly string[];
  /** How the handler answers: its return value (app router) or writes on a response parameter (pages API). */
  readonly answer: 'return' | 'response-param';
  readonly handlerParams: { readonly request?: number; readonly response?: number; readonly context?: number };
}

/**
 * Server Actions (Next.js `'use server'`): async functions the browser calls over HTTP through a
 * form, `useActionState` or a client component. A module whose first statement is the directive
 * makes every exported async function an action; the directive as the first statement of a
 * function body makes that function one. An action has no request object: what it returns is
 * serialised to the caller, and what it throws reaches the caller too (the message in
 * development, a digest in production, but a throw is told apart from an answer either way).
 */
export interface ServerActionModel {
  /** The directive text, without quotes: `use server`. */
  readonly directive: string;
  /**
   * Error classes whose constructor arguments reach the caller when an action throws them:
   * a regex source on the class name, the argument positions; project subclasses count.
   */
  readonly thrownErrors: { readonly pattern: string; readonly args: readonly number[] };
  /**
   * Calls that read the caller's identity inside an action (`auth()`, `getServerSession(…)`,
   * `currentUser()` from `@clerk/nextjs/server`, `cookies()` from `next/headers`); `module` when
   * the call is known by its import. A presence check of what they return followed by an early
   * exit authenticates the rest of the action; a lookup keyed by it is owner-scoped.
   */
  readonly sessionCalls: readonly { readonly module?: string; readonly callee: string }[];
  /** Case-insensitive regex source on the names of the project's own session readers called without arguments (`getSession()`, `getCurrentUser()`). */
  readonly sessionCallPattern: string;
  /** Calls that leave an action like a `throw` (`redirect()`, `notFound()`, `unauthorized()`, `forbidden()` from `next/navigation`). */
  readonly exitCalls: readonly { readonly module: string; readonly callee: string }[];
  /**
   * The submitted form: parameters of this type are the request body, and the reads of it
   * (`formData.get('password')`) its fields. On a credential action (named like a sign-in,
   * sign-up or password change: core's `credentialBodies` on the action's name) the body holds a password.
   */
  readonly body: { readonly paramType: string; readonly readers: readonly string[] };
}

/**
 * GraphQL resolver maps: `{ Query: { user: (parent, args, ctx, info) => … } }` handed to Apollo,
 * graphql-yoga or mercurius. Every function value below a type key is a resolver; its return
 * value is the response.
 */
export interface ResolverMapModel {
  /** Calls or constructions that take the map, with the key or position holding it. */
  readonly consumers: readonly { readonly module: string; readonly callee: string; readonly construct?: boolean; readonly arg: number; readonly key?: string }[];
  /** Root type keys; object types (any other PascalCase key) hold field resolvers too. */
  readonly rootTypes: readonly string[];
  /** Parameter positions: `parent` 0, `args` 1, `context` 2. */
  readonly params: { readonly parent: number; readonly args: number; readonly context: number };
  /**
   * GraphQL returns only the fields the schema (SDL) declares (policy point 7), so a resolver
   * returning a whole record leaks only what the SDL exposes.
   */
  readonly schemaProjects: true;
}

/**
 * Builder chains that declare a procedure (tRPC `t.procedure.use(mw).query(({ ctx, input }) => …)`).
 */
export interface ProcedureBuilderModel {
  readonly module: string;
  /** Regex source on the identifier a chain starts from (`publicProcedure`, `t.procedure`). */
  readonly builderPattern: string;
  /** Terminal methods that take the resolver; its return value is the response. */
  readonly terminals: readonly string[];
  /** Chain methods that add middleware (authentication found there applies). */
  readonly middlewareMethods: readonly string[];
  /** Chain methods that declare an output schema (a zod projection, policy point 7). */
  readonly outputMethods: readonly string[];
  /** The resolver's single parameter is an object: these keys hold the context and the input. */
  readonly resolverKeys: { readonly context: string; readonly input: string };
}

/** How a framework's decorators declare controllers and routes (NestJS, GraphQL code-first). */
export interface DecoratorRouting {
  readonly module: string;
  /** Other modules exporting the same decorators (`type-graphql` beside `@nestjs/graphql`). */
  readonly alsoModules?: readonly string[];
  readonly controller: readonly string[];
  /** Method decorators that declare a route; the decorator name is the HTTP method (`Get`, `Post`) or `Query`/`Mutation`. */
  readonly routes: readonly string[];
  /**
   * Parameter decorators that inject framework objects: `@Res() res` hands the response object
   * to the handler, whose writes (`res.json`) then follow `writesOn`'s model (Express by default).
   */
  readonly params?: {
    readonly request?: readonly string[];
    readonly response?: readonly string[];
    /** The response model whose writes apply to an injected response (`express`). */
    readonly writesOn?: string;
    /** Parameter decorators whose value is the caller's input (GraphQL `@Args()`): read from the request. */
    readonly input?: readonly string[];
    /** Parameter decorators that inject the request context (GraphQL `@Context()`, holding `req.user`). */
    readonly context?: readonly string[];
    /** Parameter decorators that inject the parent object a field resolver answers for (`@Parent()`, `@Root()`). */
    readonly parent?: readonly string[];
  };
  /**
   * Code-first schemas (policy point 7): the route decorator's first argument names the output
   * type (`@Query(() => AuthorType)`, `@Query(() => [AuthorType])`), a class marked with one of
   * `typeDecorators` whose properties marked with one of `fieldDecorators` are all the caller gets:
   * a whole record returned is projected onto them.
   */
  readonly schema?: {
    readonly typeDecorators: readonly string[];
    readonly fieldDecorators: readonly string[];
  };
  /** Method decorators that put their arguments into the response: `@Header(name, value)`, `@HttpCode(status)`. */
  readonly responseDecorators?: readonly { readonly name: string; readonly part: ResponsePart; readonly args: readonly number[] }[];
}

/** A framework: how it registers routes and how a handler writes its response. */
export interface ResponseModel {
  readonly id: string;
  readonly title: string;
  readonly sink: 'response';
  readonly modules: readonly string[];
  readonly routes: readonly RouteRegistration[];
  readonly decorators?: DecoratorRouting;
  /** Positions of the handler parameters engines care about (Express: request 0, response 1; Koa: context 0). */
  readonly handlerParams: { readonly request?: number; readonly response?: number; readonly context?: number };
  /** Conventional names of those parameters, used when a handler is not seen being registered. */
  readonly handlerParamNames: { readonly request?: readonly string[]; readonly response?: readonly string[]; readonly context?: readonly string[] };
  readonly writes: readonly ResponseWrite[];
  readonly assignments: readonly ResponseAssignment[];
  readonly constructs: readonly ResponseConstruct[];
  /** Whether a handler's return value (awaited) is the response body. */
  readonly returnIsBody: boolean;
  /**
   * Exception classes whose constructor arguments go to the caller; `pattern` is a regex source on
   * the class name; `module` `''` means a global class (`Error`). `optionKeys` are keys of an options-object argument that reach the caller
   * (`message` of Hono's `HTTPException`, `extensions` of `GraphQLError`).
   */
  readonly exceptions?: readonly {
    readonly module: string;
    readonly pattern: string;
    readonly args: readonly number[];
    readonly optionKeys?: readonly string[];
    /** Subclasses declared in the project (`class LockedException extends HttpException`) count too. */
    readonly subclasses?: boolean;
  }[];
  /** Fastify-style route options objects. */
  readonly routeOptions?: readonly RouteOptionsRegistration[];
  /** File-convention handlers (Next.js). */
  readonly exportedHandlers?: readonly ExportedHandlers[];
  /** Next.js Server Actions (`'use server'`). */
  readonly serverActions?: ServerActionModel;
  /** GraphQL resolver maps. */
  readonly resolverMaps?: ResolverMapModel;
  /** Procedure builders (tRPC). */
  readonly procedures?: ProcedureBuilderModel;
  readonly notes?: string;
}

/** HTTP clients: data reaches a third party when the request goes to another origin. */
export interface HttpClientModel {
  readonly id: string;
  readonly title: string;
  readonly sink: 'third-party';
  readonly modules: readonly string[];
  readonly receivers: readonly ReceiverPattern[];
  /** Methods (or `''` for calling the receiver): where the URL and the data are. */
  readonly calls: readonly {
    readonly method: string;
    readonly urlArg: number;
    /** Argument positions with data; `options` means the `body`/`data`/`json`/`headers`/`query` of an options object at that position. */
    readonly dataArgs: readonly (number | { readonly options: number })[];
    /**
     * When the URL sits in an options object rather than at `urlArg` (`axios({ url })`,
     * `got({ url })`, `undici.request(url, opts)` has both): the key holding it.
     */
    readonly urlKey?: string;
  }[];
  /** Keys of an options object that carry data (`body`, `json`, `data`, `params`, `headers`, `searchParams`). */
  readonly dataKeys: readonly string[];
  /**
   * Methods on the receiver that create another client of this model with defaults
   * (`axios.create({ baseURL })`, `got.extend`, `ky.create`); `baseUrlKeys` name the keys whose
   * value decides the origin of the derived client's relative URLs (several across major versions:
   * ky 1 `prefixUrl`, ky 2 `baseUrl` and `prefix`).
   */
  readonly derive?: readonly { readonly method: string; readonly baseUrlKeys?: readonly string[] }[];
  readonly notes?: string;
}

/**
 * Decides whether an HTTP request goes to another origin (a third party). An engine resolves the
 * URL expression as far as it can, then applies these rules in order; a URL it cannot resolve and
 * no rule matches is not reported (precision over recall).
 */
export interface DestinationModel {
  /** Case-insensitive regex source on the name of the variable, property or env var holding the URL: stored webhook/callback URLs are third-party. */
  readonly externalUrlNamePattern: string;
  /** Hostname regex sources that are the project's own side: `localhost`, `127.0.0.1`, `*.internal`, `*.svc.cluster.local`. */
  readonly internalHostPatterns: readonly string[];
  /** Hostname regex sources of known third-party collectors (analytics, error trackers, LLM APIs). */
  readonly knownThirdPartyHosts: readonly { readonly pattern: string; readonly service: string }[];
  readonly notes: string;
}

/** Any sink model. */
export type SinkModel = CallSinkModel | ResponseModel | HttpClientModel;

/** Sanitizers and projections: operations after which a value no longer carries (some) categories. */
export interface SanitizerModel {
  readonly id: string;
  readonly title: string;
  /**
   * `conversion`: the result has another type that no longer carries the value (a length, a
   * boolean, a comparison, a `typeof`). `truncate` keeps only a part the policy allows (last four
   * card digits). `column-exclude`: a field an ORM leaves out of query results unless a query
   * asks for it back (TypeORM `@Column({ select: false })`, a Mongoose schema path with
   * `select: false`); `keepsAll` names what asks for it back (`addSelect`, `+password`).
   */
  readonly kind: 'hash' | 'mask' | 'redact' | 'projection' | 'serializer-exclude' | 'logger-redact' | 'conversion' | 'truncate' | 'column-exclude';
  /**
   * Calls that sanitise: callee paths, optionally from a module (`createHash` from `node:crypto`).
   * With a module, `callee` is the export (`default` for the default export) or a path below it;
   * without one, it is a global path (`JSON.stringify`) or a method name on any receiver (`slice`).
   * `chain` lists the calls that must follow for the result to be sanitised (`update`, `digest`).
   */
  readonly calls?: readonly { readonly module?: string; readonly callee: string; readonly chain?: readonly string[] }[];
  /** Case-insensitive regex source on a called function's name when its module is not known (`^(sha256|hmac|hash)`). */
  readonly namePattern?: string;
  /** Categories it removes; `all` for hashes. A mask that keeps digits keeps `phone-fragment` (see derivations). */
  readonly removes: readonly CategoryId[] | 'all';
  /**
   * Projections only: `allowlist` keeps only the fields it names (`pick`, Prisma `select`, a zod
   * object schema); `denylist` removes only the fields it names (`omit`, Prisma `omit`, `@Exclude`).
   */
  readonly mode?: 'allowlist' | 'denylist';
  /** Option keys that carry the projection or redaction paths (`select`, `omit`, `redact`). */
  readonly optionKeys?: readonly string[];
  /**
   * Chain methods or callees that cancel the projection and keep every field
   * (`passthrough`, `loose`, `catchall`, `z.looseObject`).
   */
  readonly keepsAll?: readonly string[];
  /** Properties whose value is not the data (`length`, `size`), or that hold an allowed part (`last4`). */
  readonly properties?: readonly string[];
  /**
   * Truncations only: the part a call may keep to count (`{ from: 'end', length: 4 }` for
   * `pan.slice(-4)`, `{ from: 'start', length: 2 }` for `iban.slice(0, 2)`); literal bounds only.
   */
  readonly keeps?: { readonly from: 'start' | 'end'; readonly length: number };
  /**
   * Operators or syntactic forms the engine recognises itself: `!`, `===`, `typeof` for conversions;
   * `object-literal` (a DTO naming some fields) and `object-rest` (`const { password, ...rest } = user`) for projections.
   */
  readonly operators?: readonly string[];
  /**
   * Calls that only sanitise together with another construct: class-transformer `@Exclude`
   * needs `ClassSerializerInterceptor` or `instanceToPlain` on a class instance.
   */
  readonly requires?: readonly { readonly module?: string; readonly callee: string }[];
  readonly notes?: string;
}

/** An operation that turns a value of one category into another (a phone into a phone fragment). */
export interface DerivationModel {
  /** Kebab-case, unique among derivations: `phone-slice`. */
  readonly id?: string;
  readonly from: CategoryId;
  readonly to: CategoryId;
  readonly kind: 'method' | 'property' | 'call' | 'template';
  /** Method, property or function names. */
  readonly names: readonly string[];
  readonly module?: string;
  readonly notes?: string;
}

/** Signs that a handler is authenticated, or scoped to the caller's own record. */
export interface AuthModel {
  /** Middleware identifiers or call callees that authenticate (`requireAuth`, `passport.authenticate`). */
  readonly middleware: readonly string[];
  /** Case-insensitive regex source for middleware names not listed (`^(require|ensure|verify|check)\w*(auth|login|session|token|user)`). */
  readonly middlewarePattern: string;
  /** Decorators that authenticate (`UseGuards`, `Authorized`). */
  readonly decorators: readonly string[];
  /** Property paths whose presence check (with an early return) authenticates (`req.user`, `req.session.userId`). */
  readonly sessionPaths: readonly string[];
  /** Route path patterns that denote the caller's own record (`/me`, `/profile`, `/account`). */
  readonly ownerPaths: readonly string[];
  /**
   * Authenticating middleware known by its module: `expressjwt` from `express-jwt`,
   * `clerkMiddleware` from `@clerk/express`. `callee` may be a path (`passport.authenticate`).
   */
  readonly moduleMiddleware?: readonly { readonly module: string; readonly callee: string; readonly notes?: string }[];
  /**
   * Calls inside a handler or hook that authenticate when followed by an early 401/403 on failure
   * (`request.jwtVerify()`, `getServerSession(…)`, `auth()`); `module` when known.
   */
  readonly sessionCalls?: readonly { readonly module?: string; readonly callee: string }[];
  /** Hook option or registration names whose functions run before a handler (`onRequest`, `preHandler`). */
  readonly hookNames?: readonly string[];
  /** Guard classes and guard factories that authenticate inside `@UseGuards(…)` or as `APP_GUARD`. */
  readonly guards?: readonly string[];
  /** Regex source on guard class names not listed (`JwtAuthGuard`, `SessionGuard`). */
  readonly guardPattern?: string;
  /** Provider tokens that install a guard globally (`APP_GUARD` from `@nestjs/core`). */
  readonly globalGuardTokens?: readonly string[];
  /** Decorators that remove authentication from a route or controller (`@Public()`, `@SkipAuth()`). */
  readonly publicDecorators?: readonly string[];
  /** Regex source on tRPC-style procedure builder names that authenticate (`protectedProcedure`). */
  readonly protectedProcedurePattern?: string;
  /** Regex source on procedure builder names that do not (`publicProcedure`). */
  readonly publicProcedurePattern?: string;
  /** Status codes of an early return that proves a presence check is an authentication check. */
  readonly unauthorizedStatuses?: readonly number[];
  /**
   * Expressions that identify the caller: a lookup keyed by one of them (`findUnique({ where: { id: req.user.id } })`)
   * is owner-scoped. A lookup keyed by a path parameter (`req.params.id`) is not.
   */
  readonly ownerKeyPaths?: readonly string[];
  /** Parameter decorators that inject the authenticated caller (`@CurrentUser() user`). */
  readonly callerDecorators?: readonly string[];
  /**
   * Where a credential may be returned because it is issued to the caller who has just
   * authenticated or created it (policy point 1): path patterns and issuing calls.
   */
  readonly issuance?: {
    readonly paths: readonly string[];
    readonly calls: readonly string[];
    /**
     * Case-insensitive regex source on the names of credentials a handler hands out (`accessToken`,
     * `sessionId`, `apiKey`); stored secrets (`passwordHash`, `totpSeed`) must never match. Only
     * such properties of a record the handler issued or just created count as issued.
     */
    readonly issuedNamePattern?: string;
    /**
     * Case-insensitive regex source on the last name of a call that issues a credential, for
     * project helpers the exact `calls` cannot list (`issueSessionToken`, `mintApiKey`).
     */
    readonly callPattern?: string;
  };
  /**
   * Routes whose request body is a credential as a whole (policy: sources): a path segment, with
   * `-` and `_` removed and lower-cased, in `segments` (`/auth/sign-up`, `/me/password`), unless a
   * segment is in `except` (a reset request carries an e-mail, not a password).
   */
  readonly credentialBodies?: { readonly segments: readonly string[]; readonly except: readonly string[] };
}
