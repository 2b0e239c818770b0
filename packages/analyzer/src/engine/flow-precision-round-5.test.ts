import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../result/scan-result.js';
import { readMarkedLines, removeTempProject, scanTempProject } from '../test-project.js';

// Shapes from blind evaluation round 5, each positive beside its tricky negative, in one program
// scanned once: account state chosen inside a service and answered by an anonymous handler,
// a stored hash next to an issued token in one login answer, row types extending a zod-inferred
// shape under rest destructuring, `debug` namespaces kept in an object of another module, and
// pino `redact` paths matched through the project's log wrappers. Lines marked
// `// finding <rule>:<category> …` must be reported exactly; no other line may be.
const FILES: Record<string, string> = {
  'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', noEmit: true }, include: ['src'] }),
  'src/schemas.ts': `import { z } from 'zod';

export const ApplicantInput = z.object({
  listingId: z.string(),
  email: z.email(),
  phone: z.string(),
  ssn: z.string(),
  bank: z.object({ accountNumber: z.string() }),
});
export type ApplicantInput = z.infer<typeof ApplicantInput>;

/** The help desk's own address, a value literal rather than a schema. */
export const SUPPORT_CONTACT = { email: 'help@example.com', phone: '+1 555 0100' };
`,
  'src/store.ts': `import type { ApplicantInput } from './schemas.js';

/** An application as stored: the applicant's input plus bookkeeping. */
export interface ApplicantRow extends ApplicantInput {
  id: string;
}

export interface AccountRow {
  id: string;
  email: string;
  passwordHash: string;
  locked: boolean;
}

export interface CardRow {
  memberId: string;
  suspended: boolean;
}

const applicants: ApplicantRow[] = [];

export async function listApplicants(listingId: string): Promise<ApplicantRow[]> {
  return applicants.filter((row) => row.listingId === listingId);
}

export declare function findAccount(email: string): Promise<AccountRow | undefined>;
export declare function findCard(code: string): Promise<CardRow | undefined>;
export declare function verifyPassword(password: string, hash: string): boolean;
export declare function createSessionToken(accountId: string): string;
export declare function createResetToken(accountId: string): string;
`,
  'src/kiosk.ts': `import { findAccount, findCard, verifyPassword } from './store.js';

export type Admission = { admitted: true; memberId: string } | { admitted: false; reason: string };

export async function admit(code: string): Promise<Admission> {
  const row = await findCard(code);
  if (!row) return { admitted: false, reason: 'unknown-card' };
  if (row.suspended) return { admitted: false, reason: 'account-suspended' };
  return { admitted: true, memberId: row.memberId };
}

export async function admitQuietly(code: string): Promise<Admission> {
  const row = await findCard(code);
  if (!row) return { admitted: false, reason: 'denied' };
  if (row.suspended) return { admitted: false, reason: 'denied' };
  return { admitted: true, memberId: row.memberId };
}

export async function admitEither(code: string): Promise<Admission> {
  const row = await findCard(code);
  if (!row || row.suspended) return { admitted: false, reason: 'account-suspended' };
  return { admitted: true, memberId: row.memberId };
}

export async function checkSignIn(email: string, password: string): Promise<{ ok: boolean; reason: string }> {
  const account = await findAccount(email);
  if (!account) return { ok: false, reason: 'invalid' };
  if (!verifyPassword(password, account.passwordHash)) return { ok: false, reason: 'invalid' };
  if (account.locked) return { ok: false, reason: 'locked' };
  return { ok: true, reason: 'welcome' };
}

export async function findUnlocked(email: string) {
  const account = await findAccount(email);
  if (account?.locked) return null;
  return account;
}
`,
  'src/debug.ts': `import createDebug from 'debug';

/** One namespace per area. */
export const trace = {
  downloads: createDebug('app:downloads'),
  auth: createDebug('app:auth'),
};

/** Project functions kept in an object: no logger behind them. */
export const notes = {
  write: (message: string, ...args: unknown[]): number => message.length + args.length,
};
`,
  'src/log.ts': `import pino from 'pino';
import type { SUPPORT_CONTACT } from './schemas.js';

const logger = pino({ redact: ['applicant.ssn'] });

/** Writes an audit event with the caller's fields at the top level. */
export function audit(event: string, fields: Record<string, unknown>): void {
  logger.info({ event, ...fields }, event);
}

/** Writes an audit event with the caller's fields below \`data\`. */
export function auditNested(event: string, fields: Record<string, unknown>): void {
  logger.info({ event, data: fields }, event);
}

/** Writes an applicant where the redact path expects it. */
export function auditApplicant(event: string, applicant: unknown): void {
  logger.info({ event, applicant }, event);
}

/** Hands a person to the wrapper above, which puts it below \`applicant\`. */
export function auditPerson(event: string, person: unknown): void {
  auditApplicant(event, person);
}

/** Wraps the top-level wrapper, placing the applicant itself. */
export function auditWrapped(event: string, applicant: unknown): void {
  audit(event, { applicant });
}

export function logSupport(contact: typeof SUPPORT_CONTACT): void {
  logger.info({ contact }, 'support contact');
}
`,
  'src/app.ts': `import { createHash } from 'node:crypto';
import express from 'express';
import { trace, notes } from './debug.js';
import { admit, admitEither, admitQuietly, checkSignIn, findUnlocked } from './kiosk.js';
import { audit, auditApplicant, auditNested, auditPerson, auditWrapped } from './log.js';
import { ApplicantInput } from './schemas.js';
import { createResetToken, createSessionToken, findAccount, listApplicants, verifyPassword } from './store.js';

const app = express();

function requireAuth(req: { headers: Record<string, string | undefined> }, res: { status(code: number): { end(): void } }, next: () => void): void {
  if (!req.headers['authorization']) {
    res.status(401).end();
    return;
  }
  next();
}

function hashIp(ip: string): string {
  return createHash('sha256').update(ip).digest('hex');
}

app.post('/kiosk', async (req, res) => {
  const result = await admit(String(req.body.code));
  if (!result.admitted) {
    res.status(403).json(result); // finding no-account-oracle:account-status
    return;
  }
  res.json({ admitted: true, memberId: result.memberId });
});

app.post('/kiosk/quiet', async (req, res) => {
  const quiet = await admitQuietly(String(req.body.code));
  const either = await admitEither(String(req.body.code));
  res.json({ quiet, either });
});

app.post('/accounts/check', async (req, res) => {
  res.json(await checkSignIn(String(req.body.email), String(req.body.secret)));
});

app.post('/accounts/unlocked', async (req, res) => {
  const account = await findUnlocked(String(req.body.email));
  if (!account) return res.status(404).end();
  res.json({ id: account.id });
});

app.post('/sign-in', async (req, res) => {
  const account = await findAccount(String(req.body.email));
  if (!account || !verifyPassword(String(req.body.password), account.passwordHash)) return res.status(401).json({ error: 'invalid credentials' });
  const token = createSessionToken(account.id);
  res.json({ token, account: { id: account.id, email: account.email } });
  res.json({ token, account }); // finding no-sensitive-response:credential
});

app.get('/listings/:id/applicants', requireAuth, async (req, res) => {
  const rows = await listApplicants(req.params.id);
  res.json(rows.map(({ bank: _bank, ...rest }) => rest)); // finding no-sensitive-response:contact no-sensitive-response:phone no-sensitive-response:government-id
  res.json(rows.map(({ bank: _bank, email: _email, phone: _phone, ssn: _ssn, ...rest }) => rest));
});

app.post('/applications', (req, res) => {
  const input = ApplicantInput.parse(req.body);
  audit('applied', { applicant: input }); // finding no-sensitive-log:contact no-sensitive-log:phone no-sensitive-log:financial
  auditNested('applied', { applicant: input }); // finding no-sensitive-log:contact no-sensitive-log:phone no-sensitive-log:financial no-sensitive-log:government-id
  auditApplicant('applied', input); // finding no-sensitive-log:contact no-sensitive-log:phone no-sensitive-log:financial
  auditPerson('applied', input); // finding no-sensitive-log:contact no-sensitive-log:phone no-sensitive-log:financial
  auditWrapped('applied', input); // finding no-sensitive-log:contact no-sensitive-log:phone no-sensitive-log:financial
  audit('applied', { ssn: input.ssn }); // finding no-sensitive-log:government-id
  res.status(201).json({ listingId: input.listingId });
});

app.get('/episodes/:id/download', (req, res) => {
  const row = { episodeId: String(req.params.id), ip: req.ip };
  trace.downloads('download %o', row); // finding no-sensitive-log:other-pii
  trace.downloads('listener %s', hashIp(String(req.ip)));
  notes.write('download', row);
  res.redirect('https://cdn.example.com/episode.mp3');
});

app.post('/password-reset', async (req, res) => {
  const account = await findAccount(String(req.body.email));
  if (account) {
    const token = createResetToken(account.id);
    const link = \`https://app.example.com/reset?token=\${token}\`;
    trace.auth('reset link for %s: %s', account.id, link); // finding no-sensitive-log:credential
  }
  res.status(202).json({ message: 'If an account matches, we sent instructions.' });
});
`,
};

let root: string | undefined;
let result: ScanResult;

beforeAll(async () => {
  // `z.infer` needs zod's own types: the project links the package core installs.
  ({ root, result } = await scanTempProject('flow-round-5', FILES, { link: ['zod'] }));
});

afterAll(() => {
  removeTempProject(root);
});

describe('flow precision (blind round 5)', () => {
  it('reports exactly the marked lines', () => {
    const expected = readMarkedLines(FILES, /\/\/ finding ((?:[a-z-]+:[a-z-]+ ?)+)$/, { split: true });
    expect(expected).toHaveLength(24);
    const actual = result.findings.map((finding) => `${finding.location.file}:${finding.location.line} ${finding.ruleId}:${finding.category}`);
    expect(actual.sort()).toEqual(expected.sort());
  });
});
