import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardedJson, withGuard } from './fetch.js';
import { baseUrl, close, createRecordingAuditor, INVALID, LEAKY, listen, Profile } from './test-http.js';

describe('@leakwatch/guard/fetch', () => {
  const { events, auditor } = createRecordingAuditor();
  const options = { auditor, route: '/api/users/[id]' };

  it('guardedJson returns a guarded JSON Response, or a generic 500', async () => {
    const ok = guardedJson(Profile, LEAKY, { status: 201, headers: { 'x-kept': 'yes' } }, options);
    expect(ok.status).toBe(201);
    expect(ok.headers.get('x-kept')).toBe('yes');
    expect(ok.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await ok.text()).toBe('{"id":"u1","name":"Jane"}');
    const failed = guardedJson(Profile, INVALID, undefined, options);
    expect(failed.status).toBe(500);
    expect(await failed.text()).toBe('{"error":"Internal Server Error"}');
    expect(events).toContainEqual(expect.objectContaining({ route: '/api/users/[id]', path: 'phone', kind: 'sensitive-field' }));
  });

  describe('withGuard behind a real HTTP server', () => {
    let server: Server;
    let url: string;
    const handlers: Record<string, (request: Request) => Promise<Response>> = {
      '/json': withGuard(Profile, async () => Response.json(LEAKY, { status: 202 }), options),
      '/data': withGuard(Profile, async () => LEAKY, options),
      '/text': withGuard(Profile, async () => new Response(`phone ${LEAKY.phone}`), options),
      '/invalid': withGuard(Profile, async () => Response.json(INVALID), options),
    };

    beforeAll(async () => {
      // A minimal Node-to-Fetch bridge: what Next.js, Workers, Bun and Deno do for their handlers.
      server = createServer(async (req, res) => {
        const handler = handlers[req.url ?? ''];
        const response = handler ? await handler(new Request(`http://127.0.0.1${req.url}`, { method: req.method ?? 'GET' })) : new Response('', { status: 404 });
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(await response.text());
      });
      await listen(server);
      url = baseUrl(server);
    });

    afterAll(async () => {
      await close(server);
    });

    it('re-sends a JSON Response guarded, keeping its status', async () => {
      const response = await fetch(`${url}/json`);
      expect(response.status).toBe(202);
      expect(await response.text()).toBe('{"id":"u1","name":"Jane"}');
    });

    it('sends returned data as guarded JSON', async () => {
      expect(await (await fetch(`${url}/data`)).text()).toBe('{"id":"u1","name":"Jane"}');
    });

    it('refuses non-JSON and invalid bodies with a generic 500', async () => {
      for (const path of ['/text', '/invalid']) {
        const response = await fetch(`${url}${path}`);
        expect(response.status).toBe(500);
        expect(await response.text()).toBe('{"error":"Internal Server Error"}');
      }
      expect(JSON.stringify(events)).not.toContain(LEAKY.phone);
    });
  });
});
