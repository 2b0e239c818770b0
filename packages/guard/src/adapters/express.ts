import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import { createRouteGuard, FAILED_BODY, FAILED_STATUS, JSON_CONTENT_TYPE } from './shared.js';
import type { RouteGuardOptions } from './shared.js';

export type { RouteGuardOptions } from './shared.js';

/**
 * Per-route Express middleware: `res.json(body)` and `res.send(object)` send the guarded body.
 * A raw string or Buffer sent through `res.send` on a guarded route bypasses the schema, so it is
 * refused too. A failure answers 500 with a generic body and is reported; nothing is thrown.
 *
 * ```ts
 * app.get('/help/:id', guardResponse(AccountHelp, { onViolation }), handler);
 * ```
 */
export function guardResponse(schema: z.ZodType, options: RouteGuardOptions = {}): RequestHandler {
  const routeGuard = createRouteGuard(schema, options);
  return (req: Request, res: Response, next: NextFunction) => {
    const send = res.send;
    const routeOf = (): string | undefined => (req.route as { path?: unknown } | undefined)?.path?.toString();
    const fail = (): Response => {
      res.status(FAILED_STATUS);
      res.set('Content-Type', JSON_CONTENT_TYPE);
      return send.call(res, FAILED_BODY);
    };
    res.json = function guardedJson(body: unknown): Response {
      const text = routeGuard.render(body, req.method, routeOf());
      if (text === undefined) return fail();
      res.set('Content-Type', JSON_CONTENT_TYPE);
      return send.call(res, text);
    };
    res.send = function guardedSend(body?: unknown): Response {
      // Express routes objects through res.json; anything else would skip the schema.
      if (body !== null && typeof body === 'object' && !(body instanceof Uint8Array)) return res.json(body);
      routeGuard.refuse(req.method, routeOf());
      return fail();
    };
    next();
  };
}
