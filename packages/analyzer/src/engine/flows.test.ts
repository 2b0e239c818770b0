import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../result/scan-result.js';
import { readMarkedLines, removeTempProject, scanTempProject } from '../test-project.js';

// One program with one flow per line, scanned once: every `// leak` line must be a finding with
// the category named after it, and no other line may be one (the `// clean` lines are the
// tricky negatives beside them).
const FILES: Record<string, string> = {
  'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', noEmit: true }, include: ['src'] }),
  'src/model.ts': `export interface User {
  id: string;
  email: string;
  phone: string;
  passwordHash: string;
}

const users: User[] = [];

export async function findUser(id: string): Promise<User> {
  const user = users.find((candidate) => candidate.id === id);
  if (!user) throw new Error('missing');
  return user;
}

export async function findAll(): Promise<User[]> {
  return users;
}

// A module export computed from a record: importers get its categories.
export const firstEmail = users[0]?.email ?? '';
`,
  'src/helpers.ts': `import { createHash } from 'node:crypto';

export function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function pickContact(user: { email: string; phone: string }): string {
  return user.email;
}

/** Forwards whatever it is given to the console: a wrapper. */
export function note(label: string, ...values: unknown[]): void {
  console.info(label, ...values);
}
`,
  'src/flows.ts': `import { digest, note, pickContact } from './helpers.js';
import { findAll, findUser, firstEmail } from './model.js';

export class Session {
  private lastEmail = '';

  remember(email: string): void {
    this.lastEmail = email;
  }

  dump(): void {
    console.log(this.lastEmail); // leak contact
  }
}

export async function run(id: string): Promise<void> {
  const user = await findUser(id);
  const { email, ...rest } = user;
  console.log(email); // leak contact
  console.log(rest); // leak credential phone
  console.log({ ...user, passwordHash: undefined }.id); // clean
  console.log(\`user \${user.email}\`); // leak contact
  console.log(JSON.stringify(user)); // leak contact credential phone
  console.log(user.email.includes('@'), user.phone.length); // clean
  console.log(digest(user.email)); // clean
  console.log(pickContact(user)); // leak contact
  findUser(id).then((found) => console.log(found.phone)); // leak phone
  (await findAll()).map((one) => one.email).forEach((address) => console.log(address)); // leak contact
  setTimeout(() => console.warn(user.passwordHash), 10); // leak credential
  note('user', user.phone); // leak phone
  note('user', user.id); // clean
  console.log(firstEmail); // leak contact
  const session = new Session();
  session.remember(user.email);
}
`,
};

let root: string;
let result: ScanResult;

beforeAll(async () => {
  ({ root, result } = await scanTempProject('flows', FILES));
});

afterAll(() => {
  removeTempProject(root);
});

describe('flows the engine follows', () => {
  it('reports exactly the lines marked as leaks, with their categories', () => {
    const expected = readMarkedLines(FILES, /\/\/ leak ([a-z -]+)$/, { split: true });
    expect(expected).toHaveLength(14);
    const actual = result.findings.map((finding) => `${finding.location.file}:${finding.location.line} ${finding.category}`);
    expect(actual.sort()).toEqual(expected.sort());
  });

  it('names the parameter-forwarding wrapper in the trace of a finding at its call', () => {
    const wrapped = result.findings.find((finding) => finding.message.includes('note('));
    expect(wrapped?.trace.map((step) => step.kind)).toContain('wrapper');
    expect(wrapped?.trace.at(-1)?.location.file).toBe('src/helpers.ts');
  });
});
