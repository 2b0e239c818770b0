import type { z } from 'zod';
import { createRouteGuard, FAILED_BODY, FAILED_STATUS, JSON_CONTENT_TYPE } from './shared.js';
import type { RouteGuard, RouteGuardOptions } from './shared.js';

export type { RouteGuardOptions } from './shared.js';

// Guards are compiled once per (schema, options object): compiling per response would waste the
// specialisation.
const compiled = new WeakMap<object, WeakMap<object, RouteGuard>>();
const NO_OPTIONS: RouteGuardOptions = {};

function getRouteGuard(schema: z.ZodType, options: RouteGuardOptions): RouteGuard {
  let bySchema = compiled.get(schema);
  if (bySchema === undefined) {
    bySchema = new WeakMap();
    compiled.set(schema, bySchema);
  }
  let routeGuard = bySchema.get(options);
  if (routeGuard === undefined) {
    routeGuard = createRouteGuard(schema, options);
    bySchema.set(options, routeGuard);
  }
  return routeGuard;
}

function failedResponse(): Response {
  return new Response(FAILED_BODY, { status: FAILED_STATUS, headers: { 'content-type': JSON_CONTENT_TYPE } });
}

function respond(text: string | undefined, init: ResponseInit | undefined): Response {
  if (text === undefined) return failedResponse();
  const headers = new Headers(init?.headers);
  headers.set('content-type', JSON_CONTENT_TYPE);
  return new Response(text, { ...init, headers });
}

/**
 * A JSON `Response` of the guarded data (Next.js route handlers, Workers, Bun, Deno). When the data
 * cannot be guarded the response is a 500 with a generic body; nothing is thrown.
 */
export function guardedJson(schema: z.ZodType, data: unknown, init?: ResponseInit, options: RouteGuardOptions = NO_OPTIONS): Response {
  const routeGuard = getRouteGuard(schema, options);
  return respond(routeGuard.render(data, 'UNKNOWN', undefined), init);
}

/** A Fetch-API handler: a request in, a Response (or data to send as JSON) out. */
export type FetchHandler<A extends unknown[]> = (request: Request, ...rest: A) => Response | unknown | Promise<Response | unknown>;

/**
 * Wraps a Fetch-API handler. A returned `Response` with a JSON body is parsed and re-sent guarded
 * (status and headers kept); any other returned data is sent as guarded JSON. A non-JSON Response
 * on a guarded route is refused.
 */
export function withGuard<A extends unknown[]>(
  schema: z.ZodType,
  handler: FetchHandler<A>,
  options: RouteGuardOptions = NO_OPTIONS,
): (request: Request, ...rest: A) => Promise<Response> {
  const routeGuard = getRouteGuard(schema, options);
  return async (request, ...rest) => {
    const result = await handler(request, ...rest);
    const method = request.method;
    if (!(result instanceof Response)) return respond(routeGuard.render(result, method, undefined), undefined);
    const type = result.headers.get('content-type') ?? '';
    if (!/\bjson\b/i.test(type)) {
      routeGuard.refuse(method, undefined);
      return failedResponse();
    }
    let data: unknown;
    try {
      data = JSON.parse(await result.text());
    } catch {
      routeGuard.refuse(method, undefined);
      return failedResponse();
    }
    return respond(routeGuard.render(data, method, undefined), { status: result.status, statusText: result.statusText, headers: result.headers });
  };
}
