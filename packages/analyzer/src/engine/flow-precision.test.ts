import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../result/scan-result.js';
import { readMarkedLines, removeTempProject, scanTempProject } from '../test-project.js';

// Shapes from blind evaluation round 4, each positive beside its tricky negative, in one program
// scanned once: SDK methods imported under another name, HTTP clients with a base URL, URLs stored
// on records, echoes through a parsing helper, predicates on account state, rest and `delete`
// projections, key overrides, a conversion bound to a sensitive-looking name, and tRPC context keys
// and inputs. Lines marked `// finding <rule>:<category> …` must be reported exactly; no other line may be.
const FILES: Record<string, string> = {
  'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', noEmit: true }, include: ['src'] }),
  'src/store.ts': `/** A member as stored. */
export interface Member {
  id: string;
  handle: string;
  email: string;
  phone: string;
  birthDate: string;
  banStatus: 'none' | 'banned';
}

/** A user account with its password hash. */
export interface UserRow {
  id: string;
  email: string;
  passwordHash: string;
}

export interface Match {
  id: string;
  partnerId: string;
}

/** A connected service, registered by a workspace. */
export interface Integration {
  id: string;
  baseUrl: string;
  apiKey: string;
}

const members: Member[] = [];
const users: UserRow[] = [];

export async function findMember(id: string): Promise<Member | undefined> {
  return members.find((member) => member.id === id);
}

export async function findByHandle(handle: string): Promise<Member | undefined> {
  return members.find((member) => member.handle === handle);
}

export async function findUser(id: string): Promise<UserRow> {
  const user = users.find((candidate) => candidate.id === id);
  if (!user) throw new Error('missing');
  return user;
}

export declare function listMatches(memberId: string): Promise<Array<{ match: Match; partner: Member }>>;

export declare function findIntegration(id: string): Promise<Integration>;

export function isRestricted(member: Member): boolean {
  return member.banStatus !== 'none';
}

export function isAdult(member: Member): boolean {
  return member.birthDate < '2008-01-01';
}
`,
  'src/analytics.ts': `import { track as amplitudeTrack } from '@amplitude/analytics-node';

/** Forwards the properties to Amplitude as given. */
export function track(event: string, userId: string, properties: Record<string, unknown>): void {
  amplitudeTrack(event, properties, { user_id: userId });
}
`,
  'src/vendors.ts': `import got from 'got';
import ky from 'ky';
import OpenAI from 'openai';
import type { Integration, Member } from './store.js';

const kyc = got.extend({ prefixUrl: 'https://kyc.example.com/v1' });
const billing = got.extend({ prefixUrl: 'http://billing.internal:8080' });
const moderation = ky.create({ prefix: 'https://moderation.example.com/' });
const openai = new OpenAI({ apiKey: 'test-key' });

export async function postToKyc(path: string, body: Record<string, unknown>): Promise<void> {
  await kyc.post(path, { json: body });
}

export async function postToBilling(path: string, body: Record<string, unknown>): Promise<void> {
  await billing.post(path, { json: body });
}

export async function moderate(payload: Record<string, unknown>): Promise<void> {
  await moderation.post('reports', { json: payload });
}

export async function pushToIntegration(integration: Integration, properties: Record<string, unknown>): Promise<void> {
  await fetch(\`\${integration.baseUrl}/objects\`, { method: 'POST', headers: { authorization: \`Bearer \${integration.apiKey}\` }, body: JSON.stringify({ properties }) });
}

export async function pushToConfigured(properties: Record<string, unknown>): Promise<void> {
  await fetch(\`\${process.env['CRM_URL']}/objects\`, { method: 'POST', body: JSON.stringify({ properties }) });
}

export async function draftOpener(partner: Member): Promise<string> {
  const { phone: _phone, ...profile } = partner;
  const completion = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: JSON.stringify(profile) }] }); // finding no-sensitive-third-party:contact no-sensitive-third-party:other-pii no-account-oracle:account-status
  return completion.choices[0]?.message.content ?? '';
}
`,
  'src/app.ts': `import express from 'express';
import pino from 'pino';
import { track } from './analytics.js';
import { findByHandle, findIntegration, findMember, findUser, isAdult, isRestricted } from './store.js';
import type { UserRow } from './store.js';
import { draftOpener, moderate, postToBilling, postToKyc, pushToConfigured, pushToIntegration } from './vendors.js';

const app = express();
const logger = pino();

function requireAuth(req: { headers: Record<string, string | undefined> }, res: { status(code: number): { end(): void } }, next: () => void): void {
  if (!req.headers['authorization']) {
    res.status(401).end();
    return;
  }
  next();
}

function readLead(body: unknown): { email: string; phone: string } | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { email, phone } = body as Record<string, unknown>;
  if (typeof email !== 'string' || typeof phone !== 'string') return undefined;
  return { email: email.trim().toLowerCase(), phone };
}

interface PublicUser {
  id: string;
}

function toDto(user: UserRow): PublicUser {
  return user;
}

app.post('/refills', requireAuth, async (req, res) => {
  const member = await findMember(String(req.body.memberId));
  if (!member) return res.status(404).end();
  const payload = { drug: 'examplamine', contactEmail: member.email };
  track('refill', member.id, payload); // finding no-sensitive-third-party:contact
  track('refill_hashed', member.id, { emailCount: member.email.length });
  await postToKyc('checks', { birthDate: member.birthDate }); // finding no-sensitive-third-party:other-pii
  await postToBilling('invoices', { birthDate: member.birthDate });
  await moderate({ reporterContact: member.phone }); // finding no-sensitive-third-party:phone
  const integration = await findIntegration('int_1');
  await pushToIntegration(integration, { email: member.email }); // finding no-sensitive-third-party:contact
  await pushToConfigured({ email: member.email });
  res.status(202).end();
});

app.post('/openers/:id', requireAuth, async (req, res) => {
  const partner = await findMember(req.params.id);
  if (!partner) return res.status(404).end();
  res.json({ opener: await draftOpener(partner) });
});

app.post('/reset', async (req, res) => {
  const member = await findByHandle(String(req.body.handle));
  if (member?.banStatus === 'banned') {
    track('reset_blocked', member.id, { banStatus: member.banStatus }); // finding no-account-oracle:account-status
    logger.warn({ banStatus: member.banStatus }, 'reset for a banned member');
  }
  res.status(202).json({ ok: true });
});

app.post('/codes', async (req, res) => {
  const member = await findByHandle(String(req.body.handle));
  if (!member) return res.status(202).json({ sent: true });
  if (isRestricted(member)) return res.status(403).json({ error: 'This number cannot receive codes.' }); // finding no-account-oracle:account-status
  if (!isAdult(member)) return res.status(400).json({ error: 'Members must be adults.' });
  res.status(202).json({ sent: true });
});

app.post('/leads', async (req, res) => {
  const lead = readLead(req.body);
  if (!lead) return res.status(400).end();
  res.status(201).json({ message: \`We will reply to \${lead.email}.\` });
  const stored = readLead(await findMember(String(req.query['ref'])));
  res.json({ message: \`We already reply to \${stored?.email}.\` }); // finding no-sensitive-response:contact
});

app.get('/users/:id', requireAuth, async (req, res) => {
  const user = await findUser(req.params.id);
  const copy: Partial<UserRow> = { ...user };
  res.json(copy); // finding no-sensitive-response:credential no-sensitive-response:contact
  delete copy.passwordHash;
  res.json(copy); // finding no-sensitive-response:contact
  const maybe: Partial<UserRow> = { ...user };
  if (req.query['slim']) delete maybe.passwordHash;
  res.json(maybe); // finding no-sensitive-response:credential no-sensitive-response:contact
  res.json({ ...user, passwordHash: undefined }); // finding no-sensitive-response:contact
  res.json({ passwordHash: undefined, ...user }); // finding no-sensitive-response:credential no-sensitive-response:contact
  res.json({ ...user, email: user.email }); // finding no-sensitive-response:credential no-sensitive-response:contact
  res.json(toDto(user)); // finding no-sensitive-response:credential no-sensitive-response:contact
});

app.post('/addresses', requireAuth, (req, res) => {
  const homeAddress = String(req.body.homeAddress);
  logger.info({ homeAddress }, 'address changed'); // finding no-sensitive-log:contact
  res.status(204).end();
});

const server = app.listen(3000);
const address = server.address();
logger.info({ address }, 'listening');
const socket = server.address();
logger.info(\`listening on \${socket.address}\`);
`,
  'src/trpc.ts': `import { initTRPC, TRPCError } from '@trpc/server';

const t = initTRPC.create();

export const router = t.router;
export const publicProcedure = t.procedure;
export const middleware = t.middleware;

/** Puts the caller's member id on the context, or refuses the call. */
export const isAuthed = middleware(async ({ ctx, next }: { ctx: { token?: string }; next: (options: { ctx: { memberId: string } }) => unknown }) => {
  const memberId = ctx.token === undefined ? undefined : ctx.token.slice(7);
  if (!memberId) throw new TRPCError({ code: 'UNAUTHORIZED' });
  return next({ ctx: { memberId } });
});
`,
  'src/procedures.ts': `import { z } from 'zod';
import { listMatches, findMember } from './store.js';
import { isAuthed, publicProcedure, router } from './trpc.js';
import pino from 'pino';

const logger = pino();
const protectedProcedure = publicProcedure.use(isAuthed);
const Position = z.object({ latitude: z.number(), longitude: z.number() });
const Radius = z.object({ radiusKm: z.number() });

interface Ctx {
  memberId: string;
  requestedId: string;
}

export const appRouter = router({
  whoami: protectedProcedure.query(async ({ ctx }: { ctx: Ctx }) => {
    const member = await findMember(ctx.memberId);
    return member;
  }),
  me: protectedProcedure.query(async ({ ctx }: { ctx: Ctx }) => {
    const member = await findMember(ctx.requestedId);
    return member;
  }),
  profileOf: protectedProcedure.query(async ({ ctx }: { ctx: Ctx }) => {
    const member = await findMember(ctx.requestedId);
    return member; // finding no-sensitive-response:contact no-sensitive-response:phone no-sensitive-response:other-pii no-account-oracle:account-status
  }),
  matches: protectedProcedure.query(async ({ ctx }: { ctx: Ctx }) => {
    const rows = await listMatches(ctx.memberId);
    return rows.map(({ match, partner }) => ({ ...partner, matchId: match.id })); // finding no-sensitive-response:contact no-sensitive-response:phone no-sensitive-response:other-pii no-account-oracle:account-status
  }),
  moveTo: protectedProcedure.input(Position).mutation(async ({ ctx, input }: { ctx: Ctx; input: z.infer<typeof Position> }) => {
    logger.info({ memberId: ctx.memberId, ...input }, 'moved'); // finding no-sensitive-log:other-pii
    return { saved: true };
  }),
  search: protectedProcedure.input(Radius).query(async ({ ctx, input }: { ctx: Ctx; input: z.infer<typeof Radius> }) => {
    logger.info({ memberId: ctx.memberId, ...input }, 'searched');
    return { results: [] };
  }),
});
`,
};

let root: string | undefined;
let result: ScanResult;

beforeAll(async () => {
  // `z.infer` needs zod's own types: the project links the package core installs.
  ({ root, result } = await scanTempProject('flow-precision', FILES, { link: ['zod'] }));
});

afterAll(() => {
  removeTempProject(root);
});

describe('flow precision (blind round 4)', () => {
  it('reports exactly the marked lines', () => {
    const expected = readMarkedLines(FILES, /\/\/ finding ((?:[a-z-]+:[a-z-]+ ?)+)$/, { split: true }).map((key) => {
      const [location, pair] = key.split(' ') as [string, string];
      return `${location} ${pair}`;
    });
    expect(expected).toHaveLength(32);
    const actual = result.findings.map((finding) => `${finding.location.file}:${finding.location.line} ${finding.ruleId}:${finding.category}`);
    expect(actual.sort()).toEqual(expected.sort());
  });

  it('judges account status a helper sends to a third party by the routes that call it, at high severity', () => {
    const inside = result.findings.find((finding) => finding.location.file === 'src/vendors.ts' && finding.category === 'account-status');
    expect(inside?.severity).toBe('high');
  });
});
