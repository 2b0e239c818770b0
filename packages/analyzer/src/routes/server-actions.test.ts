import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../result/scan-result.js';
import { readMarkedLines, removeTempProject, scanTempProject } from '../test-project.js';

// Next.js Server Actions as handlers: anonymous unless a session read guards them, their returns
// and throws are responses, a credential action's form is a password-bearing request body, and a
// lookup keyed by the session is the caller's own. Lines marked `// finding <rule>:<category> …`
// must be reported exactly; no other line may be.
const FILES: Record<string, string> = {
  'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, target: 'es2022', lib: ['es2022', 'dom'], module: 'nodenext', moduleResolution: 'nodenext', noEmit: true }, include: ['src'] }),
  'src/lib/store.ts': `export interface PatientRow {
  id: string;
  email: string;
  phone: string;
  passwordHash: string;
  locked: boolean;
}

export declare function findPatientById(id: string): Promise<PatientRow | undefined>;
export declare function findPatientByEmail(email: string): Promise<PatientRow | undefined>;
export declare function verifyPassword(password: string, hash: string): Promise<boolean>;
export declare function getSession(): Promise<{ userId: string } | null>;
`,
  'src/app/portal/actions.ts': `'use server';

import { auth, currentUser } from '@clerk/nextjs/server';
import { redirect } from 'next/navigation';
import { findPatientByEmail, findPatientById, getSession, verifyPassword } from '../../lib/store.js';

const GENERIC = { ok: true, message: 'If an account matches, we sent instructions.' } as const;

function readField(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
}

export async function signIn(_previous: unknown, formData: FormData) {
  const patient = await findPatientByEmail(readField(formData, 'email'));
  if (patient?.locked) throw new Error('This account is locked.'); // finding no-account-oracle:account-status
  if (!patient || !(await verifyPassword(readField(formData, 'password'), patient.passwordHash))) {
    console.warn('sign-in failed', { password: readField(formData, 'password') }); // finding no-sensitive-log:credential
    console.warn('sign-in failed', { form: formData }); // finding no-sensitive-log:credential
    return { ok: false, error: 'Invalid email or password.' };
  }
  return { ok: true };
}

export async function requestReset(_previous: unknown, formData: FormData) {
  const patient = await findPatientByEmail(readField(formData, 'email'));
  if (!patient || patient.locked) return GENERIC;
  console.info('reset requested', { form: formData });
  // The helper reads the field its caller names: the e-mail, not the nickname.
  console.info('reset requested', { email: readField(formData, 'email') }); // finding no-sensitive-log:contact
  console.info('reset requested', { nickname: readField(formData, 'nickname') });
  return GENERIC;
}

export async function remindMe(_previous: unknown, formData: FormData) {
  const patient = await findPatientByEmail(readField(formData, 'email'));
  if (!patient) return GENERIC;
  return { ...GENERIC, hint: patient.phone.slice(-2) }; // finding no-sensitive-response:phone-fragment
}

// The caller's own submitted values answered back (an echo), whether read directly or through a helper.
export async function saveMyPhone(formData: FormData) {
  const session = await getSession();
  if (!session) return { ok: false };
  const saved = { phone: String(formData.get('phone') ?? ''), email: readField(formData, 'email') };
  return { ok: true, saved };
}

export async function loadMyProfile() {
  const session = await getSession();
  if (!session) redirect('/login');
  const me = await findPatientById(session.userId);
  if (!me) throw new Error('Please sign in.');
  const { passwordHash: _hash, ...rest } = me;
  return rest;
}

export async function loadMyEmail() {
  const session = await getSession();
  if (!session?.userId) throw new Error('Please sign in.');
  const me = await findPatientById(session.userId);
  return { email: me?.email };
}

export async function loadMySettings() {
  const { userId } = await auth();
  if (!userId) redirect('/sign-in');
  const me = await findPatientById(userId);
  return { email: me?.email, phone: me?.phone };
}

export async function loadMyPhone() {
  const user = await currentUser();
  if (!user) return { ok: false };
  const me = await findPatientById(user.id);
  return { phone: me?.phone };
}

export async function loadSomeonesPhone(id: string) {
  const user = await currentUser();
  if (!user) return { ok: false };
  const other = await findPatientById(id);
  return { phone: other?.phone }; // finding no-sensitive-response:phone
}

// Not exported: a helper of the module, never called by the browser.
async function loadAnyPatient(id: string) {
  return findPatientById(id);
}

export async function countPatients() {
  return (await loadAnyPatient('0'))?.id.length ?? 0;
}

export async function loadPatient(id: string) {
  return findPatientById(id); // finding no-sensitive-response:contact no-sensitive-response:phone no-sensitive-response:credential no-account-oracle:account-status
}
`,
  'src/app/portal/card.ts': `'use client';

import { findPatientById } from '../../lib/store.js';

export async function loadCard(id: string) {
  return findPatientById(id);
}
`,
  'src/app/portal/inline.ts': `import { findPatientById } from '../../lib/store.js';

export function createLookup() {
  async function lookup(id: string) {
    'use server';
    return findPatientById(id); // finding no-sensitive-response:contact no-sensitive-response:phone no-sensitive-response:credential no-account-oracle:account-status
  }
  function plain(id: string) {
    return findPatientById(id);
  }
  return { lookup, plain };
}
`,
};

let root: string | undefined;
let result: ScanResult;

beforeAll(async () => {
  ({ root, result } = await scanTempProject('server-actions', FILES));
});

afterAll(() => {
  removeTempProject(root);
});

describe('Next.js Server Actions', () => {
  it('reports exactly the marked lines', () => {
    const expected = readMarkedLines(FILES, /\/\/ finding ((?:[a-z-]+:[a-z-]+ ?)+)$/, { split: true });
    expect(expected).toHaveLength(14);
    const actual = result.findings.map((finding) => `${finding.location.file}:${finding.location.line} ${finding.ruleId}:${finding.category}`);
    expect(actual.sort()).toEqual(expected.sort());
  });

  it('lists actions as routes named after them, anonymous unless a session check guards them', () => {
    const routes = result.routes.filter((route) => route.method === 'ACTION').map((route) => `${route.path} ${route.authenticated ? 'authenticated' : 'anonymous'}`);
    expect(routes.sort()).toEqual(
      ['/sign-in anonymous', '/request-reset anonymous', '/remind-me anonymous', '/save-my-phone authenticated', '/load-my-profile authenticated', '/load-my-email authenticated', '/load-my-settings authenticated', '/load-my-phone authenticated', '/load-someones-phone authenticated', '/count-patients anonymous', '/load-patient anonymous', '/lookup anonymous'].sort(),
    );
  });
});
