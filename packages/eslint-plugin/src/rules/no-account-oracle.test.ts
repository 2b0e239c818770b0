import { noAccountOracle } from './no-account-oracle.js';
import { TYPED, createRuleTester, createTypedRuleTester, expectError } from '../test-helpers.js';

const ruleTester = createRuleTester();
const branch = (line: number, expression: string, target: string, sink = 'response') =>
  expectError('accountStatusBranch' as const, line, 'account-status', sink, expression, target);
const field = (line: number, expression: string, target: string, sink = 'response') =>
  expectError('accountStatusData' as const, line, 'account-status', sink, expression, target);

const EXPRESS = "import express from 'express';\nconst app = express();\n";

ruleTester.run('no-account-oracle', noAccountOracle, {
  valid: [
    // Counts of accounts in a state are no account's state, also from `Promise.all`.
    `${EXPRESS}app.get('/admin/stats', requireAdmin, async (req, res) => {\n  const [authors, banned] = await Promise.all([User.countDocuments(), User.countDocuments({ banned: true })]);\n  res.json({ authors, banned });\n});`,
    // The unknown and the deactivated account take the same branch: the answer tells them apart from nothing.
    "import Router from '@koa/router';\nconst creators = new Router();\ncreators.post('/creators/:handle/recover', async (ctx) => {\n  const creator = await findCreatorByHandle(ctx.params.handle);\n  if (!creator || creator.deactivatedAt !== null) {\n    ctx.body = { message: 'If the handle exists, we sent a code.' };\n    return;\n  }\n  ctx.body = { message: 'Code sent.' };\n});",
    // The locked account gets exactly the unknown account's answer.
    `${EXPRESS}app.post('/login', async (req, res) => {\n  const user = await findUser(req.body.handle);\n  if (!user) return res.status(401).json({ error: 'invalid credentials' });\n  if (user.locked) return res.status(401).json({ error: 'invalid credentials' });\n  res.json({ ok: true });\n});`,
    // After the password was verified, telling users their own account is suspended is fine.
    `import bcrypt from 'bcrypt';\n${EXPRESS}app.post('/login', async (req, res) => {\n  const user = await findUser(req.body.handle);\n  if (!user) return res.status(401).json({ error: 'invalid credentials' });\n  const ok = await bcrypt.compare(req.body.password, user.passwordHash);\n  if (!ok) return res.status(401).json({ error: 'invalid credentials' });\n  if (user.suspended) return res.status(403).json({ error: 'Your account is suspended' });\n  res.json({ ok: true });\n});`,
    // Owner scope: the caller's own account.
    `${EXPRESS}app.get('/me', requireAuth, (req, res) => {\n  if (req.user.suspended) return res.status(403).json({ error: 'suspended' });\n  res.json({ locked: req.user.locked });\n});`,
    "import { Controller, Get, UseGuards } from '@nestjs/common';\n@Controller('users')\n@UseGuards(JwtAuthGuard)\nexport class MeController {\n  @Get('me')\n  me() {\n    return { suspended: me.suspended };\n  }\n}",
    // The status of an order, a job or the server is never account status.
    `${EXPRESS}app.post('/orders/:id/cancel', (req, res) => {\n  if (order.status === 'cancelled') return res.status(409).json({ error: 'Order already cancelled' });\n  res.json({ ok: true });\n});`,
    `${EXPRESS}app.get('/health', (req, res) => res.json({ status: job.status, jobStatus: queue.status, serverStatus: 'ok' }));`,
    `${EXPRESS}app.get('/ui', (req, res) => res.json({ disabled: button.disabled, lockedFields: doc.lockedFields, bannedWords: filter.bannedWords, lockoutEnabled: config.lockoutEnabled }));`,
    `${EXPRESS}app.post('/login', (req, res) => res.status(statusCode).json({ error: 'Invalid credentials' }));`,
    // Account state in an internal log is not a finding.
    `${EXPRESS}app.post('/login', (req, res) => {\n  logger.info({ userId: user.id, locked: user.locked });\n  res.status(401).json({ error: 'invalid credentials' });\n});`,
    // The fixed twin: one answer whatever the account.
    `${EXPRESS}app.post('/support/account-help', async (req, res) => {\n  const row = await findAccount(req.body.query);\n  if (row) await queueInstructions(row);\n  res.status(202).json({ message: 'If an account matches, we sent instructions to its contact.' });\n});`,
    `${EXPRESS}app.post('/login', (req, res) => {\n  const message = 'Invalid credentials';\n  res.status(401).json({ error: message });\n});`,
    { code: `${EXPRESS}app.post('/login', (req, res) => res.json({ locked: user.locked }));`, filename: 'test/login.spec.ts' },
    // Not a response: a plain function's return value.
    'export function describeAccount(user) {\n  return { locked: user.locked };\n}',
    `${EXPRESS}app.post('/login', (req, res) => {\n  if (user.locked) logger.warn({ userId: user.id }, 'locked account tried to sign in');\n  res.status(401).json({ error: 'invalid credentials' });\n});`,
  ],
  invalid: [
    {
      // NodeNext projects import `next/server.js`: the same module as `next/server`.
      code: "import { NextResponse } from 'next/server.js';\nexport async function POST(request) {\n  const user = await findUserByEmail((await request.json()).email);\n  if (!user) return NextResponse.json({ sent: true }, { status: 202 });\n  if (user.deactivatedAt) return NextResponse.json({ error: 'deactivated' }, { status: 403 });\n  return NextResponse.json({ sent: true }, { status: 202 });\n}",
      filename: 'app/api/auth/reset/route.ts',
      errors: [branch(5, 'user.deactivatedAt', 'NextResponse.json')],
    },
    {
      code: `${EXPRESS}app.post('/account-help', async (req, res) => {\n  const user = await findUser(req.body.handle);\n  if (!user) return res.status(404).json({ error: 'no such account' });\n  if (user.locked) return res.status(423).json({ error: 'Account locked' });\n  res.json({ ok: true });\n});`,
      errors: [branch(6, 'user.locked', 'res.status(423).json')],
    },
    {
      code: `${EXPRESS}app.post('/account-help', (req, res) => res.json({ id: user.id, locked: user.locked }));`,
      errors: [field(3, 'user.locked', 'res.json')],
    },
    {
      code: `${EXPRESS}app.post('/login', (req, res) => {\n  res.set('X-Account-Status', user.accountStatus);\n  res.sendStatus(401);\n});`,
      errors: [field(4, 'user.accountStatus', 'res.set')],
    },
    {
      code: `${EXPRESS}app.post('/login', (req, res) => {\n  res.status(user.suspended ? 403 : 404).json({ error: 'Not found' });\n});`,
      errors: [field(4, 'user.suspended', 'res.status')],
    },
    {
      code: `${EXPRESS}app.post('/login', (req, res) => {\n  if (account.isBanned) return res.status(401).json({ error: 'This account has been banned' });\n  return res.status(401).json({ error: 'Invalid credentials' });\n});`,
      errors: [branch(4, 'account.isBanned', 'res.status(401).json')],
    },
    {
      code: `${EXPRESS}app.post('/login', (req, res) => {\n  if (user.deactivated) {\n    res.statusMessage = 'Deactivated';\n    return res.end();\n  }\n  res.status(404).end();\n});`,
      errors: [branch(5, 'user.deactivated', 'res.statusMessage')],
    },
    {
      code: `${EXPRESS}app.post('/login', (req, res) => {\n  switch (user.accountStatus) {\n    case 'suspended':\n      return res.status(403).json({ error: 'suspended' });\n    default:\n      return res.status(401).json({ error: 'invalid' });\n  }\n});`,
      errors: [branch(6, 'user.accountStatus', 'res.status(403).json')],
    },
    {
      code: "import Fastify from 'fastify';\nconst app = Fastify();\napp.post('/login', async (request, reply) => {\n  if (user.locked) return { error: 'locked' };\n  return { error: 'invalid credentials' };\n});",
      errors: [branch(4, 'user.locked', 'return')],
    },
    {
      code: "import Router from '@koa/router';\nconst router = new Router();\nrouter.post('/login', (ctx) => {\n  if (user.banned) {\n    ctx.status = 451;\n    ctx.body = { error: 'banned' };\n    return;\n  }\n  ctx.status = 401;\n});",
      errors: [branch(5, 'user.banned', 'ctx.status')],
    },
    {
      code: "import { Hono } from 'hono';\nconst app = new Hono();\napp.post('/login', (c) => {\n  if (user.suspended) return c.json({ error: 'suspended' }, 403);\n  return c.json({ error: 'invalid' }, 401);\n});",
      errors: [branch(4, 'user.suspended', 'c.json')],
    },
    {
      code: "import { Controller, Post, Body, ForbiddenException, UnauthorizedException } from '@nestjs/common';\n@Controller('auth')\nexport class AuthController {\n  @Post('login')\n  async login(@Body() dto) {\n    const user = await this.users.find(dto.handle);\n    if (!user) throw new UnauthorizedException('Invalid credentials');\n    if (user.suspended) throw new ForbiddenException('Account suspended');\n    return { ok: true };\n  }\n}",
      errors: [branch(8, 'user.suspended', 'new ForbiddenException')],
    },
    {
      code: "import { Controller, Post, HttpException } from '@nestjs/common';\nclass AccountLockedException extends HttpException {}\n@Controller('auth')\nexport class AuthController {\n  @Post('reset')\n  reset() {\n    if (user.locked) throw new AccountLockedException('locked', 423);\n    return { ok: true };\n  }\n}",
      errors: [branch(7, 'user.locked', 'new AccountLockedException')],
    },
    {
      code: "import { Analytics } from '@segment/analytics-node';\nconst analytics = new Analytics({ writeKey: 'example' });\nanalytics.track({ userId: user.id, event: 'login_failed', properties: { locked: user.locked } });",
      errors: [field(3, 'user.locked', 'analytics.track', 'third-party')],
    },
    {
      code: "import { NextResponse } from 'next/server';\nexport async function POST(request: Request) {\n  if (user.locked) return NextResponse.json({ error: 'locked' }, { status: 423 });\n  return NextResponse.json({ error: 'invalid' }, { status: 401 });\n}",
      filename: 'app/api/login/route.ts',
      errors: [branch(3, 'user.locked', 'NextResponse.json')],
    },
    {
      code: "import { initTRPC } from '@trpc/server';\nconst t = initTRPC.create();\nexport const r = {\n  state: t.procedure.query(({ input }) => ({ suspended: account.suspended })),\n};",
      errors: [field(4, 'account.suspended', 'return')],
    },
    {
      code: "export const resolvers = {\n  Query: {\n    accountState: (_parent, args) => ({ banned: account.banned }),\n  },\n};",
      errors: [field(3, 'account.banned', 'return')],
    },
    {
      code: `${EXPRESS}app.get('/users/:id', requireAuth, (req, res) => res.json({ lockedReason: user.lockedReason }));`,
      errors: [field(3, 'user.lockedReason', 'res.json')],
    },
    {
      // A predicate on the account's state is that state: a yes or no still tells locked from unknown.
      code: `${EXPRESS}app.post('/account-help', (req, res) => res.json({ suspended: isSuspended(user) }));`,
      errors: [field(3, 'isSuspended(user)', 'res.json')],
    },
    {
      code: `${EXPRESS}app.post('/login', (req, res) => {\n  const isLocked = user.failedAttempts > 5;\n  res.json({ locked: isLocked });\n});`,
      errors: [field(5, 'isLocked', 'res.json')],
    },
    {
      code: `${EXPRESS}app.post('/login', (req, res) => {\n  if (user.suspendedUntil) return res.status(403).send(\`Suspended until \${user.suspendedUntil}\`);\n  res.sendStatus(401);\n});`,
      errors: [field(4, 'user.suspendedUntil', 'res.status(403).send')],
    },
    {
      code: "import Fastify from 'fastify';\nconst app = Fastify();\napp.post('/login', async (request) => {\n  throw new Error(`account is ${user.accountStatus}`);\n});",
      errors: [field(4, 'user.accountStatus', 'new Error')],
    },
    {
      code: `${EXPRESS}app.post('/login', (req, res) => {\n  res.setHeader('Retry-After', user.lockedUntil);\n  res.sendStatus(401);\n});`,
      errors: [field(4, 'user.lockedUntil', 'res.setHeader')],
    },
    {
      code: `${EXPRESS}app.post('/verify', (req, res) => {\n  if (user.flagged) return res.status(202).json({ message: 'Your account is under review' });\n  res.status(200).json({ message: 'Verified' });\n});`,
      errors: [branch(4, 'user.flagged', 'res.status(202).json')],
    },
    {
      code: `${EXPRESS}app.post('/login', (req, res) => {\n  if (user.status === 'banned') return res.status(403).json({ error: 'banned' });\n  res.status(401).json({ error: 'invalid' });\n});`,
      errors: [branch(4, "user.status === '…'", 'res.status(403).json')],
    },
    {
      code: `${EXPRESS}app.post('/login', (req, res) => {\n  res.json({ ok: false, reason: user.locked ? 'locked' : 'invalid' });\n});`,
      errors: [field(4, 'user.locked', 'res.json')],
    },
    {
      code: `${EXPRESS}function answerLocked(res) {\n  res.status(423).json({ error: 'locked' });\n}\napp.post('/login', (req, res) => {\n  if (user.locked) return answerLocked(res);\n  res.status(401).json({ error: 'invalid' });\n});`,
      errors: [branch(7, 'user.locked', 'answerLocked')],
    },
    {
      code: `${EXPRESS}app.post('/reset', (req, res) => {\n  if (user.disabled) return res.status(410).json({ error: 'gone' });\n  res.status(202).json({ message: 'sent' });\n});`,
      errors: [branch(4, 'user.disabled', 'res.status(410).json')],
    },
    {
      code: `${EXPRESS}app.get('/users/:id', (req, res) => {\n  const { locked, ...profile } = user;\n  res.json({ locked });\n});`,
      errors: [field(5, 'user.locked', 'res.json')],
    },
  ],
});

const typedRuleTester = createTypedRuleTester();

typedRuleTester.run('no-account-oracle (typed)', noAccountOracle, {
  valid: [
    {
      // An order's status is no account state.
      code: "import express from 'express';\ninterface OrderRow { id: string; status: 'open' | 'cancelled' }\ndeclare function find(id: string): OrderRow | undefined;\nconst app = express();\napp.get('/orders/:id', (req, res) => {\n  res.json(find('1'));\n});",
      options: TYPED,
    },
    {
      // A job can be suspended too: a record with no one's contact, phone or credential is no account.
      code: "import express from 'express';\ninterface RepairJob { id: string; unit: string; status: 'open' | 'suspended' | 'done' }\ndeclare function find(id: string): RepairJob | undefined;\nconst app = express();\napp.get('/jobs/:id', (req, res) => {\n  const job = find('1');\n  res.json({ job, state: job?.status });\n});",
      options: TYPED,
    },
    {
      // A record that is no account: its status values are a delivery's, not an account's.
      code: "import express from 'express';\ninterface ShipmentRow { id: string; email: string; status: 'pending' | 'shipped' | 'closed' }\ndeclare function find(id: string): ShipmentRow | undefined;\nconst app = express();\napp.get('/shipments/:id', (req, res) => {\n  res.json({ shipment: find('1') });\n});",
      options: TYPED,
    },
    {
      // `if (!user)` tests the record, not its lock state, even when its type has `locked`.
      code: "import express from 'express';\ninterface Row { id: string; locked: boolean }\ndeclare function find(id: string): Row | undefined;\nconst app = express();\napp.post('/x', (req, res) => {\n  const user = find('1');\n  if (!user) return res.status(404).json({ error: 'none' });\n  res.json({ id: user.id });\n});",
      options: TYPED,
    },
  ],
  invalid: [
    {
      code: "import express from 'express';\ninterface Row { id: string; locked: boolean }\ndeclare function find(id: string): Row | undefined;\nconst app = express();\napp.get('/users/:id', (req, res) => {\n  const user = find('1');\n  res.json(user);\n});",
      options: TYPED,
      errors: [field(7, 'user', 'res.json')],
    },
    {
      // A bare `status` means the account's state when the record is a user (`User.status`), as in the analyzer.
      code: "import express from 'express';\ninterface User { id: string; status: 'active' | 'banned' }\ndeclare function find(id: string): User | undefined;\nconst app = express();\napp.get('/users/:id', (req, res) => {\n  const user = find('1');\n  res.json(user);\n});",
      options: TYPED,
      errors: [field(7, 'user', 'res.json')],
    },
    {
      // Whatever the record's name, `status` typed with a state only an account takes is its account state.
      code: "import express from 'express';\ninterface AlumnusRow { id: string; email: string; status: 'active' | 'deactivated' | 'banned' }\ndeclare function find(id: string): AlumnusRow | undefined;\nconst app = express();\napp.get('/mentors/:id', (req, res) => {\n  const row = find('1');\n  res.json(row);\n});",
      options: TYPED,
      errors: [field(7, 'row', 'res.json')],
    },
    {
      code: "import express from 'express';\ninterface AlumnusRow { id: string; email: string; status: 'active' | 'deactivated' | 'banned' }\ndeclare function find(id: string): AlumnusRow | undefined;\nconst app = express();\napp.get('/mentors/:id', (req, res) => {\n  const row = find('1');\n  res.json({ id: row?.id, bookable: row?.status === 'active', state: row?.status });\n});",
      options: TYPED,
      errors: [field(7, 'row?.status', 'res.json')],
    },
  ],
});

// Branches that cannot tell a locked account from an unknown one, and callers who proved ownership.
ruleTester.run('no-account-oracle (answers alike, verified callers)', noAccountOracle, {
  valid: [
    // Unknown, banned and wrong password share one branch and one answer.
    "import { Hono } from 'hono';\nconst app = new Hono();\napp.post('/api/login', async (c) => {\n  const { email, password } = await c.req.json();\n  const user = await store.findUserByEmail(email);\n  if (!user || user.banned || user.passwordHash !== (await sha256Hex(password))) {\n    return c.json({ error: 'invalid email or password' }, 401);\n  }\n  return c.json({ ok: true });\n});",
    `${EXPRESS}app.post('/login', async (req, res) => {\n  const user = await find(req.body.email);\n  if (user == null || user.locked) return res.status(401).json({ error: 'invalid' });\n  res.json({ ok: true });\n});`,
    // `passport.authenticate('local')` verified the password before the handler: `req.user` is the caller, told their own state.
    `${EXPRESS}app.post('/session', passport.authenticate('local'), (req, res) => {\n  const user = req.user;\n  if (!user) return res.sendStatus(401);\n  if (user.suspended) return res.status(403).json({ error: 'Your card is suspended.' });\n  res.json({ ok: true });\n});`,
    // A sign-in helper given the password verified it: the owner may learn their shop is suspended.
    `${EXPRESS}app.post('/sellers/login', async (req, res) => {\n  const seller = await sellers.authenticate(String(req.body.email), String(req.body.password));\n  if (!seller) return res.status(401).json({ error: 'invalid credentials' });\n  if (seller.suspended) return res.status(403).json({ error: 'Your shop is suspended', reason: seller.suspendedReason });\n  res.json({ ok: true });\n});`,
  ],
  invalid: [
    {
      // The missing value is not the account whose state is tested.
      code: `${EXPRESS}app.post('/login', async (req, res) => {\n  const user = await find(req.body.email);\n  if (!captchaOk || user.banned) return res.status(403).json({ error: 'banned' });\n  res.json({ ok: true });\n});`,
      errors: [branch(5, '!captchaOk || user.banned', 'res.status(403).json')],
    },
    {
      // Authenticated, but the state tested is another account's (looked up by the body), not the caller's.
      code: `${EXPRESS}app.post('/transfers', passport.authenticate('jwt'), async (req, res) => {\n  const recipient = await find(req.body.email);\n  if (!recipient) return res.status(404).json({ error: 'unknown' });\n  if (recipient.suspended) return res.status(409).json({ error: 'recipient suspended' });\n  res.json({ ok: true });\n});`,
      errors: [branch(6, 'recipient.suspended', 'res.status(409).json')],
    },
    {
      // A helper that never saw a password proves nothing.
      code: `${EXPRESS}app.post('/sellers/lookup', async (req, res) => {\n  const seller = await sellers.authenticate(String(req.body.email));\n  if (!seller) return res.status(404).json({ error: 'unknown' });\n  if (seller.suspended) return res.status(403).json({ error: 'suspended' });\n  res.json({ ok: true });\n});`,
      errors: [branch(6, 'seller.suspended', 'res.status(403).json')],
    },
  ],
});

typedRuleTester.run('no-account-oracle (typed, GraphQL schema)', noAccountOracle, {
  valid: [
    {
      // GraphQL sends only the fields its SDL declares: a record whose type has `suspended` is projected.
      code: "interface Member { id: string; handle: string; suspended: boolean }\ndeclare const members: Map<string, Member>;\nexport const resolvers = {\n  Query: {\n    member: (_parent: unknown, args: { handle: string }) => members.get(args.handle),\n  },\n};",
      options: TYPED,
    },
  ],
  invalid: [
    {
      // A field the resolver builds itself is sent whatever the SDL says about the record.
      code: "interface Member { id: string; handle: string; suspended: boolean }\ndeclare const members: Map<string, Member>;\nexport const resolvers = {\n  Query: {\n    member: (_parent: unknown, args: { handle: string }) => ({ suspended: members.get(args.handle)?.suspended }),\n  },\n};",
      options: TYPED,
      errors: [field(5, 'members.get(args.handle)?.suspended', 'return')],
    },
  ],
});

// Blind round 8: what a count-named call returns counts accounts (core's `isCountCallName`).
ruleTester.run('no-account-oracle (counts)', noAccountOracle, {
  valid: [
    `${EXPRESS}app.get('/admin/stats', requireStaff, async (req, res) => {\n  const { total, suspended } = await countTravellers();\n  res.json({ total, suspended });\n});`,
    `${EXPRESS}app.get('/admin/stats', requireStaff, async (req, res) => {\n  const locked = await getLockedCount();\n  res.json({ locked });\n});`,
  ],
  invalid: [
    {
      // `findAccount` only contains the letters: the flag is one account's state.
      code: `${EXPRESS}app.post('/recover', async (req, res) => {\n  const { suspended } = await findAccount(req.body.email);\n  res.json({ suspended });\n});`,
      errors: [field(5, 'await findAccount(req.body.email).suspended', 'res.json')],
    },
    {
      code: `${EXPRESS}app.get('/users/:id', async (req, res) => {\n  const row = await users.byId(req.params.id);\n  res.json({ locked: row.locked });\n});`,
      errors: [field(5, 'row.locked', 'res.json')],
    },
  ],
});

const TYPED_STATS = "import express, { type Request, type Response } from 'express';\nconst app = express();\ninterface Stats { total: number; suspended: number }\ninterface Account { id: string; suspended: boolean }\ndeclare function countAccounts(): Promise<Stats>;\ndeclare function findAccount(email: string): Promise<Account>;\n";
createTypedRuleTester().run('no-account-oracle (typed counts)', noAccountOracle, {
  valid: [
    {
      code: `${TYPED_STATS}app.get('/admin/stats', async (req: Request, res: Response) => {\n  const stats = await countAccounts();\n  res.json(stats);\n});`,
      options: TYPED,
    },
  ],
  invalid: [
    {
      code: `${TYPED_STATS}app.post('/recover', async (req: Request, res: Response) => {\n  const account = await findAccount(String(req.body.email));\n  res.json(account);\n});`,
      options: TYPED,
      errors: [field(9, 'account', 'res.json')],
    },
  ],
});

// Code-first GraphQL resolvers (blind round 9): a NestJS exception thrown by a resolver is the answer.
const NEST_GQL = "import { ForbiddenException, UnauthorizedException } from '@nestjs/common';\nimport { Args, Field, Mutation, ObjectType, Resolver } from '@nestjs/graphql';\n";
ruleTester.run('no-account-oracle (code-first GraphQL)', noAccountOracle, {
  valid: [
    // Told only after the password was verified: the owner learns their own state.
    `${NEST_GQL}@Resolver()\nexport class SessionResolver {\n  @Mutation(() => Boolean)\n  async signIn(@Args('input') input: { email: string; password: string }) {\n    const row = this.repo.findByEmail(input.email);\n    if (!row) throw new UnauthorizedException('invalid credentials');\n    if (!verifyPassword(input.password, row.passwordHash)) throw new UnauthorizedException('invalid credentials');\n    if (row.banned) throw new ForbiddenException('This account has been banned');\n    return true;\n  }\n}`,
    // The schema has no status field: the whole record's `suspended` never goes out.
    `${NEST_GQL}@ObjectType()\nclass MemberCard {\n  @Field() id!: string;\n}\n@Resolver()\nexport class MembersResolver {\n  @Mutation(() => MemberCard)\n  member(@Args('id') id: string) {\n    const row = this.repo.byId(id);\n    return { id: row.id, suspended: row.suspended };\n  }\n}`,
  ],
  invalid: [
    {
      // Banned accounts are told apart before any password check in an anonymous mutation.
      code: `${NEST_GQL}@Resolver()\nexport class SessionResolver {\n  @Mutation(() => Boolean)\n  async signIn(@Args('input') input: { email: string; password: string }) {\n    const row = this.repo.findByEmail(input.email);\n    if (!row) throw new UnauthorizedException('invalid credentials');\n    if (row.banned) throw new ForbiddenException('This account has been banned');\n    if (!verifyPassword(input.password, row.passwordHash)) throw new UnauthorizedException('invalid credentials');\n    return true;\n  }\n}`,
      errors: [branch(9, 'row.banned', 'new ForbiddenException')],
    },
    {
      // A status field the schema declares is sent.
      code: `${NEST_GQL}@ObjectType()\nclass MemberCard {\n  @Field() id!: string;\n  @Field() suspended!: boolean;\n}\n@Resolver()\nexport class MembersResolver {\n  @Mutation(() => MemberCard)\n  member(@Args('id') id: string) {\n    const row = this.repo.byId(id);\n    return { id: row.id, suspended: row.suspended };\n  }\n}`,
      errors: [field(13, 'row.suspended', 'return')],
    },
  ],
});

typedRuleTester.run('no-account-oracle (typed, code-first GraphQL)', noAccountOracle, {
  valid: [
    {
      // A whole row through an output class whose `@Field()`s hold no status.
      code: "import { Args, Query, Resolver } from '@nestjs/graphql';\nimport { MemberCard } from './graphql-types.js';\ninterface MemberRow { id: string; email: string; suspended: boolean }\ndeclare function load(id: string): MemberRow;\n@Resolver()\nexport class MembersResolver {\n  @Query(() => MemberCard)\n  member(@Args('id') id: string) {\n    return load(id);\n  }\n}",
      options: TYPED,
    },
  ],
  invalid: [
    {
      // The same row through a class without `@ObjectType()`: nothing projects it.
      code: "import { Args, Query, Resolver } from '@nestjs/graphql';\nimport { PlainCard } from './graphql-types.js';\ninterface MemberRow { id: string; email: string; suspended: boolean }\ndeclare function load(id: string): MemberRow;\n@Resolver()\nexport class MembersResolver {\n  @Query(() => PlainCard)\n  member(@Args('id') id: string) {\n    return load(id);\n  }\n}",
      options: TYPED,
      errors: [field(9, 'load(id)', 'return')],
    },
  ],
});

typedRuleTester.run('no-account-oracle (typed: a job compared with an account word)', noAccountOracle, {
  valid: [
    {
      // A payroll run can be `locked` too: its record identifies no one, so its state is a job's.
      code: "import express from 'express';\ninterface PayrollRun { id: string; period: string; status: 'open' | 'locked' | 'paid' }\ndeclare function findRun(id: string): PayrollRun | undefined;\nconst app = express();\napp.post('/runs/:id/pay', (req, res) => {\n  const run = findRun(String(req.params.id));\n  if (run?.status !== 'locked') return res.status(409).json({ error: 'lock the run first' });\n  res.json({ paid: true });\n});",
      options: TYPED,
    },
  ],
  invalid: [
    {
      // The same comparison on a member's record is a branch on the account's state.
      code: "import express from 'express';\ninterface Member { id: string; email: string; status: 'active' | 'locked' }\ndeclare function findMember(email: string): Member | undefined;\nconst app = express();\napp.post('/recover', (req, res) => {\n  const member = findMember(String(req.body.email));\n  if (member?.status === 'locked') return res.status(423).json({ error: 'locked' });\n  res.status(202).json({ sent: true });\n});",
      options: TYPED,
      errors: [branch(7, "member?.status === '…'", 'res.status(423).json')],
    },
    {
      // A result that names the reason (`reason`, not a record's own `status`) tells the account's state.
      code: "import express from 'express';\ntype SignIn = { ok: true; token: string } | { ok: false; reason: 'invalid' | 'locked' };\ndeclare function signIn(email: string): SignIn;\nconst app = express();\napp.post('/sign-in', (req, res) => {\n  const result = signIn(String(req.body.email));\n  if (!result.ok) return res.status(result.reason === 'locked' ? 423 : 401).json({ error: 'invalid' });\n  res.json({ token: result.token });\n});",
      options: TYPED,
      errors: [field(7, "result.reason === '…'", 'res.status')],
    },
  ],
});
