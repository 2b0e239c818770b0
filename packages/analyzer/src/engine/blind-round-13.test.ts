import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../result/scan-result.js';
import { readMarkedLines, removeTempProject, scanTempProject } from '../test-project.js';

// Blind round 13 shapes, against the real typings of Node, undici and bunyan: what an
// `EventEmitter` listener logs is reached through each `emit` of that event on that emitter (a
// wrapper whose log line is written by a listener); undici's `request` imported by name is an
// HTTP client; a wrapper handed the URL (`deliverWebhook(url, …)`) sends to a third party only
// where its caller's URL is one; an HMAC tag carries nothing of its key; a query dispatched on a
// NestJS CQRS bus (`queryBus.execute(new Q(…))`) answers what its `@QueryHandler(Q)` returns; a
// route comparing a service's `reason` with a value the service gives only after the password
// (`'disabled'`) tells nothing of the state, though `'locked'`, given before, does. Lines marked
// `// finding <rule>:<category> …` must be reported exactly; no other line may be.
const FILES: Record<string, string> = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: { strict: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', noEmit: true, types: ['node'], experimentalDecorators: true, emitDecoratorMetadata: true },
    include: ['src'],
  }),
  'src/audit.ts': `import { EventEmitter } from 'node:events';
import bunyan from 'bunyan';

const logger = bunyan.createLogger({ name: 'audit' });
const entries = new EventEmitter();
const metrics = new EventEmitter();

entries.on('entry', (entry: Record<string, unknown>) => {
  logger.info({ audit: entry }, 'audit');
});
metrics.on('entry', (entry: Record<string, unknown>) => {
  logger.info({ count: Object.keys(entry).length }, 'metric');
});

export function record(event: string, fields: Record<string, unknown>): void {
  entries.emit('entry', { event, ...fields });
}

export function count(fields: Record<string, unknown>): void {
  metrics.emit('entry', fields);
  entries.emit('other', fields);
}
`,
  'src/webhooks.ts': `import { createHmac } from 'node:crypto';
import { request } from 'undici';

export async function deliverWebhook(url: string, signingSecret: string, payload: Record<string, unknown>): Promise<number> {
  const body = JSON.stringify(payload);
  const signature = createHmac('sha256', signingSecret).update(body).digest('hex');
  const response = await request(url, { method: 'POST', headers: { 'x-signature': signature }, body });
  return response.statusCode;
}
`,
  'src/service.ts': `import { request } from 'undici';
import { count, record } from './audit.js';
import { deliverWebhook } from './webhooks.js';

interface Employee {
  id: string;
  email: string;
  iban: string;
  niNumber: string;
}

interface Company {
  webhookUrl: string;
  webhookSecret: string;
}

export async function changeBank(employee: Employee, iban: string): Promise<void> {
  record('bank.changed', { employeeId: employee.id, iban }); // finding no-sensitive-log:financial
  record('bank.viewed', { employeeId: employee.id });
  count({ email: employee.email });
}

export async function enrol(employee: Employee): Promise<void> {
  await request('https://api.pensions.example.com/v1/enrolments', { method: 'POST', body: JSON.stringify({ ref: employee.id, ni: employee.niNumber }) }); // finding no-sensitive-third-party:government-id
  await request('http://localhost:9000/internal', { method: 'POST', body: JSON.stringify({ ni: employee.niNumber }) });
}

export async function notify(company: Company, employee: Employee): Promise<void> {
  await deliverWebhook(company.webhookUrl, company.webhookSecret, { event: 'paid', paidTo: employee.iban }); // finding no-sensitive-third-party:financial
  await deliverWebhook('http://localhost:9000/hooks', company.webhookSecret, { paidTo: employee.iban });
  await deliverWebhook(company.webhookUrl, company.webhookSecret, { event: 'paid', employeeId: employee.id });
}
`,
  'src/sign-in-service.ts': `interface Row {
  id: string;
  email: string;
  passwordHash: string;
  loginLocked: boolean;
  disabledAt: string | null;
}

declare function findByEmail(email: string): Promise<Row | undefined>;
declare function verifyPassword(password: string, hash: string): Promise<boolean>;

export type SignInResult = { ok: true; token: string } | { ok: false; reason: 'invalid' | 'locked' | 'disabled' };

export async function signIn(email: string, password: string): Promise<SignInResult> {
  const row = await findByEmail(email);
  if (!row) return { ok: false, reason: 'invalid' };
  if (row.loginLocked) return { ok: false, reason: 'locked' };
  if (!(await verifyPassword(password, row.passwordHash))) return { ok: false, reason: 'invalid' };
  if (row.disabledAt !== null) return { ok: false, reason: 'disabled' };
  return { ok: true, token: 'session-token' };
}
`,
  'src/sign-in-route.ts': `import Fastify from 'fastify';
import { signIn } from './sign-in-service.js';

const app = Fastify();

app.post<{ Body: { email: string; password: string } }>('/sign-in', async (request, reply) => {
  const result = await signIn(request.body.email, request.body.password);
  if (!result.ok) {
    if (result.reason === 'disabled') return reply.code(403).send({ error: 'Your login was disabled.' });
    return reply.code(result.reason === 'locked' ? 423 : 401).send({ error: 'invalid credentials' }); // finding no-account-oracle:account-status
  }
  return reply.send({ token: result.token });
});
`,
  'src/cqrs.ts': `import { Controller, Get, Module, Query } from '@nestjs/common';
import { CqrsModule, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';

interface Applicant {
  id: string;
  email: string;
  phone: string;
}

declare function findApplicant(email: string): Promise<Applicant | undefined>;

export class GetContactQuery {
  constructor(readonly email: string) {}
}

export class GetCountQuery {
  constructor(readonly email: string) {}
}

@QueryHandler(GetContactQuery)
export class GetContactHandler implements IQueryHandler<GetContactQuery> {
  async execute(query: GetContactQuery): Promise<{ phone: string | null }> {
    const row = await findApplicant(query.email);
    return { phone: row ? row.phone : null };
  }
}

@QueryHandler(GetCountQuery)
export class GetCountHandler implements IQueryHandler<GetCountQuery> {
  async execute(query: GetCountQuery): Promise<{ found: boolean }> {
    const row = await findApplicant(query.email);
    return { found: row !== undefined };
  }
}

@Controller('applicants')
export class ApplicantsController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('contact')
  contact(@Query('email') email: string) {
    return this.queryBus.execute(new GetContactQuery(email)); // finding no-sensitive-response:phone
  }

  @Get('exists')
  exists(@Query('email') email: string) {
    return this.queryBus.execute(new GetCountQuery(email));
  }
}

@Module({ imports: [CqrsModule], controllers: [ApplicantsController], providers: [GetContactHandler, GetCountHandler] })
export class ApplicantsModule {}
`,
};

let root: string | undefined;
let result: ScanResult;

beforeAll(async () => {
  ({ root, result } = await scanTempProject('round-13', FILES, {
    fixtureLinks: [
      ['eval-payroll', 'undici'],
      ['eval-payroll', 'bunyan'],
      ['eval-payroll', '@types/bunyan'],
      ['eval-payroll', '@types/node'],
      ['eval-payroll', 'fastify'],
      ['eval-kyc', '@nestjs/common'],
      ['eval-kyc', '@nestjs/core'],
      ['eval-kyc', '@nestjs/cqrs'],
      ['eval-kyc', 'reflect-metadata'],
      ['eval-kyc', 'rxjs'],
    ],
  }));
}, 120_000);

afterAll(() => {
  removeTempProject(root);
});

describe('blind round 13 shapes', () => {
  it('reports exactly the marked lines', () => {
    const expected = readMarkedLines(FILES, /\/\/ finding ((?:[a-z-]+:[a-z-]+ ?)+)$/, { split: true });
    expect(expected).toHaveLength(5);
    const actual = result.findings.map((finding) => `${finding.location.file}:${finding.location.line} ${finding.ruleId}:${finding.category}`);
    expect(actual.sort()).toEqual(expected.sort());
  });
});
