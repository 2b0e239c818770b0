import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scan } from '../scan.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../fixtures');

// The endpoint inventory per framework: method, full path (mount prefixes and controller paths
// joined), whether the route authenticates, and whether it is owner-scoped.
const EXPECTED: Record<string, string[]> = {
  'analyzer-express': [
    'POST /auth/login anonymous',
    'GET /users/me authenticated owner',
    'GET /users/directory authenticated',
    'GET /users/:id authenticated',
    'GET /users/:id/card authenticated',
  ],
  'analyzer-fastify': ['POST /password-reset anonymous', 'GET /accounts/:id authenticated', 'GET /accounts/:id/summary authenticated'],
  'analyzer-koa': ['GET /profile authenticated owner', 'GET /members/:id authenticated', 'POST /lookup anonymous', 'POST /signup anonymous'],
  'analyzer-hono': ['GET /api/patients/:id authenticated', 'POST /public/exists anonymous', 'POST /api/patients/:id/visit authenticated'],
  'analyzer-nextjs': ['GET /api/me authenticated owner', 'POST /api/newsletter anonymous', 'GET /api/users/[id] authenticated'],
  'analyzer-nestjs': [
    'GET /admin/users/:id authenticated',
    'POST /auth/login anonymous',
    'POST /auth/sign-in anonymous',
    'GET /users/me authenticated owner',
    'GET /users/:id authenticated',
    'GET /users/:id/export authenticated',
  ],
  'analyzer-trpc': ['QUERY player anonymous', 'QUERY me authenticated owner', 'QUERY card anonymous'],
  'analyzer-graphql': ['QUERY author anonymous', 'QUERY authorPhone authenticated'],
};

describe('route and authentication recognition', () => {
  for (const [app, expected] of Object.entries(EXPECTED)) {
    it(`${app}: recognises every route with its authentication and owner scope`, async () => {
      const result = await scan({ root: path.join(fixtures, app) });
      const actual = result.routes.map((route) => `${route.method} ${route.path} ${route.authenticated ? 'authenticated' : 'anonymous'}${route.ownerScoped ? ' owner' : ''}`);
      expect(actual.sort()).toEqual([...expected].sort());
    });
  }
});
