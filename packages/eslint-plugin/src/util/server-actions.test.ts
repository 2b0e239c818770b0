import { noAccountOracle } from '../rules/no-account-oracle.js';
import { noSensitiveLog } from '../rules/no-sensitive-log.js';
import { noSensitiveResponse } from '../rules/no-sensitive-response.js';
import { createRuleTester, expectError } from '../test-helpers.js';

// Next.js Server Actions as handlers within one file: exported async functions of a `'use server'`
// module, and functions whose body starts with the directive. Their returns and throws answer the
// browser; they are anonymous unless a session read with an early exit guards them.
const ruleTester = createRuleTester();
const branch = (line: number, expression: string, target: string) => expectError('accountStatusBranch' as const, line, 'account-status', 'response', expression, target);
const response = (line: number, category: string, expression: string, target: string) => expectError('sensitiveResponse' as const, line, category, 'response', expression, target);
const log = (line: number, category: string, expression: string, target: string) => expectError('sensitiveLog' as const, line, category, 'log', expression, target);

const ACTIONS = "'use server';\nimport { redirect } from 'next/navigation';\n";
const FILE = 'src/app/portal/actions.ts';

ruleTester.run('no-account-oracle (Server Actions)', noAccountOracle, {
  valid: [
    // The same answer for a locked and an unknown account: nothing to tell apart.
    {
      code: `${ACTIONS}export async function requestReset(_prev: unknown, formData: FormData) {\n  const account = await findAccount(String(formData.get('email')));\n  if (!account || account.locked) return { ok: true, message: 'If an account matches, we sent instructions.' };\n  await queueReset(account.id);\n  return { ok: true, message: 'If an account matches, we sent instructions.' };\n}`,
      filename: FILE,
    },
    // After the password was verified, the owner may learn the account is locked.
    {
      code: `${ACTIONS}export async function signIn(_prev: unknown, formData: FormData) {\n  const account = await findAccount(String(formData.get('email')));\n  if (!account || !(await verifyPassword(String(formData.get('password')), account.passwordHash))) return { ok: false, error: 'Invalid email or password.' };\n  if (account.locked) throw new Error('Your account is locked.');\n  return { ok: true };\n}`,
      filename: FILE,
    },
    // Without the directive the module's exports are plain functions (a client component file here).
    {
      code: "'use client';\nexport async function requestReset(email: string) {\n  const account = await findAccount(email);\n  if (account?.locked) throw new Error('This account is locked.');\n  return { ok: true };\n}",
      filename: 'src/app/portal/reset-form.ts',
    },
    // A module helper that is not exported is never called by the browser.
    {
      code: `${ACTIONS}async function checkAccount(email: string) {\n  const account = await findAccount(email);\n  if (account?.locked) throw new Error('This account is locked.');\n  return { ok: true };\n}\nexport async function ping() {\n  return { ok: true };\n}`,
      filename: FILE,
    },
  ],
  invalid: [
    // A thrown error reaches the form's caller: a throw for locked accounts against a generic success.
    {
      code: `${ACTIONS}export async function requestReset(_prev: unknown, formData: FormData) {\n  const account = await findAccount(String(formData.get('email')));\n  if (account?.locked) throw new Error('This portal account is locked.');\n  if (account) await queueReset(account.id);\n  return { ok: true, message: 'If an account matches, we sent instructions.' };\n}`,
      filename: FILE,
      errors: [branch(5, 'account?.locked', 'new Error')],
    },
    // The directive as the first statement of a function body makes that function an action.
    {
      code: "export function createResetAction() {\n  return async function requestReset(email: string) {\n    'use server';\n    const account = await findAccount(email);\n    if (account?.suspended) return { ok: false, error: 'suspended' };\n    return { ok: true };\n  };\n}",
      filename: 'src/app/portal/page.ts',
      errors: [branch(5, 'account?.suspended', 'return')],
    },
  ],
});

ruleTester.run('no-sensitive-response (Server Actions)', noSensitiveResponse, {
  valid: [
    // Session-guarded, keyed by the session's id, the hash left out: the caller's own row (owner scope).
    {
      code: `${ACTIONS}export async function loadMyProfile() {\n  const session = await getSession();\n  if (!session?.patientId) redirect('/login');\n  const patient = await findPatientById(session.patientId);\n  return { email: patient.email, phone: patient.phone };\n}`,
      filename: FILE,
    },
    // A throw as the early exit authenticates the rest just as well.
    {
      code: `${ACTIONS}export async function loadMyPhone() {\n  const session = await auth();\n  if (!session) throw new Error('Please sign in.');\n  const patient = await findPatientById(session.patientId);\n  return { phone: patient.phone };\n}`,
      filename: FILE,
    },
    // Clerk: the checked user's own id keys the lookup.
    {
      code: `${ACTIONS}import { currentUser } from '@clerk/nextjs/server';\nexport async function loadMyPhone() {\n  const user = await currentUser();\n  if (!user) return { ok: false };\n  const patient = await findPatientById(user.id);\n  return { phone: patient.phone };\n}`,
      filename: FILE,
    },
    // A synchronous export of the module is a helper, not an action.
    {
      code: `${ACTIONS}export function describeContact(patient: { email: string }) {\n  return { email: patient.email };\n}`,
      filename: FILE,
    },
  ],
  invalid: [
    // Anonymous: any caller gets any patient's phone.
    {
      code: `${ACTIONS}export async function loadPatient(id: string) {\n  const patient = await findPatientById(id);\n  return { phone: patient.phone };\n}`,
      filename: FILE,
      errors: [response(5, 'phone', 'patient.phone', 'return')],
    },
    // A session read without an early exit guards nothing.
    {
      code: `${ACTIONS}export async function loadPatient(id: string) {\n  const session = await getSession();\n  const patient = await findPatientById(id);\n  return { phone: patient.phone, viewer: session?.patientId };\n}`,
      filename: FILE,
      errors: [response(6, 'phone', 'patient.phone', 'return')],
    },
    // Signed in, but any id: not owner-scoped.
    {
      code: `${ACTIONS}import { currentUser } from '@clerk/nextjs/server';\nexport async function loadPhone(id: string) {\n  const user = await currentUser();\n  if (!user) return { ok: false };\n  const patient = await findPatientById(id);\n  return { phone: patient.phone };\n}`,
      filename: FILE,
      errors: [response(8, 'phone', 'patient.phone', 'return')],
    },
    // Credentials are findings even to the owner.
    {
      code: `${ACTIONS}export const loadMyAccount = async () => {\n  const session = await getSession();\n  if (!session) redirect('/login');\n  const account = await findAccountById(session.userId);\n  return { passwordHash: account.passwordHash };\n};`,
      filename: FILE,
      errors: [response(7, 'credential', 'account.passwordHash', 'return')],
    },
  ],
});

ruleTester.run('no-sensitive-log (Server Actions)', noSensitiveLog, {
  valid: [
    // A reset request's form carries an e-mail, not a password: its other fields are not credentials.
    {
      code: `${ACTIONS}export async function requestReset(_prev: unknown, formData: FormData) {\n  console.info('reset requested', { referrer: formData.get('referrer') });\n  return { ok: true };\n}`,
      filename: FILE,
    },
  ],
  invalid: [
    // A sign-in action's form is a credential body: logging it whole logs the password.
    {
      code: `${ACTIONS}export async function signIn(_prev: unknown, formData: FormData) {\n  console.warn('sign-in failed', formData);\n  return { ok: false };\n}`,
      filename: FILE,
      errors: [log(4, 'credential', 'formData', 'console.warn')],
    },
    {
      code: `${ACTIONS}export async function signIn(_prev: unknown, formData: FormData) {\n  const password = formData.get('password');\n  console.warn('sign-in failed', { password });\n  return { ok: false };\n}`,
      filename: FILE,
      errors: [log(5, 'credential', 'password', 'console.warn')],
    },
  ],
});

// App-router route handlers read the session the same way (blind round 11): a `currentUser()` or
// `auth()` check with an early exit authenticates the handler, and a lookup keyed by it is the caller's own.
const ROUTE = "import { currentUser } from '@clerk/nextjs/server';\nimport { NextResponse } from 'next/server.js';\n";
const ROUTE_FILE = 'src/app/api/me/route.ts';

ruleTester.run('no-sensitive-response (route handlers reading the session)', noSensitiveResponse, {
  valid: [
    {
      code: `${ROUTE}export async function GET() {\n  const user = await currentUser();\n  if (!user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });\n  const patient = await findPatientByClerkId(user.id);\n  return NextResponse.json({ email: patient.email, phone: patient.phone });\n}`,
      filename: ROUTE_FILE,
    },
  ],
  invalid: [
    {
      // Signed in, but the record is picked by the query string: not the caller's own.
      code: `${ROUTE}export async function GET(request: Request) {\n  const user = await currentUser();\n  if (!user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });\n  const patient = await findPatientById(new URL(request.url).searchParams.get('id'));\n  return NextResponse.json({ phone: patient.phone });\n}`,
      filename: 'src/app/api/patients/route.ts',
      errors: [response(7, 'phone', 'patient.phone', 'NextResponse.json')],
    },
    {
      // No session check: anonymous, whatever the path says.
      code: `${ROUTE}export async function GET() {\n  const patient = await findPatientByClerkId(String(process.env.DEMO_ID));\n  return NextResponse.json({ phone: patient.phone });\n}`,
      filename: ROUTE_FILE,
      errors: [response(5, 'phone', 'patient.phone', 'NextResponse.json')],
    },
  ],
});
