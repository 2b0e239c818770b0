import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardHono } from './hono.js';
import { baseUrl, close, createRecordingAuditor, INVALID, LEAKY, Profile } from './test-http.js';

describe('@leakwatch/guard/hono over HTTP', () => {
  const { events, auditor } = createRecordingAuditor();
  let server: Server;
  let url: string;

  beforeAll(async () => {
    const app = new Hono();
    app.use('/g/*', guardHono(Profile, { auditor }));
    app.get('/g/users/:id', (c) => c.json(LEAKY, 201, { 'x-kept': 'yes' }));
    app.get('/g/invalid', (c) => c.json(INVALID));
    app.get('/g/raw', (c) => c.text(`phone ${LEAKY.phone}`));
    app.get('/open', (c) => c.json(LEAKY));
    await new Promise<void>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve()) as Server;
    });
    url = baseUrl(server);
  });

  afterAll(async () => {
    await close(server);
  });

  it('sends the guarded body, keeping status and headers', async () => {
    const response = await fetch(`${url}/g/users/u1`);
    expect(response.status).toBe(201);
    expect(response.headers.get('x-kept')).toBe('yes');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.text()).toBe('{"id":"u1","name":"Jane"}');
    expect(events).toContainEqual(expect.objectContaining({ route: '/g/users/:id', path: 'phone', kind: 'sensitive-field', category: 'phone' }));
  });

  it('answers 500 with a generic body for invalid values and non-JSON responses', async () => {
    for (const path of ['/g/invalid', '/g/raw']) {
      const response = await fetch(`${url}${path}`);
      expect(response.status).toBe(500);
      expect(await response.text()).toBe('{"error":"Internal Server Error"}');
    }
    expect(events.filter((e) => e.kind === 'invalid').length).toBe(2);
  });

  it('leaves routes outside the middleware alone', async () => {
    expect(await (await fetch(`${url}/open`)).json()).toEqual(LEAKY);
  });
});
