// Deterministic synthetic backend for the analyzer benchmark: entities, repositories, services,
// handlers (Express-style routes), DTO mappers, loggers and an analytics wrapper, with a few
// planted leaks per hundred handlers. Same size and seed → byte-identical project.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A small, fast, seedable PRNG (mulberry32): the generator must not depend on Math.random. */
function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOUNS = ['account', 'order', 'invoice', 'ticket', 'profile', 'payment', 'shipment', 'review', 'message', 'device', 'session', 'coupon', 'report', 'member', 'address'];
const pascal = (text) => text.replace(/(^|-)(\w)/g, (_m, _d, c) => c.toUpperCase());

const VENDOR = `// Ambient types for the parts of Express this project uses, so tsc needs no installed package.
declare module 'express' {
  export interface Request { params: Record<string, string>; body: any; query: Record<string, string>; user?: { id: string } }
  export interface Response { json(body: unknown): Response; status(code: number): Response; send(body?: unknown): Response }
  export type Handler = (req: Request, res: Response, next: () => void) => unknown;
  export interface Router { get(path: string, ...handlers: Handler[]): Router; post(path: string, ...handlers: Handler[]): Router; use(...handlers: Handler[]): Router }
  export function Router(): Router;
  interface Express extends Router { listen(port: number): void }
  export default function express(): Express;
}
`;

const LIB = {
  'src/lib/logger.ts': `export const logger = {
  info(message: string, meta?: unknown): void {
    console.log(JSON.stringify({ level: 'info', message, meta }));
  },
  warn(message: string, meta?: unknown): void {
    console.warn(JSON.stringify({ level: 'warn', message, meta }));
  },
};
`,
  'src/lib/analytics.ts': `export function track(event: string, properties: Record<string, unknown>): void {
  void fetch('https://analytics.example.com/v1/track', { method: 'POST', body: JSON.stringify({ event, properties }) });
}
`,
  'src/lib/auth.ts': `import type { Request, Response } from 'express';

export function requireAuth(req: Request, res: Response, next: () => void): void {
  if (!req.user) {
    res.status(401).json({ error: 'unauthorised' });
    return;
  }
  next();
}
`,
};

function entity(name, i, random) {
  const Type = `${pascal(name)}${i}`;
  const extra = Array.from({ length: 4 + Math.floor(random() * 6) }, (_, k) => `  field${k}: ${k % 2 ? 'number' : 'string'};`);
  return `export interface ${Type} {
  id: string;
  email: string;
  phone: string;
  passwordHash: string;
  displayName: string;
  createdAt: Date;
${extra.join('\n')}
}

export interface ${Type}Summary {
  id: string;
  displayName: string;
}
`;
}

function repository(name, i) {
  const Type = `${pascal(name)}${i}`;
  return `import type { ${Type} } from '../entities/${name}-${i}.js';

const rows = new Map<string, ${Type}>();

export class ${Type}Repository {
  async findById(id: string): Promise<${Type} | undefined> {
    return rows.get(id);
  }

  async findByEmail(email: string): Promise<${Type} | undefined> {
    for (const row of rows.values()) {
      if (row.email === email) return row;
    }
    return undefined;
  }

  async list(limit: number): Promise<${Type}[]> {
    return [...rows.values()].slice(0, limit);
  }

  async save(row: ${Type}): Promise<void> {
    rows.set(row.id, row);
  }
}
`;
}

function service(name, i, dependency) {
  const Type = `${pascal(name)}${i}`;
  const dep = dependency === undefined ? undefined : `${pascal(dependency.name)}${dependency.i}`;
  return `import type { ${Type}, ${Type}Summary } from '../entities/${name}-${i}.js';
import { ${Type}Repository } from '../repositories/${name}-${i}.repository.js';
${dep === undefined ? '' : `import { ${dep}Service } from './${dependency.name}-${dependency.i}.service.js';\n`}import { logger } from '../lib/logger.js';

export function to${Type}Summary(row: ${Type}): ${Type}Summary {
  return { id: row.id, displayName: row.displayName };
}

export class ${Type}Service {
  private readonly repository = new ${Type}Repository();
${dep === undefined ? '' : `  private readonly related = new ${dep}Service();\n`}
  async get(id: string): Promise<${Type} | undefined> {
    const row = await this.repository.findById(id);
    logger.info('loaded ${name}', { id });
    return row;
  }

  async summary(id: string): Promise<${Type}Summary | undefined> {
    const row = await this.get(id);
    return row === undefined ? undefined : to${Type}Summary(row);
  }

  async list(limit: number): Promise<${Type}Summary[]> {
    const rows = await this.repository.list(limit);
    return rows.map((row) => to${Type}Summary(row));
  }
${dep === undefined ? '' : `
  async withRelated(id: string): Promise<{ id: string; related: number }> {
    const related = await this.related.list(5);
    return { id, related: related.length };
  }
`}}
`;
}

function handler(name, i, leak) {
  const Type = `${pascal(name)}${i}`;
  const body = {
    none: `    const summary = await service.summary(req.params.id ?? '');
    res.json(summary);`,
    response: `    const row = await service.get(req.params.id ?? '');
    res.json(row);`,
    log: `    const row = await service.get(req.params.id ?? '');
    logger.info('fetched ${name}', { row });
    res.json(row === undefined ? null : { id: row.id });`,
    analytics: `    const row = await service.get(req.params.id ?? '');
    if (row) track('${name}.viewed', { email: row.email });
    res.json(row === undefined ? null : { id: row.id });`,
  }[leak];
  return `import { Router } from 'express';
import type { Request, Response } from 'express';
import { ${Type}Service } from '../services/${name}-${i}.service.js';
import { requireAuth } from '../lib/auth.js';
import { logger } from '../lib/logger.js';
import { track } from '../lib/analytics.js';

const service = new ${Type}Service();
export const ${name.replace(/-/g, '')}${i}Router = Router();

${name.replace(/-/g, '')}${i}Router.get('/${name}s-${i}/:id', requireAuth, async (req: Request, res: Response) => {
${body}
});

${name.replace(/-/g, '')}${i}Router.get('/${name}s-${i}', requireAuth, async (_req: Request, res: Response) => {
  const rows = await service.list(50);
  logger.info('listed ${name}s', { count: rows.length });
  res.json(rows);
});

void track;
`;
}

/**
 * Writes a synthetic backend of about `lines` lines into `dir` (emptied first) and returns
 * `{ files, lines, domains }`. Leaks: 1 in 10 handlers returns a whole entity, 1 in 15 logs one,
 * 1 in 20 sends an e-mail address to analytics.
 */
export function generateBackend(dir, { lines, seed = 42 }) {
  rmSync(dir, { recursive: true, force: true });
  const random = createRandom(seed);
  const files = new Map([
    ['tsconfig.json', `${JSON.stringify({ compilerOptions: { target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', strict: true, skipLibCheck: true, noEmit: true, types: [], lib: ['es2023', 'dom'] }, include: ['src'] }, null, 2)}\n`],
    ['package.json', `${JSON.stringify({ name: 'leakwatch-bench-backend', private: true, type: 'module' }, null, 2)}\n`],
    ['src/vendor/express.d.ts', VENDOR],
    ...Object.entries(LIB),
  ]);
  const count = (text) => text.split('\n').length - 1;
  let total = [...files.values()].reduce((sum, text) => sum + count(text), 0);
  const routers = [];
  let domain = 0;
  while (total < lines) {
    const name = NOUNS[domain % NOUNS.length];
    const i = domain;
    const dependency = domain > 0 && random() < 0.6 ? { name: NOUNS[(domain - 1) % NOUNS.length], i: domain - 1 } : undefined;
    const leak = domain % 10 === 3 ? 'response' : domain % 15 === 7 ? 'log' : domain % 20 === 11 ? 'analytics' : 'none';
    const parts = [
      [`src/entities/${name}-${i}.ts`, entity(name, i, random)],
      [`src/repositories/${name}-${i}.repository.ts`, repository(name, i)],
      [`src/services/${name}-${i}.service.ts`, service(name, i, dependency)],
      [`src/handlers/${name}-${i}.handler.ts`, handler(name, i, leak)],
    ];
    for (const [file, text] of parts) {
      files.set(file, text);
      total += count(text);
    }
    routers.push(`${name.replace(/-/g, '')}${i}Router`);
    domain += 1;
  }
  const imports = routers.map((router, k) => `import { ${router} } from './handlers/${NOUNS[k % NOUNS.length]}-${k}.handler.js';`);
  const app = `import express from 'express';\n${imports.join('\n')}\n\nconst app = express();\n${routers.map((router) => `app.use(${router} as never);`).join('\n')}\napp.listen(3000);\n`;
  files.set('src/app.ts', app);
  total += count(app);
  for (const [file, text] of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return { files: files.size, lines: total, domains: domain };
}
