import type { Context, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import { createRouteGuard, FAILED_BODY, FAILED_STATUS, JSON_CONTENT_TYPE } from './shared.js';
import type { RouteGuardOptions } from './shared.js';

export type { RouteGuardOptions } from './shared.js';

type JsonArgs = [init?: number | ResponseInit, headers?: Record<string, string>];

/**
 * Hono middleware: `c.json(data, …)` in the guarded handlers sends the guarded body. A response
 * built any other way (`c.text`, `new Response`) on a guarded route is refused. A failure answers
 * 500 with a generic body and is reported; nothing is thrown.
 */
export function guardHono(schema: z.ZodType, options: RouteGuardOptions = {}): MiddlewareHandler {
  const routeGuard = createRouteGuard(schema, options);
  return async (c: Context, next) => {
    let guarded = false;
    const failed = (): Response => {
      guarded = true;
      return new Response(FAILED_BODY, { status: FAILED_STATUS, headers: { 'content-type': JSON_CONTENT_TYPE } });
    };
    // Called inside the handler, so routePath is the handler's pattern, not this middleware's.
    const guardedJson = (data: unknown, ...args: JsonArgs): Response => {
      const text = routeGuard.render(data, c.req.method, options.route ?? c.req.routePath);
      if (text === undefined) return failed();
      guarded = true;
      c.header('content-type', JSON_CONTENT_TYPE);
      return (c.body as (body: string, ...rest: JsonArgs) => Response)(text, ...args);
    };
    (c as unknown as { json: typeof guardedJson }).json = guardedJson;
    await next();
    if (!guarded && c.res.body !== null) {
      routeGuard.refuse(c.req.method, options.route);
      c.res = failed();
    }
  };
}
