import { createServer } from 'node:http';
import type { Server } from 'node:http';
import Koa from 'koa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardKoa } from './koa.js';
import { baseUrl, close, createRecordingAuditor, INVALID, LEAKY, listen, Profile } from './test-http.js';

describe('@leakwatch/guard/koa over HTTP', () => {
  const { events, auditor } = createRecordingAuditor();
  let server: Server;
  let url: string;

  beforeAll(async () => {
    const app = new Koa();
    app.use(guardKoa(Profile, { auditor, route: '/users/:id' }));
    app.use((ctx) => {
      if (ctx.path === '/invalid') ctx.body = INVALID;
      else if (ctx.path === '/raw') ctx.body = `phone ${LEAKY.phone}`;
      else if (ctx.path === '/users/u1') ctx.body = LEAKY;
    });
    server = createServer(app.callback());
    await listen(server);
    url = baseUrl(server);
  });

  afterAll(async () => {
    await close(server);
  });

  it('sends the guarded body and reports the dropped field', async () => {
    const response = await fetch(`${url}/users/u1`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.text()).toBe('{"id":"u1","name":"Jane"}');
    expect(events).toContainEqual(expect.objectContaining({ route: '/users/:id', path: 'phone', kind: 'sensitive-field', category: 'phone' }));
  });

  it('answers 500 with a generic body for invalid values and raw strings', async () => {
    for (const path of ['/invalid', '/raw']) {
      const response = await fetch(`${url}${path}`);
      expect(response.status).toBe(500);
      expect(await response.text()).toBe('{"error":"Internal Server Error"}');
    }
    expect(events.filter((e) => e.kind === 'invalid').map((e) => e.path).sort()).toEqual(['$', 'id']);
  });

  it('leaves an unset body (404) alone', async () => {
    const response = await fetch(`${url}/missing`);
    expect(response.status).toBe(404);
  });
});
