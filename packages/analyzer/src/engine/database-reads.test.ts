import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../result/scan-result.js';
import { readMarkedLines, removeTempProject, scanTempProject } from '../test-project.js';

// Database reads judged by the rows they return, against the real typings of node-postgres,
// Kysely, Sequelize and ioredis: a lookup's filter values never ride along in its result, an explicit column
// list keeps exactly its columns, and a row type's own categories stay. GraphQL resolvers read by
// the context's caller are owner-scoped. Lines marked `// finding <rule>:<category> …` must be
// reported exactly; no other line may be.
const FILES: Record<string, string> = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: { strict: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', noEmit: true, types: ['node'] },
    include: ['src'],
  }),
  'src/pg-repo.ts': `import pg from 'pg';

export const pool = new pg.Pool();

/** A booking: nothing personal in its columns. */
export interface BookingRow {
  id: string;
  reference: string;
  status: 'held' | 'confirmed';
}

/** A member, as \\\`SELECT *\\\` returns it. */
export interface MemberRow {
  id: string;
  email: string;
  phone: string;
  date_of_birth: string;
  password_hash: string;
}

export interface MemberCounts {
  total: number;
  suspended: number;
}

export async function findBookingsByEmail(email: string): Promise<BookingRow[]> {
  const result = await pool.query<BookingRow>('SELECT id, reference, status FROM bookings WHERE email = $1', [email]);
  return result.rows;
}

export async function findMemberById(id: string) {
  const result = await pool.query<MemberRow>('SELECT * FROM members WHERE id = $1', [id]);
  return result.rows[0];
}

export async function countMembers(): Promise<MemberCounts> {
  const result = await pool.query<MemberCounts>("SELECT count(*)::int AS total, count(*) FILTER (WHERE suspended)::int AS suspended FROM members");
  return result.rows[0] ?? { total: 0, suspended: 0 };
}
`,
  'src/kysely-repo.ts': `import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, type Generated, type Selectable } from 'kysely';

interface PatientsTable {
  id: Generated<string>;
  full_name: string;
  date_of_birth: string;
  phone: string;
  email: string;
  password_hash: string;
}

interface VisitsTable {
  id: Generated<string>;
  patient_id: string;
  starts_at: Date;
}

interface Database {
  patients: PatientsTable;
  visits: VisitsTable;
}

export type PatientRow = Selectable<PatientsTable>;

export const db = new Kysely<Database>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (kysely) => new PostgresIntrospector(kysely),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

export async function findPatientChart(id: string) {
  return db.selectFrom('patients').select(['id', 'full_name', 'date_of_birth', 'phone']).where('id', '=', id).executeTakeFirst();
}

export async function findPatient(id: string): Promise<PatientRow | undefined> {
  return db.selectFrom('patients').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listVisitsByEmail(email: string) {
  return db
    .selectFrom('visits')
    .innerJoin('patients', 'patients.id', 'visits.patient_id')
    .select(['visits.id', 'visits.starts_at'])
    .where('patients.email', '=', email.toLowerCase())
    .execute();
}
`,
  'src/sequelize-repo.ts': `import { DataTypes, Model, Sequelize } from 'sequelize';

const sequelize = new Sequelize('sqlite::memory:');

/** A claim: its own columns carry nothing personal. */
export class Claim extends Model {
  declare id: string;
  declare reference: string;
  declare holderEmail?: never;
}

Claim.init({ id: { type: DataTypes.STRING, primaryKey: true }, reference: DataTypes.STRING }, { sequelize, modelName: 'claim' });

export async function listClaimsFor(email: string): Promise<Claim[]> {
  return Claim.findAll({ where: { holderEmail: email }, attributes: ['id', 'reference'] });
}
`,
  'src/redis-repo.ts': `import { Redis } from 'ioredis';

// The connection URL carries the store's password: the client authenticates with it, nothing it reads holds it.
const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379', { lazyConnect: true });

export interface ProfileRow {
  id: string;
  handle: string;
  phone: string;
}

export async function findProfileByEmail(email: string): Promise<ProfileRow | null> {
  const id = await redis.hget('profile-by-email', email.trim().toLowerCase());
  if (id === null) return null;
  const raw = await redis.get(\`profile:\${id}\`);
  return raw === null ? null : (JSON.parse(raw) as ProfileRow);
}
`,
  'src/shaped.ts': `import type { MemberRow } from './pg-repo.js';

type Selection<T> = { [K in keyof T]?: true };
type Selected<T, S extends Selection<T>> = { [K in keyof S & keyof T]: T[K] };

function project<T, S extends Selection<T>>(row: T, select: S): Selected<T, S> {
  const out: Partial<Record<keyof T, unknown>> = {};
  for (const key of Object.keys(select) as (keyof S & keyof T)[]) out[key] = row[key];
  return out as Selected<T, S>;
}

const members: MemberRow[] = [];

/** A Prisma-shaped read of the project's own: inside it, the selection is still a type parameter. */
export const shaped = {
  async findUnique<S extends Selection<MemberRow>>(args: { where: { id: string }; select: S }) {
    const row = members.find((member) => member.id === args.where.id);
    return row ? project(row, args.select) : null;
  },
};
`,
  'src/app.ts': `import express from 'express';
import { shaped } from './shaped.js';
import { countMembers, findBookingsByEmail, findMemberById } from './pg-repo.js';
import { findPatient, findPatientChart, listVisitsByEmail } from './kysely-repo.js';
import { listClaimsFor } from './sequelize-repo.js';
import { findProfileByEmail } from './redis-repo.js';

const app = express();
app.use(express.json());

// Anonymous look-ups keyed by a typed e-mail: what comes back is the rows, not the e-mail.
app.post('/bookings/lookup', async (req, res) => {
  const { email } = req.body as { email: string };
  const bookings = await findBookingsByEmail(email);
  console.log('bookings found', bookings);
  res.json({ count: bookings.length, bookings });
});

app.post('/visits/lookup', async (req, res) => {
  const { email } = req.body as { email: string };
  const visits = await listVisitsByEmail(email);
  console.log('visits found', visits);
  res.json(visits);
});

app.post('/claims/lookup', async (req, res) => {
  const { email } = req.body as { email: string };
  const claims = await listClaimsFor(email);
  console.log('claims found', claims);
  res.json(claims);
});

// A key-value store looked up by e-mail: neither the e-mail nor the store's URL is in the record.
app.post('/profiles/lookup', async (req, res) => {
  const { email } = req.body as { email: string };
  const profile = await findProfileByEmail(email);
  console.log('profile found', { id: profile?.id });
  if (!profile) return res.sendStatus(404);
  return res.json({ handle: profile.handle, phone: profile.phone }); // finding no-sensitive-response:phone
});

// Any :id, anonymous: the row's own columns leave whole.
app.get('/members/:id', async (req, res) => {
  const member = await findMemberById(req.params.id);
  res.json(member); // finding no-sensitive-response:credential no-sensitive-response:contact no-sensitive-response:phone no-sensitive-response:other-pii
});

// Rest destructuring drops only what it names.
app.get('/members/:id/card', async (req, res) => {
  const row = await findMemberById(req.params.id);
  if (!row) return res.sendStatus(404);
  const { password_hash: _hash, email: _email, ...data } = row;
  return res.json({ data }); // finding no-sensitive-response:phone no-sensitive-response:other-pii
});

// An explicit column list keeps exactly its columns: no e-mail, no hash.
app.get('/patients/:id/chart', async (req, res) => {
  res.json(await findPatientChart(req.params.id)); // finding no-sensitive-response:phone no-sensitive-response:other-pii
});

app.get('/patients/:id', async (req, res) => {
  res.json(await findPatient(req.params.id)); // finding no-sensitive-response:credential no-sensitive-response:contact no-sensitive-response:phone no-sensitive-response:other-pii
});

// Counts named after a state are numbers, not any account's state.
app.get('/stats', async (_req, res) => {
  const { total, suspended } = await countMembers();
  res.json({ total, suspended });
});

// A generic mapped selection read inside its own function names no columns of its own.
app.get('/members/:id/since', async (req, res) => {
  res.json(await shaped.findUnique({ where: { id: req.params.id }, select: { id: true } }));
});

app.listen(3000);
`,
  'src/graphql.ts': `import { ApolloServer } from '@apollo/server';
import { findMemberById } from './pg-repo.js';

const typeDefs = \`#graphql
  type Member {
    id: ID!
    email: String!
    phone: String!
  }

  type Query {
    me: Member
    viewer: Member
    member(id: ID!): Member
    anyone(id: ID!): Member
  }
\`;

interface Caller {
  id: string;
}

interface GraphContext {
  caller: Caller | null;
}

function unauthenticated(): Error {
  return new Error('Sign in first');
}

const resolvers = {
  Query: {
    // The caller's own record, read by the context's caller: owner-scoped.
    me: async (_parent: unknown, _args: unknown, ctx: GraphContext) => {
      if (!ctx.caller) throw unauthenticated();
      return findMemberById(ctx.caller.id);
    },
    viewer: async (_parent: unknown, _args: unknown, context: GraphContext) => {
      if (context.caller == null) throw unauthenticated();
      const member = await findMemberById(context.caller.id);
      return member;
    },
    // Signed in, but any id: not the caller's own.
    member: async (_parent: unknown, args: { id: string }, ctx: GraphContext) => {
      if (!ctx.caller) throw unauthenticated();
      return findMemberById(args.id); // finding no-sensitive-response:contact no-sensitive-response:phone
    },
    // No caller check at all: a lookup keyed by the caller would still not make it owner-scoped.
    anyone: async (_parent: unknown, args: { id: string }) => findMemberById(args.id), // finding no-sensitive-response:contact no-sensitive-response:phone
  },
};

export const server = new ApolloServer<GraphContext>({ typeDefs, resolvers });
`,
};

let root: string | undefined;
let result: ScanResult;

beforeAll(async () => {
  // The real client typings, from the evaluation fixtures that install them.
  ({ root, result } = await scanTempProject('database-reads', FILES, {
    fixtureLinks: [
      ['eval-travel', 'pg'],
      ['eval-travel', '@types/pg'],
      ['eval-travel', 'express'],
      ['eval-travel', '@types/express'],
      ['eval-travel', '@types/node'],
      ['eval-telehealth', 'kysely'],
      ['eval-insurance', 'sequelize'],
      ['eval-insurance', '@apollo'],
      ['eval-insurance', 'graphql'],
      ['eval-community', 'ioredis'],
    ],
  }));
}, 120_000);

afterAll(() => {
  removeTempProject(root);
});

describe('database reads', () => {
  it('reports exactly the marked lines', () => {
    const expected = readMarkedLines(FILES, /\/\/ finding ((?:[a-z-]+:[a-z-]+ ?)+)$/, { split: true }).map((key) => {
      const [location, pair] = key.split(' ') as [string, string];
      return `${location} ${pair}`;
    });
    expect(expected).toHaveLength(17);
    const actual = result.findings.map((finding) => `${finding.location.file}:${finding.location.line} ${finding.ruleId}:${finding.category}`);
    expect(actual.sort()).toEqual(expected.sort());
  });

  it('recognises a resolver that checks the context caller as authenticated, and one keyed by it as owner-scoped', () => {
    const routes = result.routes.filter((route) => route.framework === 'graphql').map((route) => `${route.path} ${route.authenticated ? 'authenticated' : 'anonymous'}${route.ownerScoped ? ' owner' : ''}`);
    expect(routes.sort()).toEqual(['anyone anonymous', 'me authenticated owner', 'member authenticated', 'viewer authenticated owner']);
  });
});
