import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../result/scan-result.js';
import { readMarkedLines, removeTempProject, scanTempProject } from '../test-project.js';

// Policy decisions, each as a positive beside its tricky negative, in one program scanned once.
// Lines marked `// finding <rule> <category>` must be reported exactly; no other line may be.
const FILES: Record<string, string> = {
  'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', noEmit: true }, include: ['src'] }),
  'src/store.ts': `export interface Account {
  id: string;
  email: string;
  phone: string;
  apiToken: string;
  disabled: boolean;
}

const accounts: Account[] = [];

export async function findByEmail(email: string): Promise<Account | undefined> {
  return accounts.find((account) => account.email === email);
}

export async function findById(id: string): Promise<Account | undefined> {
  return accounts.find((account) => account.id === id);
}
`,
  'src/config.ts': `export const settings = { onCallPhone: '+12025550199', smsFrom: '+12025550100' };
`,
  'src/sms.ts': `import twilio from 'twilio';
import { settings } from './config.js';

const client = twilio('AC-example', 'example');

/** Sends a text from the service number. */
export async function sendSms(to: string, body: string): Promise<void> {
  await client.messages.create({ from: settings.smsFrom, to, body });
}
`,
  'src/login-service.ts': `import { ForbiddenException, UnauthorizedException } from '@nestjs/common';
import { findByEmail } from './store.js';

/** Called by the anonymous login route: its exceptions are the route's answers. */
export async function checkLogin(email: string): Promise<string> {
  const account = await findByEmail(email);
  if (!account) throw new UnauthorizedException('Invalid credentials');
  if (account.disabled) throw new ForbiddenException('This account is disabled'); // finding no-account-oracle account-status
  return account.id;
}
`,
  'src/app.ts': `import express from 'express';
import { checkLogin } from './login-service.js';
import { sendSms } from './sms.js';
import { settings } from './config.js';
import { findByEmail, findById } from './store.js';

const app = express();

function requireSession(req: { session?: { accountId: string } }, res: { status(code: number): { end(): void } }, next: () => void): void {
  if (!req.session) {
    res.status(401).end();
    return;
  }
  next();
}

app.post('/reset', async (req, res) => {
  const account = await findByEmail(req.body.email);
  res.json({ message: \`A link was sent to \${req.body.email}\` });
  res.json({ sentTo: account?.email }); // finding no-sensitive-response contact
});

app.post('/login', async (req, res) => {
  const id = await checkLogin(req.body.email);
  const account = await findById(id);
  res.json({ token: account?.apiToken });
});

app.get('/integrations', requireSession, async (req, res) => {
  const account = await findById(String(req.query.id));
  res.json({ key: account?.apiToken }); // finding no-sensitive-response credential
});

app.get('/accounts/:id', requireSession, async (req, res) => {
  const account = await findById(req.params.id);
  if (!account || account.id !== req.session?.accountId) return res.status(404).end();
  res.json({ email: account.email, phone: account.phone });
});

app.post('/signin-check', async (req, res) => {
  const account = await findByEmail(req.body.email);
  if (!account || account.disabled || req.body.password !== 'example') return res.status(401).json({ error: 'invalid' });
  res.json({ ok: true });
});

app.post('/alerts', async (req, res) => {
  const account = await findById(String(req.body.id));
  await sendSms(settings.onCallPhone, \`Check \${account?.email}\`); // finding no-sensitive-third-party contact
  await sendSms(account?.phone ?? '', \`Your code for \${account?.email}\`);
  res.status(204).end();
});

app.listen(3000);
`,
};

let root: string;
let result: ScanResult;

beforeAll(async () => {
  ({ root, result } = await scanTempProject('policy', FILES));
});

afterAll(() => {
  removeTempProject(root);
});

describe('policy decisions', () => {
  it('reports exactly the marked lines', () => {
    const expected = readMarkedLines(FILES, /\/\/ finding ([a-z-]+ [a-z-]+)$/);
    expect(expected).toHaveLength(4);
    const actual = result.findings.map((finding) => `${finding.location.file}:${finding.location.line} ${finding.ruleId} ${finding.category}`);
    expect(actual.sort()).toEqual(expected.sort());
  });

  it('knows the routes that authenticate and the ones that compare the owner', () => {
    const routes = result.routes.map((route) => `${route.method} ${route.path} ${route.authenticated ? 'authenticated' : 'anonymous'}`);
    expect(routes).toEqual(expect.arrayContaining(['GET /integrations authenticated', 'GET /accounts/:id authenticated', 'POST /login anonymous']));
  });
});
