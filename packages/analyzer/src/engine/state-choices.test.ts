import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../result/scan-result.js';
import { readMarkedLines, removeTempProject, scanTempProject } from '../test-project.js';

// Values chosen by account state (ternaries, lookups keyed by the state) and wrappers that call a
// second wrapper before the sink. Lines marked `// finding <rule> <category>` must be reported
// exactly; no other line may be (the unmarked lines are the tricky negatives).
const FILES: Record<string, string> = {
  'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', noEmit: true }, include: ['src'] }),
  'src/store.ts': `export interface Member {
  id: string;
  email: string;
  banned: boolean;
  status: 'active' | 'disabled';
}
export interface Job {
  id: string;
  status: 'queued' | 'failed';
}
const members: Member[] = [];
const jobs: Job[] = [];
export async function findMember(email: string): Promise<Member | undefined> {
  return members.find((member) => member.email === email);
}
export async function findJob(id: string): Promise<Job | undefined> {
  return jobs.find((job) => job.id === id);
}
`,
  'src/outbound.ts': `export async function deliver(payload: object): Promise<void> {
  await fetch('https://events.example.com/ingest', { method: 'POST', body: JSON.stringify(payload) });
}
`,
  'src/events.ts': `import { deliver } from './outbound.js';

export async function emitEvent(name: string, data: Record<string, unknown>): Promise<void> {
  await deliver({ name, data });
}
`,
  'src/routes.ts': `import express from 'express';
import { emitEvent } from './events.js';
import { findJob, findMember } from './store.js';

const app = express();
const CODE_BY_STATE: Record<string, number> = { active: 200, disabled: 403 };

app.post('/probe', async (req, res) => {
  const member = await findMember(String(req.body.email));
  res.status(member?.banned ? 451 : 200).end(); // finding no-account-oracle account-status
});

app.post('/probe/text', async (req, res) => {
  const member = await findMember(String(req.body.email));
  res.json({ note: member && member.banned ? 'banned' : 'ok' }); // finding no-account-oracle account-status
});

app.post('/probe/table', async (req, res) => {
  const member = await findMember(String(req.body.email));
  res.sendStatus(CODE_BY_STATE[member?.status ?? 'active'] ?? 200); // finding no-account-oracle account-status
});

app.post('/probe/alike', async (req, res) => {
  const member = await findMember(String(req.body.email));
  res.status(!member || member.banned ? 404 : 200).end();
  res.json({ note: member?.banned ? 'ok' : 'ok' });
});

app.post('/probe/switch', async (req, res) => {
  const member = await findMember(String(req.body.email));
  let reply = 'sent';
  switch (member?.status) {
    case 'disabled':
      reply = 'disabled';
      break;
  }
  res.json({ reply }); // finding no-account-oracle account-status
});

app.post('/probe/if', async (req, res) => {
  const member = await findMember(String(req.body.email));
  let code = 200;
  if (member?.banned) code = 451;
  let same = 200;
  if (member?.banned) same = 200;
  res.status(same).end();
  res.sendStatus(code); // finding no-account-oracle account-status
});

app.get('/jobs/:id', async (req, res) => {
  const job = await findJob(req.params.id);
  res.status(job?.status === 'failed' ? 500 : 200).json({ state: job?.status === 'failed' ? 'failed' : 'queued' });
});

app.post('/signup', async (req, res) => {
  const member = await findMember(String(req.body.email));
  await emitEvent('signup', { email: member?.email }); // finding no-sensitive-third-party contact
  await emitEvent('signup', { memberId: member?.id });
  res.status(req.body.accept === true ? 201 : 400).end();
});
`,
};

let root: string;
let result: ScanResult;

beforeAll(async () => {
  ({ root, result } = await scanTempProject('state-choices', FILES));
});

afterAll(() => {
  removeTempProject(root);
});

describe('values chosen by account state, and nested wrappers', () => {
  it('reports exactly the marked lines', () => {
    const expected = readMarkedLines(FILES, /\/\/ finding ([a-z-]+ [a-z-]+)$/);
    expect(expected).toHaveLength(6);
    const actual = result.findings.map((finding) => `${finding.location.file}:${finding.location.line} ${finding.ruleId} ${finding.category}`);
    expect(actual.sort()).toEqual(expected.sort());
  });

  it('traces the nested wrapper finding through both wrappers into the sink', () => {
    const nested = result.findings.find((finding) => finding.ruleId === 'no-sensitive-third-party');
    const files = nested?.trace.map((step) => step.location.file) ?? [];
    expect(nested?.trace.filter((step) => step.kind === 'wrapper')).toHaveLength(2);
    expect(files).toContain('src/events.ts');
    expect(files.at(-1)).toBe('src/outbound.ts');
  });

  it('starts the trace of a state choice at the condition, never at a value', () => {
    const oracle = result.findings.find((finding) => finding.ruleId === 'no-account-oracle' && finding.location.line === 10);
    expect(oracle?.trace[0]?.kind).toBe('source');
    expect(oracle?.message).toContain('member?.banned');
  });
});
