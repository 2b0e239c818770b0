import type { CategoryId, ResponseModel } from '@leakwatch/core';
import type { ts } from 'ts-morph';
import type { FunctionNode } from '../engine/syntax.js';

/** A route as the engine builds it; becomes a RouteInfo in the result. */
export interface RouteRecord {
  method: string;
  path: string;
  readonly framework: string;
  readonly file: string;
  readonly line: number;
  readonly handler: string | undefined;
  authenticated: boolean;
  /** The inventory's owner scope: an owner path, an owner check, or a lookup keyed by the caller. */
  ownerScoped: boolean;
  /**
   * Everything the handler answers is the caller's own (an owner path or an owner check before
   * answering); otherwise only values read by the caller's identity are (CategoryLabel.ownerKeyed).
   */
  ownsEverything: boolean;
  readonly returns: Set<CategoryId>;
  readonly logs: Set<CategoryId>;
  readonly sendsToThirdParties: Set<CategoryId>;
}

/** What the engine needs to know about a function that handles a route. */
export interface HandlerContext {
  readonly route: RouteRecord;
  readonly node: FunctionNode;
  /** The framework's response model, for writes on the handler's parameters. */
  readonly model: ResponseModel | undefined;
  /** Positions of the request, response and context parameters. */
  readonly params: { readonly request?: number; readonly response?: number; readonly context?: number };
  /** Whether the handler's (awaited) return value is the response body. */
  readonly returnIsBody: boolean;
  /** NestJS: `ClassSerializerInterceptor` applies, so `@Exclude()` fields of class instances stay out. */
  readonly serializer: boolean;
  /** GraphQL resolvers answer only the fields the schema declares. */
  readonly schemaProjects: boolean;
  /** Expressions naming the caller in this handler beyond core's owner keys (`ctx.memberId` set by its auth middleware). */
  readonly callerKeys?: readonly string[];
  /** tRPC: the resolver's single object parameter holds the context and input under these keys. */
  readonly resolverKeys?: { readonly context: string; readonly input: string };
  /** GraphQL: the SDL (or the code-first output type) that projects this resolver's answer. */
  readonly schema?: GraphqlSchema;
  /** Server Actions: error classes whose message reaches the caller when the handler throws them. */
  readonly thrownErrors?: { readonly pattern: string; readonly args: readonly number[] };
  /** Server Actions: positions of the parameters holding the submitted form (the request body). */
  readonly formParams?: readonly number[];
  /** Code-first GraphQL: positions of the parameters holding the caller's input (`@Args()`, `@Arg()`), read from the request. */
  readonly inputParams?: readonly number[];
  /** Parameter declarations injected with the framework response (`@Res() res`). */
  readonly injectedResponse?: ReadonlySet<ts.ParameterDeclaration>;
}

/** The fields an SDL declares, and the type a resolver returns. */
export interface GraphqlSchema {
  /** Declared fields by type name. */
  readonly fields: ReadonlyMap<string, ReadonlySet<string>>;
  /** `Type.field` → the named type of the field. */
  readonly fieldTypes: ReadonlyMap<string, string>;
  readonly returnType: string;
}
