import { createServer } from 'node:http';
import type { Server } from 'node:http';
import autocannon from 'autocannon';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardResponse } from './express.js';
import { baseUrl, close, createRecordingAuditor, INVALID, LEAKY, listen, Profile } from './test-http.js';

describe('@leakwatch/guard/express over HTTP', () => {
  const { events, auditor } = createRecordingAuditor();
  let server: Server;
  let url: string;

  beforeAll(async () => {
    const app = express();
    const guard = guardResponse(Profile, { auditor });
    app.get('/users/:id', guard, (_req, res) => {
      res.json(LEAKY);
    });
    app.get('/send-object', guard, (_req, res) => {
      res.send(LEAKY);
    });
    app.get('/invalid', guard, (_req, res) => {
      res.status(200).json(INVALID);
    });
    app.get('/raw', guard, (_req, res) => {
      res.send(`phone ${LEAKY.phone}`);
    });
    app.get('/unguarded', (_req, res) => {
      res.json(LEAKY);
    });
    server = createServer(app);
    await listen(server);
    url = baseUrl(server);
  });

  afterAll(async () => {
    await close(server);
  });

  it('sends the guarded body from res.json and res.send(object)', async () => {
    for (const path of ['/users/u1', '/send-object']) {
      const response = await fetch(`${url}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.text()).toBe('{"id":"u1","name":"Jane"}');
    }
    expect(events).toContainEqual(expect.objectContaining({ route: '/users/:id', method: 'GET', path: 'phone', kind: 'sensitive-field', category: 'phone' }));
    expect(JSON.stringify(events)).not.toContain(LEAKY.phone);
  });

  it('answers 500 with a generic body when the value cannot be guarded, and reports it', async () => {
    const response = await fetch(`${url}/invalid`);
    expect(response.status).toBe(500);
    expect(await response.text()).toBe('{"error":"Internal Server Error"}');
    expect(events).toContainEqual(expect.objectContaining({ route: '/invalid', path: 'id', kind: 'invalid' }));
  });

  it('refuses a raw string sent on a guarded route', async () => {
    const response = await fetch(`${url}/raw`);
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('555');
    expect(events).toContainEqual(expect.objectContaining({ route: '/raw', path: '$', kind: 'invalid' }));
  });

  it('leaves routes without the middleware alone', async () => {
    const response = await fetch(`${url}/unguarded`);
    expect(await response.json()).toEqual(LEAKY);
  });

  it('never serves a stripped field under concurrent load', async () => {
    const bodies = new Set<string>();
    let non200 = 0;
    const result = await autocannon({
      url: `${url}/users/u1`,
      connections: 10,
      amount: 600,
      timeout: 10,
      setupClient(client) {
        client.on('body', (body: Buffer) => bodies.add(body.toString()));
      },
    });
    non200 = result.non2xx;
    expect(result.errors).toBe(0);
    expect(non200).toBe(0);
    expect(result.requests.total).toBeGreaterThanOrEqual(600);
    expect([...bodies]).toEqual(['{"id":"u1","name":"Jane"}']);
  });
});
