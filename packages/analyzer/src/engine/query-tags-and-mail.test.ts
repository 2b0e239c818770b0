import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../result/scan-result.js';
import { readMarkedLines, removeTempProject, scanTempProject } from '../test-project.js';

// Blind round 10 shapes, against the real typings of postgres.js and mailgun.js: a query tag
// (`sql\`…\``) returns the rows its type declares, never the values bound into it; `INSERT …
// RETURNING *` is the record the caller's submission created; a callable client the project made
// (`const sql = postgres()`) is a database client; Mailgun's message is its second argument, and a
// `sendMail(message)` wrapper that spreads the message into the send is judged by each call's own
// `to`. Lines marked `// finding <rule>:<category> …` must be reported exactly; no other line may be.
const FILES: Record<string, string> = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: { strict: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', noEmit: true, types: ['node'] },
    include: ['src'],
  }),
  'src/db.ts': `import postgres from 'postgres';

export const sql = postgres({ max: 2 });

export interface RenterRow {
  id: string;
  email: string;
  phone: string;
  licence_number: string;
  password_hash: string;
}

export async function findRenterByEmail(email: string): Promise<RenterRow | undefined> {
  const [row] = await sql<RenterRow[]>\`SELECT * FROM renters WHERE email = \${email}\`;
  return row;
}

export async function findRenterCard(id: string) {
  const [row] = await sql<Pick<RenterRow, 'id' | 'phone'>[]>\`SELECT id, phone FROM renters WHERE id = \${id}\`;
  return row;
}

export async function insertRenter(input: { email: string; phone: string; licence_number: string; password_hash: string }): Promise<RenterRow> {
  const [row] = await sql<RenterRow[]>\`INSERT INTO renters \${sql(input, 'email', 'phone', 'licence_number', 'password_hash')} RETURNING *\`;
  return row!;
}
`,
  'src/mail.ts': `import FormData from 'form-data';
import Mailgun from 'mailgun.js';

const mg = new Mailgun(FormData).client({ username: 'api', key: process.env.MAILGUN_KEY ?? '' });
const DOMAIN = 'mg.example.com';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export async function sendMail(message: OutgoingMail): Promise<void> {
  await mg.messages.create(DOMAIN, { from: 'desk@example.com', ...message });
}
`,
  'src/app.ts': `import express from 'express';
import { findRenterByEmail, findRenterCard, insertRenter } from './db.js';
import { sendMail } from './mail.js';

const app = express();
app.use(express.json());
const OPS_INBOX = 'ops@example.com';

// Looked up by the typed e-mail: the e-mail is not in what the query returns.
app.post('/renters/lookup', async (req, res) => {
  const row = await findRenterByEmail(String(req.body.email));
  console.log('renter looked up', { id: row?.id });
  res.json({ found: row !== undefined });
});

// Any :id, anonymous: the column list keeps the phone.
app.get('/renters/:id/card', async (req, res) => {
  res.json(await findRenterCard(req.params.id)); // finding no-sensitive-response:phone
});

// Sign-up answers the row it created: the caller's own fields are an echo, the hash is not.
app.post('/signup', async (req, res) => {
  const created = await insertRenter({ email: String(req.body.email), phone: String(req.body.phone), licence_number: String(req.body.licence), password_hash: 'h' });
  res.status(201).json({ renter: created }); // finding no-sensitive-response:credential
});

app.post('/renters/:id/block', async (req, res) => {
  const row = await findRenterByEmail(String(req.body.email));
  if (!row) return res.sendStatus(404);
  await sendMail({ to: OPS_INBOX, subject: 'Blocked', text: \`licence \${row.licence_number}\` }); // finding no-sensitive-third-party:government-id
  await sendMail({ to: row.email, subject: 'About your rentals', text: \`licence \${row.licence_number}\` });
  return res.sendStatus(204);
});
`,
};

let root: string | undefined;
let result: ScanResult;

beforeAll(async () => {
  // The real client typings, from the evaluation fixtures that install them.
  ({ root, result } = await scanTempProject('query-tags', FILES, {
    fixtureLinks: [
      ['eval-rental', 'postgres'],
      ['eval-rental', 'mailgun.js'],
      ['eval-rental', 'form-data'],
      ['eval-travel', 'express'],
      ['eval-travel', '@types/express'],
      ['eval-travel', '@types/node'],
    ],
  }));
}, 120_000);

afterAll(() => {
  removeTempProject(root);
});

describe('query tags and mail wrappers', () => {
  it('reports exactly the marked lines', () => {
    const expected = readMarkedLines(FILES, /\/\/ finding ((?:[a-z-]+:[a-z-]+ ?)+)$/, { split: true });
    expect(expected).toHaveLength(3);
    const actual = result.findings.map((finding) => `${finding.location.file}:${finding.location.line} ${finding.ruleId}:${finding.category}`);
    expect(actual.sort()).toEqual(expected.sort());
  });
});
