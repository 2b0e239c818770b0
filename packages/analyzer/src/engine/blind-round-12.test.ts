import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../result/scan-result.js';
import { readMarkedLines, removeTempProject, scanTempProject } from '../test-project.js';

// Blind round 12 shapes, against the real typings of MikroORM 7, Express and Koa: a hidden or lazy
// entity property is left out when the entity is answered whole (and kept once read out of it), a
// `fields` column list keeps only its columns, and the SQL driver's entity manager is a database
// client; a Koa context's `ctx.headers` are the request's; a project helper returning `JSON.parse(…)
// as T` gives back what its caller's type argument says; a lookup keyed by a helper that returns the
// caller's id (`readCallerId(req)` in another module) reads the caller's own record. Lines marked `// finding <rule>:<category> …`
// must be reported exactly; no other line may be.
const FILES: Record<string, string> = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: { strict: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', noEmit: true, types: ['node'] },
    include: ['src'],
  }),
  'src/entities.ts': `import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/es';

@Entity({ tableName: 'members' })
export class Member {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  handle!: string;

  @Property({ type: 'text' })
  email!: string;

  @Property({ type: 'text', hidden: true })
  homeAddress!: string;

  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;
}
`,
  'src/members.ts': `import { MikroORM } from '@mikro-orm/postgresql';
import { Member } from './entities.js';

const orm = await MikroORM.init({ entities: [Member], dbName: 'coworking' });

export async function findMember(id: string): Promise<Member | null> {
  return orm.em.fork().findOne(Member, { id });
}

export async function listHandles(email: string) {
  return orm.em.fork().find(Member, { email }, { fields: ['id', 'handle'] });
}
`,
  'src/caller.ts': `import type { Request } from 'express';

/** The signed-in member's id, as the session middleware stored it. */
export function readCallerId(req: Request): string {
  const caller = (req as Request & { user?: { id: string } }).user;
  if (!caller) throw new Error('sign in first');
  return caller.id;
}
`,
  'src/app.ts': `import express, { type NextFunction, type Request, type Response } from 'express';
import { readCallerId } from './caller.js';
import { findMember, listHandles } from './members.js';

const app = express();
declare function requireAuth(req: Request, res: Response, next: NextFunction): void;

// Keyed by a helper in another module that returns the caller's id: the caller's own e-mail.
app.get('/teams/:teamId/profile', requireAuth, async (req, res) => {
  res.json(await findMember(readCallerId(req)));
});

// Any :id, anonymous: the e-mail goes out, the hidden address and hash do not.
app.get('/members/:id', async (req, res) => {
  const member = await findMember(req.params.id);
  res.json(member); // finding no-sensitive-response:contact
});

// Read out of the entity, the hidden address is a plain value again.
app.get('/members/:id/address', async (req, res) => {
  const member = await findMember(req.params.id);
  res.json({ address: member?.homeAddress }); // finding no-sensitive-response:contact
});

// A column list of id and handle, looked up by the typed e-mail: nothing personal comes back.
app.post('/members/handles', async (req, res) => {
  res.json(await listHandles(String(req.body.email)));
});
`,
  'src/koa-app.ts': `import Koa from 'koa';

interface SignInForm {
  reference: string;
  password: string;
}

async function readJson<T>(ctx: Koa.Context): Promise<T> {
  const chunks: Buffer[] = [];
  for await (const chunk of ctx.req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as T;
}

export const app = new Koa();
app.use(async (ctx, next) => {
  try {
    await next();
  } catch (error) {
    console.error('request failed', { path: ctx.path, headers: ctx.headers }); // finding no-sensitive-log:credential
    throw error;
  }
});
app.use(async (ctx) => {
  const form = await readJson<SignInForm>(ctx);
  console.warn('sign-in failed', { attempt: form }); // finding no-sensitive-log:credential
  console.info('sign-in attempt', { reference: form.reference });
  ctx.status = 401;
});
`,
};

let root: string | undefined;
let result: ScanResult;

beforeAll(async () => {
  ({ root, result } = await scanTempProject('round-12', FILES, {
    fixtureLinks: [
      ['eval-coworking', '@mikro-orm/core'],
      ['eval-coworking', '@mikro-orm/decorators'],
      ['eval-coworking', '@mikro-orm/postgresql'],
      ['eval-coworking', 'express'],
      ['eval-coworking', '@types/express'],
      ['eval-coworking', '@types/node'],
      ['eval-tenancy', 'koa'],
      ['eval-tenancy', '@types/koa'],
    ],
  }));
}, 120_000);

afterAll(() => {
  removeTempProject(root);
});

describe('blind round 12 shapes', () => {
  it('reports exactly the marked lines', () => {
    const expected = readMarkedLines(FILES, /\/\/ finding ((?:[a-z-]+:[a-z-]+ ?)+)$/, { split: true });
    expect(expected).toHaveLength(4);
    const actual = result.findings.map((finding) => `${finding.location.file}:${finding.location.line} ${finding.ruleId}:${finding.category}`);
    expect(actual.sort()).toEqual(expected.sort());
  });
});
