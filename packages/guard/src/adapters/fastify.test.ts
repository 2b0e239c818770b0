import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leakwatchGuard } from './fastify.js';
import { createRecordingAuditor, INVALID, LEAKY, Profile } from './test-http.js';

describe('@leakwatch/guard/fastify over HTTP', () => {
  const { events, auditor } = createRecordingAuditor();
  let app: FastifyInstance;
  let url: string;

  beforeAll(async () => {
    app = Fastify();
    await app.register(leakwatchGuard, { auditor });
    app.get('/users/:id', { config: { leakwatch: Profile } }, async () => LEAKY);
    app.get('/allowed/:id', { config: { leakwatch: { schema: Profile, options: { allow: ['phone'] } } } }, async () => LEAKY);
    app.get('/invalid', { config: { leakwatch: Profile } }, async () => INVALID);
    app.get('/raw', { config: { leakwatch: Profile } }, async (_request, reply) => {
      reply.type('text/plain').send(`phone ${LEAKY.phone}`);
    });
    app.get('/throws', { config: { leakwatch: Profile } }, async () => {
      throw new Error(`lookup failed for ${LEAKY.phone}`);
    });
    app.get('/open', async () => LEAKY);
    url = await app.listen({ port: 0, host: '127.0.0.1' });
  });

  afterAll(async () => {
    await app.close();
  });

  it('sends the guarded body on routes with config.leakwatch', async () => {
    const response = await fetch(`${url}/users/u1`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.text()).toBe('{"id":"u1","name":"Jane"}');
    expect(events).toContainEqual(expect.objectContaining({ route: '/users/:id', path: 'phone', kind: 'sensitive-field', category: 'phone' }));
  });

  it('honours per-route options', async () => {
    expect(await (await fetch(`${url}/allowed/u1`)).text()).toBe(`{"id":"u1","name":"Jane","phone":"${LEAKY.phone}"}`);
  });

  it('answers 500 with a generic body for invalid values, raw strings and error bodies', async () => {
    for (const path of ['/invalid', '/raw', '/throws']) {
      const response = await fetch(`${url}${path}`);
      expect(response.status, path).toBe(500);
      expect(await response.text(), path).toBe('{"error":"Internal Server Error"}');
    }
    expect(events.filter((e) => e.kind === 'invalid').map((e) => e.route).sort()).toEqual(['/invalid', '/raw', '/throws']);
  });

  it('leaves other routes alone', async () => {
    expect(await (await fetch(`${url}/open`)).json()).toEqual(LEAKY);
  });
});
