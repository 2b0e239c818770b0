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
  /** Methods whose arguments reach the sink; `''` means calling the receiver itself (`debug`). */
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
}

/** Which part of an HTTP response a write reaches. */
export type ResponsePart = 'body' | 'header' | 'status' | 'status-message';

/** A call on a framework object that writes to the response: `res.json(body)`, `c.header(k, v)`. */
export interface ResponseWrite {
  /** The handler parameter it is called on (see ResponseModel.handlerParams). */
  readonly on: 'request' | 'response' | 'context';
  /** Method name; chains (`res.status(404).json()`) are matched on the last call. */
  readonly method: string;
  readonly part: ResponsePart;
  /** Argument positions that reach the response. */
  readonly args: readonly number[];
}

/** A property assignment that writes to the response: `ctx.body = …`, `res.statusMessage = …`. */
export interface ResponseAssignment {
  readonly on: 'request' | 'response' | 'context';
  /** Property path below the handler parameter: `body`, `statusMessage`, `response.body`. */
  readonly property: string;
  readonly part: ResponsePart;
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
}

/** How a framework's decorators declare controllers and routes (NestJS, GraphQL code-first). */
export interface DecoratorRouting {
  readonly module: string;
  readonly controller: readonly string[];
  /** Method decorators that declare a route; the decorator name is the HTTP method (`Get`, `Post`) or `Query`/`Mutation`. */
  readonly routes: readonly string[];
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
  /** Exception classes whose constructor arguments go to the caller; `pattern` is a regex source on the class name. */
  readonly exceptions?: readonly { readonly module: string; readonly pattern: string; readonly args: readonly number[] }[];
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
  }[];
}

/** Any sink model. */
export type SinkModel = CallSinkModel | ResponseModel | HttpClientModel;

/** Sanitizers and projections: operations after which a value no longer carries (some) categories. */
export interface SanitizerModel {
  readonly id: string;
  readonly title: string;
  readonly kind: 'hash' | 'mask' | 'redact' | 'projection' | 'serializer-exclude' | 'logger-redact';
  /** Calls that sanitise: callee paths, optionally from a module (`createHash` from `node:crypto`, `bcrypt.hash`). */
  readonly calls?: readonly { readonly module?: string; readonly callee: string; readonly chain?: readonly string[] }[];
  /** Case-insensitive regex source on a called function's name when its module is not known (`^(sha256|hmac|hash)`). */
  readonly namePattern?: string;
  /** Categories it removes; `all` for hashes. A mask that keeps digits keeps `phone-fragment` (see derivations). */
  readonly removes: readonly CategoryId[] | 'all';
  readonly notes?: string;
}

/** An operation that turns a value of one category into another (a phone into a phone fragment). */
export interface DerivationModel {
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
}
