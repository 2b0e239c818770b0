import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../result/scan-result.js';
import { readMarkedLines, removeTempProject, scanTempProject } from '../test-project.js';

// Credentials and derived values that held-out code carried past the engine: a whole sign-in body,
// a schema-parsed body, a login answering a stored hash (and its owner's profile, which is fine
// after the password check), a truncation the policy allows, and a phone derivation inside a helper. Lines marked `// finding <rule> <category>` must be reported
// exactly; no other line may be.
const FILES: Record<string, string> = {
  'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', noEmit: true }, include: ['src'] }),
  'src/schemas.ts': `import { z } from 'zod';

export const SignUpSchema = z.object({ email: z.email(), password: z.string().min(12), taxId: z.string(), handle: z.string() });
export const TransferSchema = z.object({ payee: z.string(), amountCents: z.number() });
`,
  'src/store.ts': `export interface Member {
  id: string;
  email: string;
  phone: string;
  iban: string;
  cardNumber: string;
  passwordHash: string;
  apiKey: string;
}

const members: Member[] = [];

export async function findMember(id: string): Promise<Member | undefined> {
  return members.find((member) => member.id === id);
}

export async function register(input: { email: string; password: string }): Promise<Member> {
  const member: Member = { id: 'm1', email: input.email, phone: '', iban: '', cardNumber: '', passwordHash: input.password.length > 0 ? 'x' : '', apiKey: 'k' };
  members.push(member);
  return member;
}
`,
  'src/format.ts': `import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** "+44 ••• 99": the calling code and two digits. */
export function describePhone(phone: string): string {
  const parsed = parsePhoneNumberFromString(phone);
  return \`+\${parsed?.countryCallingCode ?? '?'} ••• \${phone.slice(-2)}\`;
}
`,
  'src/app.ts': `import express from 'express';
import { Hono } from 'hono';
import { describePhone } from './format.js';
import { SignUpSchema, TransferSchema } from './schemas.js';
import { findMember, register } from './store.js';

const app = express();
const logger = { info(message: string, meta?: unknown): void { console.log(message, meta); } };

app.post('/auth/sign-in', (req, res) => {
  logger.info('sign-in attempt', req.body); // finding no-sensitive-log credential contact
  logger.info('sign-in attempt', { email: req.body.email }); // finding no-sensitive-log contact
  res.status(204).end();
});

app.post('/password/forgot', (req, res) => {
  logger.info('reset requested', { keys: Object.keys(req.body) });
  res.status(202).end();
});

app.post('/orders', (req, res) => {
  logger.info('order', req.body);
  res.status(201).end();
});

app.post('/signup', async (req, res) => {
  const created = await register(req.body);
  res.status(201).json({ id: created.id, apiKey: created.apiKey });
  res.json({ id: created.id, hash: created.passwordHash }); // finding no-sensitive-response credential
});

app.post('/login', async (req, res) => {
  const member = await findMember(String(req.body.id));
  res.json({ token: member?.apiKey });
  res.json({ member }); // finding no-sensitive-response credential contact phone financial
});

app.post('/sessions', async (req, res) => {
  const member = await findMember(String(req.body.id));
  res.json({ email: member?.email }); // finding no-sensitive-response contact
  if (!member || member.passwordHash !== String(req.body.password)) return res.status(401).json({ error: 'invalid credentials' });
  // Past the password check the caller owns the record: their own profile is fine, a hash never is.
  res.json({ email: member.email, phone: member.phone });
  res.json({ hash: member.passwordHash }); // finding no-sensitive-response credential
});

app.get('/members/:id/card', async (req, res) => {
  const member = await findMember(req.params.id);
  res.json({ country: member?.iban.slice(0, 2), last4: member?.cardNumber.slice(-4) });
  res.json({ bin: member?.cardNumber.slice(0, 6) }); // finding no-sensitive-response financial
  res.json({ hint: describePhone(member?.phone ?? '') }); // finding no-sensitive-response phone-fragment
});

export const api = new Hono();

api.post('/accounts/sign-up', async (c) => {
  const data = SignUpSchema.parse(await c.req.json());
  logger.info('sign-up', { ...data }); // finding no-sensitive-log credential contact government-id
  logger.info('sign-up', { handle: data.handle });
  return c.json({ ok: true }, 201);
});

api.post('/invites/:id/accept', async (c) => {
  const data = SignUpSchema.parse(await c.req.json());
  // What the caller sent, validated and answered back, and a session issued by a project helper.
  return c.json({ email: data.email, token: issueSessionToken(data.handle) }, 201);
});

function issueSessionToken(subject: string): string {
  return \`\${subject}.\${Date.now()}\`;
}

api.post('/transfers', async (c) => {
  const transfer = TransferSchema.parse(await c.req.json());
  logger.info('transfer', transfer);
  return c.json({ ok: true }, 201);
});
`,
};

let root: string | undefined;
let result: ScanResult;

beforeAll(async () => {
  // `z.infer` needs zod's own types: the project links the package core installs.
  ({ root, result } = await scanTempProject('credential-sources', FILES, { link: ['zod'] }));
});

afterAll(() => {
  removeTempProject(root);
});

describe('credential sources, issued credentials and allowed truncations', () => {
  it('reports exactly the marked lines', () => {
    const expected = readMarkedLines(FILES, /\/\/ finding ([a-z-]+) ([a-z -]+)$/, { split: false }).flatMap((key) => {
      const [location, rule, ...categories] = key.split(' ');
      return categories.map((category) => `${location} ${rule} ${category}`);
    });
    expect(expected).toHaveLength(15);
    const actual = result.findings.map((finding) => `${finding.location.file}:${finding.location.line} ${finding.ruleId} ${finding.category}`);
    expect(actual.sort()).toEqual(expected.sort());
  });
});
