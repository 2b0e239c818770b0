import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../result/scan-result.js';
import { readMarkedLines, removeTempProject, scanTempProject } from '../test-project.js';

// Blind round 11 shapes, against the real typings of Fastify, Mercurius and supabase-js: a resolver
// map registered as a plugin (`app.register(mercurius, { schema, resolvers })`) is projected by its
// SDL even when both are imported bindings; Mercurius's `ErrorWithProps` bound by destructuring
// (`const { ErrorWithProps } = mercurius`) still answers the caller; a Supabase filter
// (`.eq('email', email)`, declared by postgrest-js) stays out of the rows it selects. Lines marked
// `// finding <rule>:<category> …` must be reported exactly; no other line may be.
const FILES: Record<string, string> = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: { strict: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', noEmit: true, types: ['node'] },
    include: ['src'],
  }),
  'src/schema.ts': `export const schema = \`
  type Attendee { id: ID!, name: String!, email: String! }
  type Query { attendee(id: ID!): Attendee }
  type Mutation { signIn(email: String!, password: String!): Boolean! }
\`;
`,
  'src/store.ts': `export interface AttendeeRow {
  id: string;
  name: string;
  email: string;
  passwordHash: string;
  passportNumber: string;
  banned: boolean;
}
export declare function findAttendee(id: string): Promise<AttendeeRow | undefined>;
export declare function findByEmail(email: string): Promise<AttendeeRow | undefined>;
`,
  'src/resolvers.ts': `import mercurius from 'mercurius';
import { findAttendee, findByEmail } from './store.js';

const { ErrorWithProps } = mercurius;

export const resolvers = {
  Query: {
    // Any id, anonymous: only the SDL's e-mail goes out, not the hash, passport or ban flag.
    attendee: async (_root: unknown, args: { id: string }) => findAttendee(args.id), // finding no-sensitive-response:contact
  },
  Mutation: {
    signIn: async (_root: unknown, args: { email: string; password: string }) => {
      const row = await findByEmail(args.email);
      if (!row) throw new ErrorWithProps('invalid credentials', {}, 401);
      if (row.banned) throw new ErrorWithProps('This account is banned.', {}, 403); // finding no-account-oracle:account-status
      return true;
    },
  },
};
`,
  'src/app.ts': `import Fastify from 'fastify';
import mercurius from 'mercurius';
import { resolvers } from './resolvers.js';
import { schema } from './schema.js';

const app = Fastify();
await app.register(mercurius, { schema, resolvers });
`,
  'src/supabase-repo.ts': `import { createClient } from '@supabase/supabase-js';

const supabase = createClient('https://example.supabase.co', process.env.SUPABASE_KEY ?? '');

export interface StaffRow {
  id: string;
  locked: boolean;
}

export async function findStaffByEmail(email: string): Promise<StaffRow | null> {
  const { data } = await supabase.from('staff').select('id, locked').eq('email', email.toLowerCase()).maybeSingle();
  return (data as StaffRow | null) ?? null;
}
`,
  'src/supabase-route.ts': `import Fastify from 'fastify';
import { findStaffByEmail } from './supabase-repo.js';

const app = Fastify();
// The e-mail filters the query; it is not in the row, so the log carries only an id.
app.post('/staff/reset', async (request) => {
  const staff = await findStaffByEmail(String((request.body as { email: string }).email));
  request.log.info({ staffId: staff?.id }, 'reset requested');
  return { sent: true };
});
`,
};

let root: string | undefined;
let result: ScanResult;

beforeAll(async () => {
  // The real client typings, from the evaluation fixtures that install them.
  ({ root, result } = await scanTempProject('round-11', FILES, {
    fixtureLinks: [
      ['eval-festival', 'fastify'],
      ['eval-festival', 'mercurius'],
      ['eval-festival', '@types/node'],
      ['eval-clinicbook', '@supabase/supabase-js'],
    ],
  }));
}, 120_000);

afterAll(() => {
  removeTempProject(root);
});

describe('blind round 11 shapes', () => {
  it('reports exactly the marked lines', () => {
    const expected = readMarkedLines(FILES, /\/\/ finding ((?:[a-z-]+:[a-z-]+ ?)+)$/, { split: true });
    expect(expected).toHaveLength(2);
    const actual = result.findings.map((finding) => `${finding.location.file}:${finding.location.line} ${finding.ruleId}:${finding.category}`);
    expect(actual.sort()).toEqual(expected.sort());
  });
});
