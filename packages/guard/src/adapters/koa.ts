import type { Middleware } from 'koa';
import type { z } from 'zod';
import { createRouteGuard, FAILED_BODY, FAILED_STATUS, JSON_CONTENT_TYPE } from './shared.js';
import type { RouteGuardOptions } from './shared.js';

export type { RouteGuardOptions } from './shared.js';

function isStream(body: object): boolean {
  return typeof (body as { pipe?: unknown }).pipe === 'function';
}

/**
 * Koa middleware: after the downstream middleware set `ctx.body`, it is replaced by the guarded
 * JSON text. A string, Buffer or stream body on a guarded route is refused; an unset body (404)
 * is left alone. A failure answers 500 with a generic body and is reported; nothing is thrown.
 */
export function guardKoa(schema: z.ZodType, options: RouteGuardOptions = {}): Middleware {
  const routeGuard = createRouteGuard(schema, options);
  return async (ctx, next) => {
    await next();
    const body: unknown = ctx.body;
    if (body === undefined || body === null) return;
    // koa-router sets _matchedRoute; otherwise the route option names it.
    const matched = (ctx as { _matchedRoute?: unknown })._matchedRoute;
    const route = typeof matched === 'string' ? matched : undefined;
    let text: string | undefined;
    if (typeof body === 'object' && !(body instanceof Uint8Array) && !isStream(body)) {
      text = routeGuard.render(body, ctx.method, route);
    } else {
      routeGuard.refuse(ctx.method, route);
    }
    if (text === undefined) {
      ctx.status = FAILED_STATUS;
      ctx.body = FAILED_BODY;
    } else {
      ctx.body = text;
    }
    ctx.type = JSON_CONTENT_TYPE;
  };
}
