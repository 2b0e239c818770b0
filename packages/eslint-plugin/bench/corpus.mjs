// Deterministic generator of a realistic TypeScript backend for the lint benchmark: Express
// routers, services, repositories, DTO mappers and logging, with a few leaks planted in it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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

const ENTITIES = ['user', 'account', 'order', 'invoice', 'ticket', 'member', 'customer', 'payment', 'session', 'device'];

function header(entity, Entity) {
  return `import express, { type Request, type Response, type NextFunction } from 'express';
import pino from 'pino';

const logger = pino({ name: '${entity}-service' });

export interface ${Entity}Row {
  id: string;
  handle: string;
  email: string;
  phone: string;
  passwordHash: string;
  locked: boolean;
  createdAt: string;
  plan: 'free' | 'pro';
  orderStatus: 'open' | 'closed';
}

export interface ${Entity}Dto {
  id: string;
  handle: string;
  plan: string;
}

declare function requireAuth(req: Request, res: Response, next: NextFunction): void;
declare const db: {
  find(id: string): Promise<${Entity}Row | undefined>;
  list(limit: number): Promise<${Entity}Row[]>;
  save(row: ${Entity}Row): Promise<void>;
  count(): Promise<number>;
};
`;
}

const BLOCKS = [
  (e, E, i) => `
export function to${E}Dto${i}(row: ${E}Row): ${E}Dto {
  return { id: row.id, handle: row.handle, plan: row.plan };
}
`,
  (e, E, i) => `
export class ${E}Service${i} {
  private readonly cache = new Map<string, ${E}Row>();

  async load(id: string): Promise<${E}Row | undefined> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const row = await db.find(id);
    if (row) this.cache.set(id, row);
    logger.debug({ id, found: Boolean(row) }, 'loaded ${e}');
    return row;
  }

  async listActive(limit = 20): Promise<${E}Dto[]> {
    const rows = await db.list(limit);
    return rows.filter((row) => !row.locked).map((row) => ({ id: row.id, handle: row.handle, plan: row.plan }));
  }

  async total(): Promise<number> {
    const count = await db.count();
    logger.info({ count }, '${e} count');
    return count;
  }
}
`,
  (e, E, i) => `
export const ${e}Router${i} = express.Router();

${e}Router${i}.get('/${e}s/:id', requireAuth, async (req: Request, res: Response) => {
  const row = await db.find(String(req.params.id));
  if (!row) {
    res.status(404).json({ error: 'not found' });
    return;
  }
  res.json(to${E}Dto${i}(row));
});

${e}Router${i}.get('/${e}s', requireAuth, async (req: Request, res: Response) => {
  const rows = await db.list(Number(req.query.limit ?? 20));
  logger.info({ returned: rows.length }, 'listed ${e}s');
  res.json(rows.map((row) => to${E}Dto${i}(row)));
});

function to${E}Dto${i}(row: ${E}Row): ${E}Dto {
  return { id: row.id, handle: row.handle, plan: row.plan };
}
`,
  (e, E, i) => `
export async function update${E}${i}(id: string, patch: Partial<${E}Row>): Promise<void> {
  const row = await db.find(id);
  if (!row) throw new Error('not found');
  const next = { ...row, ...patch, createdAt: row.createdAt };
  await db.save(next);
  logger.info({ id, fields: Object.keys(patch) }, 'updated ${e}');
  for (const key of Object.keys(patch)) {
    if (key === 'orderStatus') logger.info({ id, status: next.orderStatus }, 'status changed');
  }
}
`,
  (e, E, i) => `
export function summarize${E}s${i}(rows: ${E}Row[]): { total: number; pro: number; locked: number } {
  let pro = 0;
  let locked = 0;
  for (const row of rows) {
    if (row.plan === 'pro') pro += 1;
    if (row.locked) locked += 1;
  }
  const summary = { total: rows.length, pro, locked };
  logger.info(summary, 'summary of ${e}s');
  return summary;
}
`,
  // Planted leaks, about one block in twelve: a whole row logged, a phone fragment answered.
  (e, E, i) => `
export const ${e}LeakRouter${i} = express.Router();

${e}LeakRouter${i}.post('/${e}s/lookup', async (req: Request, res: Response) => {
  const row = await db.find(String(req.body.id));
  logger.warn({ email: row?.email }, 'lookup');
  res.json({ found: Boolean(row), hint: row?.phone.slice(-4) });
});
`,
];

/**
 * Writes the corpus into `dir` (with a tsconfig.json for typed runs) and returns its size.
 * The same seed always writes the same files.
 */
export function writeBenchCorpus(dir, { minLines = 50_000, seed = 1127 } = {}) {
  const random = createRandom(seed);
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { target: 'es2022', module: 'nodenext', strict: true, lib: ['es2023'], types: [], skipLibCheck: true, noEmit: true }, include: ['src'] }, null, 2),
  );
  let lines = 0;
  let files = 0;
  while (lines < minLines) {
    const entity = ENTITIES[files % ENTITIES.length];
    const Entity = entity[0].toUpperCase() + entity.slice(1);
    const parts = [header(entity, Entity)];
    for (let block = 0; block < 14; block++) {
      const pick = random() < 0.08 ? BLOCKS.length - 1 : Math.floor(random() * (BLOCKS.length - 1));
      parts.push(BLOCKS[pick](entity, Entity, block));
    }
    const code = parts.join('\n');
    writeFileSync(join(dir, 'src', `${entity}-${files}.ts`), code);
    lines += code.split('\n').length;
    files += 1;
  }
  return { files, lines };
}
