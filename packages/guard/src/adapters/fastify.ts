import type { FastifyPluginCallback, FastifyReply, onSendHookHandler, preSerializationHookHandler } from 'fastify';
import type { z } from 'zod';
import { createAuditor } from '../audit/auditor.js';
import { createRouteGuard, FAILED_BODY, FAILED_STATUS, JSON_CONTENT_TYPE } from './shared.js';
import type { RouteGuardOptions } from './shared.js';

export type { RouteGuardOptions } from './shared.js';

/** What a route puts in `config.leakwatch`: a schema, or a schema with per-route options. */
export type FastifyRouteGuardConfig = z.ZodType | { readonly schema: z.ZodType; readonly options?: RouteGuardOptions };

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The response schema @leakwatch/guard enforces on this route. */
    leakwatch?: FastifyRouteGuardConfig;
  }
}

function isSchema(value: FastifyRouteGuardConfig): value is z.ZodType {
  return typeof (value as { _zod?: unknown })._zod === 'object';
}

/**
 * Fastify plugin: every route declared after it with `config: { leakwatch: schema }` sends the
 * guarded body. The payload is guarded in preSerialization and replaces fastify's serializer; an
 * onSend check refuses anything that did not go through it (raw strings, error bodies). A failure
 * answers 500 with a generic body and is reported; nothing is thrown.
 */
export const leakwatchGuard: FastifyPluginCallback<RouteGuardOptions> = (fastify, pluginOptions, done) => {
  const { onViolation, sink, flushIntervalMs } = pluginOptions;
  // One auditor for the whole app unless the caller brings one: batching spans routes.
  const auditor = pluginOptions.auditor ?? createAuditor({ onViolation, sink, flushIntervalMs });
  fastify.addHook('onRoute', (routeOptions) => {
    const config = routeOptions.config?.leakwatch;
    if (config === undefined) return;
    const schema = isSchema(config) ? config : config.schema;
    const routeSpecific = isSchema(config) ? {} : (config.options ?? {});
    const routeGuard = createRouteGuard(schema, { ...pluginOptions, auditor, ...routeSpecific });
    const route = routeGuard.route ?? routeOptions.url;
    const handled = new WeakSet<FastifyReply>();

    const preSerialization: preSerializationHookHandler<unknown> = (request, reply, payload, next) => {
      const text = routeGuard.render(payload, request.method, route);
      handled.add(reply);
      if (text === undefined) reply.code(FAILED_STATUS);
      reply.header('content-type', JSON_CONTENT_TYPE);
      reply.serializer(() => text ?? FAILED_BODY);
      next(null, payload);
    };
    const onSend: onSendHookHandler<unknown> = (request, reply, payload, next) => {
      if (handled.has(reply)) {
        next(null, payload);
        return;
      }
      routeGuard.refuse(request.method, route);
      reply.code(FAILED_STATUS);
      reply.header('content-type', JSON_CONTENT_TYPE);
      next(null, FAILED_BODY);
    };
    routeOptions.preSerialization = [...toArray(routeOptions.preSerialization), preSerialization];
    routeOptions.onSend = [...toArray(routeOptions.onSend), onSend];
  });
  done();
};

function toArray<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

// What fastify-plugin does: the hooks apply to the parent scope, not an encapsulated child.
(leakwatchGuard as unknown as Record<symbol, unknown>)[Symbol.for('skip-override')] = true;
