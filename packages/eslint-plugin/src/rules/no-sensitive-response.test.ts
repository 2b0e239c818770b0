import { noSensitiveResponse } from './no-sensitive-response.js';
import { TYPED, createRuleTester, createTypedRuleTester, expectError } from '../test-helpers.js';

const ruleTester = createRuleTester();
const response = (line: number, category: string, expression: string, target: string) =>
  expectError('sensitiveResponse' as const, line, category, 'response', expression, target);

const EXPRESS = "import express from 'express';\nconst app = express();\n";

ruleTester.run('no-sensitive-response', noSensitiveResponse, {
  valid: [
    // Owner scope: an authenticated handler reading the caller's own record (policy point 2).
    `${EXPRESS}app.get('/me', requireAuth, (req, res) => res.json({ email: req.user.email, phone: req.user.phone }));`,
    `${EXPRESS}app.get('/me', (req, res) => {\n  if (!req.session.userId) return res.sendStatus(401);\n  res.json({ email: me.email });\n});`,
    "import Router from '@koa/router';\nconst router = new Router();\nrouter.get('/profile', requireAuth, (ctx) => {\n  ctx.body = { email: ctx.state.user.email };\n});",
    // A credential issued to the caller who has just authenticated (policy point 1).
    `${EXPRESS}app.post('/login', async (req, res) => {\n  const token = jwt.sign({ sub: user.id }, key);\n  res.json({ token });\n});`,
    `${EXPRESS}app.post('/api-keys', requireAuth, async (req, res) => {\n  const apiKey = generateApiKey();\n  res.status(201).json({ apiKey });\n});`,
    // Booleans, counts, generic messages, order status.
    `${EXPRESS}app.get('/users/:id', (req, res) => res.json({ hasPassword: user.passwordHash.length > 0, count: users.length }));`,
    // A predicate answers yes or no about a birth date or a phone, never the value (policy point 6).
    `${EXPRESS}app.get('/users/:id', (req, res) => res.json({ birthdayThisMonth: isThisMonth(user.dateOfBirth), phoneVerified: hasVerifiedPhone(user) }));`,
    `${EXPRESS}app.post('/login', (req, res) => res.status(401).json({ error: 'Invalid email or password' }));`,
    `${EXPRESS}app.post('/forgot', (req, res) => res.json({ passwordResetSent: true, message: 'If the account exists, we sent a password reset email' }));`,
    `${EXPRESS}app.get('/orders/:id', (req, res) => res.json({ id: order.id, status: order.status, statusCode: 200 }));`,
    // Masks with no digits, card last four, hashes, projections.
    `${EXPRESS}app.get('/users/:id', (req, res) => res.json({ phoneHint: user.phone.replace(/\\d/g, '•') }));`,
    `${EXPRESS}app.get('/cards/:id', (req, res) => res.json({ last4: card.number.slice(-4) }));`,
    // The validated body answered back to its sender; a session issued by a project helper (policy point 1).
    `import { z } from 'zod';\n${EXPRESS}const InviteBody = z.object({ email: z.string() });\napp.post('/orgs/:id/invites', requireAuth, (req, res) => {\n  const body = InviteBody.parse(req.body);\n  res.status(201).json({ email: body.email });\n});`,
    `${EXPRESS}app.post('/invites/:token/accept', async (req, res) => {\n  const user = await acceptInvite(req.params.token);\n  res.status(201).json({ token: issueSessionToken(user.id) });\n});`,
    // A login answering the user's own profile after the password check (policy points 2 and 3).
    `${EXPRESS}app.post('/sessions', async (req, res) => {\n  const user = await users.byEmail(req.body.email);\n  if (!user || !(await bcrypt.compare(req.body.password, user.passwordHash))) return res.status(401).json({ error: 'invalid credentials' });\n  res.json({ token: session.id, email: user.email, phone: user.phone });\n});`,
    // An IBAN's country letters are allowed (policy point 5); a schema's parse imported from another module is no phone parser.
    `${EXPRESS}app.get('/accounts/:id', requireAuth, (req, res) => res.json({ country: account.iban.slice(0, 2) }));`,
    `import { PayeeCard } from './schemas.js';
${EXPRESS}app.get('/payees', requireAuth, (req, res) => res.json({ payees: payees.map((row) => PayeeCard.parse({ id: row.id, email: row.email })) }));`,
    `${EXPRESS}app.get('/users/:id', (req, res) => res.json({ avatar: sha256(user.email) }));`,
    `${EXPRESS}function toDto(u) {\n  return { id: u.id, name: u.displayName };\n}\napp.get('/users/:id', (req, res) => res.json(toDto(user)));`,
    `import { z } from 'zod';\n${EXPRESS}const PublicUser = z.object({ id: z.string(), name: z.string() });\napp.get('/users/:id', (req, res) => {\n  const row = { id: '1', name: input.name, email: input.email };\n  res.json(PublicUser.parse(row));\n});`,
    `import { pick } from 'lodash';\n${EXPRESS}app.get('/users/:id', (req, res) => {\n  const row = { id: '1', email: input.email };\n  res.json(pick(row, ['id']));\n});`,
    // A phone fragment to an authenticated caller is not a finding (policy point 4).
    `${EXPRESS}app.get('/users/:id/hint', requireAuth, (req, res) => res.json({ hint: user.phone.slice(-4) }));`,
    { code: `${EXPRESS}app.get('/users/:id', (req, res) => res.json({ email: user.email }));`, filename: 'src/users.spec.ts' },
    // Not a handler's response: a plain object returned from a service.
    'export function findUser() {\n  return { email: row.email };\n}',
  ],
  invalid: [
    {
      // The same answer before any password check: anyone who knows an e-mail address gets the phone.
      code: `${EXPRESS}app.post('/sessions', async (req, res) => {\n  const user = await users.byEmail(req.body.email);\n  res.json({ phone: user.phone });\n});`,
      errors: [response(5, 'phone', 'user.phone', 'res.json')],
    },
    {
      // More than the country letters: the check digits and the bank code are the account.
      code: `${EXPRESS}app.get('/accounts/:id', requireAuth, (req, res) => res.json({ prefix: account.iban.slice(0, 8) }));`,
      errors: [response(3, 'financial', 'account.iban', 'res.json')],
    },
    {
      code: `${EXPRESS}app.get('/users/:id', (req, res) => res.json({ email: user.email }));`,
      errors: [response(3, 'contact', 'user.email', 'res.json')],
    },
    {
      code: `${EXPRESS}app.get('/users/:id', (req, res) => {\n  res.status(200).json({ phone: row.phone });\n});`,
      errors: [response(4, 'phone', 'row.phone', 'res.status(200).json')],
    },
    {
      code: `${EXPRESS}app.post('/reset', (req, res) => {\n  res.setHeader('X-Reset-Token', user.resetToken);\n  res.sendStatus(204);\n});`,
      errors: [response(4, 'credential', 'user.resetToken', 'res.setHeader')],
    },
    {
      code: `${EXPRESS}app.post('/invite', (req, res) => {\n  res.statusMessage = \`no account for \${req.body.email}\`;\n  res.end();\n});`,
      errors: [response(4, 'contact', 'req.body.email', 'res.statusMessage')],
    },
    {
      code: `${EXPRESS}app.get('/users/:id', requireAuth, (req, res) => res.json({ email: user.email }));`,
      errors: [response(3, 'contact', 'user.email', 'res.json')],
    },
    {
      code: `${EXPRESS}app.get('/me', requireAuth, (req, res) => res.json({ apiSecret: req.user.apiSecret }));`,
      errors: [response(3, 'credential', 'req.user.apiSecret', 'res.json')],
    },
    {
      code: `${EXPRESS}app.post('/forgot', (req, res) => res.json({ hint: user.phone.slice(-4) }));`,
      errors: [response(3, 'phone-fragment', 'user.phone.slice(-4)', 'res.json')],
    },
    {
      code: `${EXPRESS}app.post('/account-help', (req, res) => res.json({ cc: account.phone.countryCode }));`,
      errors: [response(3, 'phone-fragment', 'account.phone.countryCode', 'res.json')],
    },
    {
      code: `import { parsePhoneNumberFromString } from 'libphonenumber-js';\n${EXPRESS}app.post('/lookup', (req, res) => {\n  const parsed = parsePhoneNumberFromString(user.phone);\n  res.json({ region: parsed?.country });\n});`,
      errors: [response(6, 'phone-fragment', 'parsed?.country', 'res.json')],
    },
    {
      code: "import Fastify from 'fastify';\nconst fastify = Fastify();\nfastify.get('/users/:id', async (request, reply) => {\n  return { email: row.email };\n});",
      errors: [response(4, 'contact', 'row.email', 'return')],
    },
    {
      code: "import Fastify from 'fastify';\nconst fastify = Fastify();\nfastify.get('/people/:id', async (request, reply) => {\n  reply.code(200).send({ ssn: person.ssn });\n});",
      errors: [response(4, 'government-id', 'person.ssn', 'reply.code(200).send')],
    },
    {
      code: "import Fastify from 'fastify';\nconst fastify = Fastify();\nfastify.post('/invite', async (request) => {\n  throw new Error(`no account for ${request.body.email}`);\n});",
      errors: [response(4, 'contact', 'request.body.email', 'new Error')],
    },
    {
      code: "import Fastify from 'fastify';\nconst app = Fastify();\napp.route({ method: 'GET', url: '/users/:id', handler: async () => ({ phone: row.phone }) });",
      errors: [response(3, 'phone', 'row.phone', 'return')],
    },
    {
      code: "import Router from '@koa/router';\nconst router = new Router();\nrouter.get('/users/:id', (ctx) => {\n  ctx.body = { email: user.email };\n});",
      errors: [response(4, 'contact', 'user.email', 'ctx.body')],
    },
    {
      code: "import Router from '@koa/router';\nconst router = new Router();\nrouter.get('/users/:id', (ctx) => {\n  ctx.set('X-Phone', user.phone);\n});",
      errors: [response(4, 'phone', 'user.phone', 'ctx.set')],
    },
    {
      code: "import { Hono } from 'hono';\nconst app = new Hono();\napp.get('/users/:id', (c) => c.json({ phone: user.phone }));",
      errors: [response(3, 'phone', 'user.phone', 'c.json')],
    },
    {
      code: "import { NextResponse } from 'next/server';\nexport async function GET(request: Request) {\n  return NextResponse.json({ email: user.email });\n}",
      filename: 'app/api/users/route.ts',
      errors: [response(3, 'contact', 'user.email', 'NextResponse.json')],
    },
    {
      code: 'export async function POST() {\n  return Response.json({ token: session.refreshToken });\n}',
      filename: 'app/api/session/route.ts',
      errors: [response(2, 'credential', 'session.refreshToken', 'Response.json')],
    },
    {
      code: 'export default function handler(req, res) {\n  res.status(200).json({ ssn: profile.ssn });\n}',
      filename: 'pages/api/profile.ts',
      errors: [response(2, 'government-id', 'profile.ssn', 'res.status(200).json')],
    },
    {
      code: "import { Controller, Get } from '@nestjs/common';\n@Controller('users')\nexport class UsersController {\n  @Get(':id')\n  find() {\n    return { email: user.email };\n  }\n}",
      errors: [response(6, 'contact', 'user.email', 'return')],
    },
    {
      code: "import { Controller, Post, Body, NotFoundException } from '@nestjs/common';\n@Controller('invites')\nexport class InvitesController {\n  @Post()\n  invite(@Body() dto) {\n    throw new NotFoundException(`No user with email ${dto.email}`);\n  }\n}",
      errors: [response(6, 'contact', 'dto.email', 'new NotFoundException')],
    },
    {
      code: "import { ApolloServer } from '@apollo/server';\nconst resolvers = {\n  Query: {\n    account: (_parent, _args, ctx) => ({ phone: ctx.account.phone }),\n  },\n};\nexport const server = new ApolloServer({ typeDefs, resolvers });",
      errors: [response(4, 'phone', 'ctx.account.phone', 'return')],
    },
    {
      code: "import { initTRPC } from '@trpc/server';\nconst t = initTRPC.create();\nconst publicProcedure = t.procedure;\nexport const router = {\n  user: publicProcedure.query(({ input }) => ({ email: row.email })),\n};",
      errors: [response(5, 'contact', 'row.email', 'return')],
    },
    {
      code: "import { Resolver, Query } from '@nestjs/graphql';\n@Resolver()\nexport class AccountResolver {\n  @Query()\n  account() {\n    return { ssn: person.ssn };\n  }\n}",
      errors: [response(6, 'government-id', 'person.ssn', 'return')],
    },
    {
      code: "import Router from '@koa/router';\nconst router = new Router();\nrouter.post('/invite', (ctx) => {\n  ctx.throw(404, `no account for ${ctx.request.body.email}`);\n});",
      errors: [response(4, 'contact', 'ctx.request.body.email', 'ctx.throw')],
    },
    {
      code: `${EXPRESS}function send(res, data) {\n  res.json({ ok: true, data });\n}\napp.get('/users/:id', (req, res) => send(res, { email: user.email }));`,
      errors: [response(6, 'contact', 'user.email', 'send → res.json')],
    },
    {
      code: `${EXPRESS}function load() {\n  return { id: 1, ssn: input.ssn };\n}\napp.get('/people/:id', (req, res) => res.json(load()));`,
      errors: [response(6, 'government-id', 'input.ssn', 'res.json')],
    },
    {
      code: `${EXPRESS}app.get('/users/:id', (req, res) => res.json({ ...profile, mobile: user.mobilePhone }));`,
      errors: [response(3, 'phone', 'user.mobilePhone', 'res.json')],
    },
    {
      code: `${EXPRESS}app.post('/login', (req, res) => res.json({ received: req.body }));`,
      errors: [response(3, 'credential', 'req.body', 'res.json')],
    },
    {
      code: `${EXPRESS}app.get('/users/:id', (req, res) => res.cookie('hash', user.passwordHash).sendStatus(204));`,
      errors: [response(3, 'credential', 'user.passwordHash', 'res.cookie')],
    },
    {
      code: `${EXPRESS}app.get('/users/:id', (req, res) => res.json({ email: u.email, ssn: u.ssn }));`,
      errors: [response(3, 'contact', 'u.email', 'res.json'), response(3, 'government-id', 'u.ssn', 'res.json')],
    },
    {
      code: `${EXPRESS}app.post('/signup', (req, res) => res.redirect(\`/welcome?email=\${user.email}\`));`,
      errors: [response(3, 'contact', 'user.email', 'res.redirect')],
    },
    {
      code: `${EXPRESS}app.get('/users/:id', async (req, res) => {\n  const rows = await db.query('select');\n  res.json(rows.map((r) => ({ id: r.id, dob: r.dateOfBirth })));\n});`,
      errors: [response(5, 'other-pii', 'r.dateOfBirth', 'res.json')],
    },
  ],
});

const typedRuleTester = createTypedRuleTester();
const TYPED_EXPRESS = "import express, { type Request, type Response } from 'express';\nconst app = express();\n";

// Schemas declared in another module: the parse result is the declared fields, unless the schema keeps unknown keys.
const SCHEMAS = "import { z } from 'zod';\nconst Card = z.object({ id: z.string(), handle: z.string() });\nconst Profile = z.looseObject({ id: z.string() });\nexport const schemas = { Card, Profile };\n";

typedRuleTester.run('no-sensitive-response (typed)', noSensitiveResponse, {
  valid: [
    {
      code: `${SCHEMAS}interface User { id: string; handle: string; email: string; passwordHash: string }\ndeclare function load(id: string): Promise<User>;\n${TYPED_EXPRESS}app.get('/users/:id', async (req: Request, res: Response) => {\n  res.json(schemas.Card.parse(await load(String(req.params.id))));\n});`,
      options: TYPED,
    },
    {
      code: `interface PublicUser { id: string; displayName: string }\ndeclare function load(id: string): Promise<PublicUser>;\n${TYPED_EXPRESS}app.get('/users/:id', async (req: Request, res: Response) => {\n  res.json(await load(String(req.params.id)));\n});`,
      options: TYPED,
    },
    {
      // GraphQL sends only the fields its schema declares (policy point 7).
      code: "interface User { id: string; email: string }\ndeclare const users: Map<string, User>;\nexport const resolvers = {\n  Query: {\n    user: (_parent: unknown, args: { id: string }) => users.get(args.id),\n  },\n};",
      options: TYPED,
    },
  ],
  invalid: [
    {
      // Not named as a predicate, but typed as one: a boolean about the birth date is no birth date.
      code: `interface User { id: string; dateOfBirth: string }\ndeclare function load(id: string): Promise<User>;\ndeclare function birthdayToday(date: string): boolean;\ndeclare function birthdayLabel(date: string): string;\n${TYPED_EXPRESS}app.get('/users/:id', async (req: Request, res: Response) => {\n  const user = await load(String(req.params.id));\n  res.json({ birthday: birthdayToday(user.dateOfBirth), birthdate: birthdayLabel(user.dateOfBirth) });\n});`,
      options: TYPED,
      errors: [expectError('sensitiveResponse' as const, 9, 'other-pii', 'response', 'birthdayLabel(user.dateOfBirth)', 'res.json')],
    },
    {
      code: `${SCHEMAS}interface User { id: string; handle: string; email: string; passwordHash: string }\ndeclare function load(id: string): Promise<User>;\n${TYPED_EXPRESS}app.get('/users/:id', async (req: Request, res: Response) => {\n  const user = await load(String(req.params.id));\n  res.json(schemas.Profile.parse(user));\n});`,
      options: TYPED,
      errors: [
        expectError('sensitiveRecord' as const, 11, 'credential', 'response', 'load(String(req.params.id))', 'res.json'),
        expectError('sensitiveRecord' as const, 11, 'contact', 'response', 'load(String(req.params.id))', 'res.json'),
      ],
    },
    {
      code: `interface User { id: string; name: string; email: string; passwordHash: string }\ndeclare function load(id: string): Promise<User>;\n${TYPED_EXPRESS}app.get('/users/:id', async (req: Request, res: Response) => {\n  const user = await load(String(req.params.id));\n  res.json(user);\n});`,
      options: TYPED,
      errors: [
        {
          ...expectError('sensitiveRecord' as const, 7, 'credential', 'response', 'user', 'res.json'),
          suggestions: [
            {
              messageId: 'replaceWithProjection' as const,
              data: { expression: 'user', fields: 'id, name' },
              output: `interface User { id: string; name: string; email: string; passwordHash: string }\ndeclare function load(id: string): Promise<User>;\n${TYPED_EXPRESS}app.get('/users/:id', async (req: Request, res: Response) => {\n  const user = await load(String(req.params.id));\n  res.json({ id: user.id, name: user.name });\n});`,
            },
          ],
        },
        {
          ...expectError('sensitiveRecord' as const, 7, 'contact', 'response', 'user', 'res.json'),
          suggestions: [
            {
              messageId: 'replaceWithProjection' as const,
              data: { expression: 'user', fields: 'id, name' },
              output: `interface User { id: string; name: string; email: string; passwordHash: string }\ndeclare function load(id: string): Promise<User>;\n${TYPED_EXPRESS}app.get('/users/:id', async (req: Request, res: Response) => {\n  const user = await load(String(req.params.id));\n  res.json({ id: user.id, name: user.name });\n});`,
            },
          ],
        },
      ],
    },
    {
      code: "import { Controller, Get } from '@nestjs/common';\ntype Profile = { id: string } & { contact: { phone: string } };\ndeclare function find(): Promise<Profile[]>;\n@Controller('profiles')\nexport class ProfilesController {\n  @Get()\n  list() {\n    return find();\n  }\n}",
      options: TYPED,
      errors: [expectError('sensitiveRecord' as const, 8, 'phone', 'response', 'find()', 'return')],
    },
  ],
});

// Owner scope proved by the lookup or by an ownership check (policy point 2, core's `ownerKeyPaths`).
ruleTester.run('no-sensitive-response (owner-keyed lookups)', noSensitiveResponse, {
  valid: [
    // A lookup keyed by the caller's session id, in bracket spelling, behind a middleware the rule does not know.
    "import Router from '@koa/router';\nconst router = new Router();\nrouter.use(loadGuardian);\nrouter.get('/contacts', async (ctx) => {\n  const account = await repo.byId(String(ctx.state['user'].id));\n  ctx.body = { email: account.email, phone: account.phone };\n});",
    // The handler answers early unless the record belongs to the caller (`res.locals` is set by the app's middleware).
    `${EXPRESS}app.get('/orders/:id', loadBuyer, async (req, res) => {\n  const order = await findOrder(String(req.params.id));\n  if (!order || order.buyerId !== res.locals['buyerId']) {\n    res.status(404).end();\n    return;\n  }\n  res.json({ phone: order.buyerPhone, email: order.buyerEmail });\n});`,
    // Hono scopes authentication with a glob: `/api/me/*` covers `/api/me/profile`, an owner path.
    "import { Hono } from 'hono';\nimport { bearerAuth } from 'hono/bearer-auth';\nconst app = new Hono();\napp.use('/api/me/*', bearerAuth({ token: 'x' }));\napp.get('/api/me/profile', (c) => {\n  const me = c.get('user');\n  return c.json({ email: me.email, ip: me.lastLoginIp });\n});",
    // tRPC: a lookup keyed by the context's viewer id.
    "import { initTRPC } from '@trpc/server';\nconst t = initTRPC.create();\nexport const appRouter = t.router({\n  settings: protectedProcedure.query(async ({ ctx }) => {\n    const result = await members.byId(ctx.viewerId);\n    return { email: result.email };\n  }),\n});",
  ],
  invalid: [
    {
      // Keyed by a path parameter: any account's contacts.
      code: "import Router from '@koa/router';\nconst router = new Router();\nrouter.use(loadGuardian);\nrouter.get('/contacts/:id', async (ctx) => {\n  const account = await repo.byId(String(ctx.params.id));\n  ctx.body = { email: account.email };\n});",
      errors: [response(6, 'contact', 'account.email', 'ctx.body')],
    },
    {
      // The "ownership" check compares with what the caller sent, which proves nothing.
      code: `${EXPRESS}app.get('/orders/:id', async (req, res) => {\n  const order = await findOrder(String(req.params.id));\n  if (!order || order.buyerId !== req.query.buyerId) return res.status(404).end();\n  res.json({ phone: order.buyerPhone });\n});`,
      errors: [response(6, 'phone', 'order.buyerPhone', 'res.json')],
    },
    {
      // The check runs after the response, so it protects nothing.
      code: `${EXPRESS}app.get('/orders/:id', async (req, res) => {\n  const order = await findOrder(String(req.params.id));\n  res.json({ phone: order.buyerPhone });\n  if (order.buyerId !== res.locals.buyerId) return;\n});`,
      errors: [response(5, 'phone', 'order.buyerPhone', 'res.json')],
    },
    {
      // `/api/me/*` does not cover `/api/members/:id`.
      code: "import { Hono } from 'hono';\nimport { bearerAuth } from 'hono/bearer-auth';\nconst app = new Hono();\napp.use('/api/me/*', bearerAuth({ token: 'x' }));\napp.get('/api/members/:id', async (c) => {\n  const member = await find(c.req.param('id'));\n  return c.json({ email: member.email });\n});",
      errors: [response(7, 'contact', 'member.email', 'c.json')],
    },
    {
      // A credential stays a finding even in a lookup keyed by the caller (policy point 1).
      code: "import { initTRPC } from '@trpc/server';\nconst t = initTRPC.create();\nexport const appRouter = t.router({\n  settings: protectedProcedure.query(async ({ ctx }) => {\n    const result = await members.byId(ctx.viewerId);\n    return { hash: result.passwordHash };\n  }),\n});",
      errors: [response(6, 'credential', 'result.passwordHash', 'return')],
    },
  ],
});

const CLASS_TRANSFORMER = "import { Controller, Get, Param } from '@nestjs/common';\nimport { Exclude, Expose } from 'class-transformer';\n";
const EMPLOYEE = 'interface EmployeeRecord { id: string; name: string; workEmail: string; mobile: string; ssn: string; passwordHash: string }\ndeclare function load(id: string): Promise<EmployeeRecord>;\n';

// class-transformer's `@Exclude()` on a class instance answered to the caller (policy point 7, decision 0006).
typedRuleTester.run('no-sensitive-response (typed, class-transformer)', noSensitiveResponse, {
  valid: [
    {
      code: `${CLASS_TRANSFORMER}${EMPLOYEE}class EmployeeCard {\n  @Expose() id!: string;\n  @Expose() name!: string;\n  @Exclude() workEmail!: string;\n  @Exclude() mobile!: string;\n  @Exclude() ssn!: string;\n  @Exclude() passwordHash!: string;\n  constructor(record: EmployeeRecord) {\n    Object.assign(this, record);\n  }\n}\n@Controller('employees')\nexport class EmployeesController {\n  @Get(':id')\n  async card(@Param('id') id: string) {\n    return new EmployeeCard(await load(id));\n  }\n}`,
      options: TYPED,
    },
    {
      // A class marked `@Exclude()` sends only what it `@Expose()`s.
      code: `${CLASS_TRANSFORMER}${EMPLOYEE}@Exclude()\nclass EmployeeCard {\n  @Expose() id!: string;\n  @Expose() name!: string;\n  workEmail!: string;\n  ssn!: string;\n  constructor(record: EmployeeRecord) {\n    Object.assign(this, record);\n  }\n}\n@Controller('employees')\nexport class EmployeesController {\n  @Get(':id')\n  async card(@Param('id') id: string) {\n    return new EmployeeCard(await load(id));\n  }\n}`,
      options: TYPED,
    },
  ],
  invalid: [
    {
      // Only what is excluded goes: the e-mail is still sent.
      code: `${CLASS_TRANSFORMER}${EMPLOYEE}class EmployeeCard {\n  @Expose() id!: string;\n  workEmail!: string;\n  @Exclude() mobile!: string;\n  @Exclude() ssn!: string;\n  @Exclude() passwordHash!: string;\n  constructor(record: EmployeeRecord) {\n    Object.assign(this, record);\n  }\n}\n@Controller('employees')\nexport class EmployeesController {\n  @Get(':id')\n  async card(@Param('id') id: string) {\n    return new EmployeeCard(await load(id));\n  }\n}`,
      options: TYPED,
      errors: [expectError('sensitiveRecord' as const, 19, 'contact', 'response', 'load(id)', 'return')],
    },
    {
      // A local `Exclude` is not class-transformer's: nothing is projected.
      code: `import { Controller, Get, Param } from '@nestjs/common';\nconst Exclude = (): PropertyDecorator => () => undefined;\n${EMPLOYEE}class EmployeeCard {\n  id!: string;\n  @Exclude() ssn!: string;\n  constructor(record: EmployeeRecord) {\n    Object.assign(this, record);\n  }\n}\n@Controller('employees')\nexport class EmployeesController {\n  @Get(':id')\n  async card(@Param('id') id: string) {\n    return new EmployeeCard(await load(id));\n  }\n}`,
      options: TYPED,
      errors: [
        expectError('sensitiveRecord' as const, 16, 'credential', 'response', 'load(id)', 'return'),
        expectError('sensitiveRecord' as const, 16, 'phone', 'response', 'load(id)', 'return'),
        expectError('sensitiveRecord' as const, 16, 'contact', 'response', 'load(id)', 'return'),
        expectError('sensitiveRecord' as const, 16, 'government-id', 'response', 'load(id)', 'return'),
      ],
    },
  ],
});

// Credentials issued to the caller who created them, and input echoed back (policy point 1, decision 0006).
ruleTester.run('no-sensitive-response (issued and echoed)', noSensitiveResponse, {
  valid: [
    // The API key of the account the caller has just created, shown once.
    `${EXPRESS}app.post('/sellers', async (req, res) => {\n  const created = await sellers.register(req.body);\n  res.status(201).json({ id: created.id, apiKey: created.apiKey });\n});`,
    // The address the caller has just typed, answered back in the body.
    "import Router from '@koa/router';\nconst router = new Router();\nrouter.put('/contact/email', async (ctx) => {\n  const body = ctx.request.body as { email: string };\n  await save(body.email);\n  ctx.body = { email: body.email };\n});",
    `${EXPRESS}app.post('/newsletter', (req, res) => res.json({ subscribed: req.body.email }));`,
  ],
  invalid: [
    {
      // A sign-up's stored secret is never issued.
      code: `${EXPRESS}app.post('/sellers', async (req, res) => {\n  const created = await sellers.register(req.body);\n  res.status(201).json({ id: created.id, hash: created.passwordHash });\n});`,
      errors: [response(5, 'credential', 'created.passwordHash', 'res.status(201).json')],
    },
    {
      // A looked-up record's key is not issued by this request.
      code: `${EXPRESS}app.post('/sellers/find', async (req, res) => {\n  const found = await sellers.findByEmail(req.body.email);\n  res.json({ apiKey: found.apiKey });\n});`,
      errors: [response(5, 'credential', 'found.apiKey', 'res.json')],
    },
    {
      // Echoing a password is still a credential in the response (policy point 1).
      code: `${EXPRESS}app.post('/signup', (req, res) => res.json({ password: req.body.password }));`,
      errors: [response(3, 'credential', 'req.body.password', 'res.json')],
    },
    {
      // Someone else's address, looked up by what the caller typed, is not an echo.
      code: `${EXPRESS}app.post('/lookup', async (req, res) => {\n  const owner = await findByPhone(req.body.phone);\n  res.json({ email: owner.email });\n});`,
      errors: [response(5, 'contact', 'owner.email', 'res.json')],
    },
    {
      // The echo in a header is logged by every proxy on the way.
      code: `${EXPRESS}app.post('/newsletter', (req, res) => {\n  res.setHeader('X-Subscriber', req.body.email);\n  res.end();\n});`,
      errors: [response(4, 'contact', 'req.body.email', 'res.setHeader')],
    },
  ],
});

typedRuleTester.run('no-sensitive-response (typed, issued records)', noSensitiveResponse, {
  valid: [
    {
      // A login that answers a record of tokens only issues them.
      code: "import { Body, Controller, Post } from '@nestjs/common';\ndeclare function signIn(form: unknown): Promise<{ accessToken: string; expiresIn: number }>;\n@Controller('auth')\nexport class AuthController {\n  @Post('login')\n  login(@Body() form: unknown) {\n    return signIn(form);\n  }\n}",
      options: TYPED,
    },
  ],
  invalid: [
    {
      // The same login answering the whole account leaks its password hash.
      code: "import { Body, Controller, Post } from '@nestjs/common';\ndeclare function signIn(form: unknown): Promise<{ accessToken: string; user: { id: string; passwordHash: string } }>;\n@Controller('auth')\nexport class AuthController {\n  @Post('login')\n  login(@Body() form: unknown) {\n    return signIn(form);\n  }\n}",
      options: TYPED,
      errors: [expectError('sensitiveRecord' as const, 7, 'credential', 'response', 'signIn(form)', 'return')],
    },
  ],
});

// Real-world shapes found by blind evaluation round 4 and the probes after it.
const FASTIFY = "import Fastify from 'fastify';\nconst app = Fastify();\n";
ruleTester.run('no-sensitive-response (hooks, sessions, echoes)', noSensitiveResponse, {
  valid: [
    // Fastify's `addHook('onRequest', auth)` authenticates every later route of that instance; `/me` is the caller's own.
    `${FASTIFY}app.addHook('onRequest', requireSession);\napp.get('/me', async (request) => {\n  const patient = await findPatient(request.patientId);\n  return { email: patient.email, phone: patient.phone };\n});`,
    // A field cleared with `undefined` reads nothing, whatever its key says.
    `${EXPRESS}app.get('/users/:id', requireAuth, (req, res) => res.json({ id: row.id, passwordHash: undefined }));`,
    // The e-mail the caller typed into the query string, answered back (Next.js and Express).
    {
      code: "import { NextResponse } from 'next/server.js';\nexport async function GET(req) {\n  const email = req.nextUrl.searchParams.get('email') ?? '';\n  return NextResponse.json({ email, next: 'password' });\n}",
      filename: 'app/api/account-state/route.ts',
    },
    `${EXPRESS}app.get('/check', (req, res) => {\n  const email = String(req.query.email).trim().toLowerCase();\n  res.json({ email, available: true });\n});`,
    // A helper that validates what the request carried, called only with it: its result is still the caller's input.
    {
      code: "import { NextResponse } from 'next/server';\nfunction readLead(body) {\n  const { email } = body;\n  return typeof email === 'string' ? { email: email.trim().toLowerCase() } : undefined;\n}\nexport async function POST(request) {\n  const lead = readLead(await request.json());\n  return NextResponse.json({ message: `We will reply to ${lead.email}.` }, { status: 201 });\n}",
      filename: 'app/api/leads/route.ts',
    },
    // The project's own session helper: a session-like name checked with an early 401, then a lookup
    // keyed by the session on a route without parameters (the caller's own organisation).
    {
      code: "import { NextResponse } from 'next/server';\nimport { getSession } from '../../lib/session';\nexport async function GET() {\n  const session = await getSession();\n  if (!session) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });\n  const account = await getBillingAccount(session.orgId);\n  return NextResponse.json({ billingEmail: account.billingEmail });\n}",
      filename: 'app/api/billing/settings/route.ts',
    },
  ],
  invalid: [
    {
      // A hook that runs after the handler authenticates nothing.
      code: `${FASTIFY}app.addHook('onResponse', requireSession);\napp.get('/me', async (request) => {\n  const patient = await findPatient(request.patientId);\n  return { email: patient.email };\n});`,
      errors: [response(6, 'contact', 'patient.email', 'return')],
    },
    {
      // Authenticated by the hook, but any `:id`: not owner-scoped (policy point 2).
      code: `${FASTIFY}app.addHook('onRequest', requireSession);\napp.get('/patients/:id', async (request) => {\n  const patient = await findPatient(request.params.id);\n  return { email: patient.email };\n});`,
      errors: [response(6, 'contact', 'patient.email', 'return')],
    },
    {
      // The same session lookup on a route that takes the record's id from the caller.
      code: "import { NextResponse } from 'next/server';\nimport { getSession } from '../../lib/session';\nexport async function GET(req, { params }) {\n  const session = await getSession();\n  if (!session) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });\n  const account = await getBillingAccount(session.orgId, params.id);\n  return NextResponse.json({ billingEmail: account.billingEmail });\n}",
      filename: 'app/api/billing/[id]/route.ts',
      errors: [response(7, 'contact', 'account.billingEmail', 'NextResponse.json')],
    },
    {
      // The same helper also fed a stored record: its result is no longer only the caller's input.
      code: "import { NextResponse } from 'next/server';\nfunction readLead(body) {\n  const { email } = body;\n  return { email };\n}\nexport async function POST(request) {\n  const lead = readLead(await request.json());\n  const other = readLead(await loadLead());\n  return NextResponse.json({ mine: lead.email, theirs: other.email });\n}",
      filename: 'app/api/leads/route.ts',
      errors: [response(9, 'contact', 'body.email', 'NextResponse.json')],
    },
    {
      // A record found by the e-mail in the query string is not an echo of it.
      code: `${EXPRESS}app.get('/check', async (req, res) => {\n  const owner = await findByEmail(String(req.query.email));\n  res.json({ phone: owner.phone });\n});`,
      errors: [response(5, 'phone', 'owner.phone', 'res.json')],
    },
  ],
});

const COPY_OF_USER = `interface User { id: string; email: string; passwordHash: string }\ndeclare function load(id: string): Promise<User>;\n${TYPED_EXPRESS}app.get('/users/:id', async (req: Request, res: Response) => {\n  const copy: Partial<User> = { ...(await load(String(req.params.id))) };\n`;
const DELETED = `${COPY_OF_USER}  delete copy.passwordHash;\n  res.json(copy);\n});`;
const DELETED_TOO_LATE = `${COPY_OF_USER}  if (req.query.slim) delete copy.passwordHash;\n  res.json(copy);\n  delete copy.email;\n});`;
/** The projection the rule suggests for `res.json(copy)`: the record's only non-sensitive field. */
const projectCopy = (code: string) => ({
  messageId: 'replaceWithProjection' as const,
  data: { expression: 'copy', fields: 'id' },
  output: code.replace('res.json(copy)', 'res.json({ id: copy.id })'),
});

typedRuleTester.run('no-sensitive-response (typed, fields removed)', noSensitiveResponse, {
  valid: [
    {
      // A shape whose hash field can only be `undefined` carries no hash.
      code: `interface PublicUser { id: string; handle: string; passwordHash?: undefined }\ndeclare function load(id: string): Promise<PublicUser>;\n${TYPED_EXPRESS}app.get('/users/:id', async (req: Request, res: Response) => {\n  res.json(await load(String(req.params.id)));\n});`,
      options: TYPED,
    },
  ],
  invalid: [
    {
      // `{ ...user, passwordHash: undefined }` clears the hash; the rest of the record still goes.
      code: `interface User { id: string; email: string; passwordHash: string }\ndeclare function load(id: string): Promise<User>;\n${TYPED_EXPRESS}app.get('/users/:id', async (req: Request, res: Response) => {\n  const user = await load(String(req.params.id));\n  res.json({ ...user, passwordHash: undefined });\n});`,
      options: TYPED,
      errors: [expectError('sensitiveRecord' as const, 7, 'contact', 'response', 'load(String(req.params.id))', 'res.json')],
    },
    {
      // `delete copy.passwordHash` before the answer removes the hash from it.
      code: DELETED,
      options: TYPED,
      errors: [{ ...expectError('sensitiveRecord' as const, 8, 'contact', 'response', 'copy', 'res.json'), suggestions: [projectCopy(DELETED)] }],
    },
    {
      // A delete under a condition, or after the answer, does not clean what was sent.
      code: DELETED_TOO_LATE,
      options: TYPED,
      errors: [
        { ...expectError('sensitiveRecord' as const, 8, 'credential', 'response', 'copy', 'res.json'), suggestions: [projectCopy(DELETED_TOO_LATE)] },
        { ...expectError('sensitiveRecord' as const, 8, 'contact', 'response', 'copy', 'res.json'), suggestions: [projectCopy(DELETED_TOO_LATE)] },
      ],
    },
    {
      // A library's type over the project's own shape (`z.infer`) is the project's record.
      code: `import { z } from 'zod';\nconst Profile = z.object({ id: z.string(), email: z.string() });\ntype Profile = z.infer<typeof Profile>;\ndeclare function load(id: string): Promise<Profile>;\n${TYPED_EXPRESS}app.get('/profiles/:id', async (req: Request, res: Response) => {\n  res.json({ profile: await load(String(req.params.id)) });\n});`,
      options: TYPED,
      errors: [expectError('sensitiveRecord' as const, 8, 'contact', 'response', 'load(String(req.params.id))', 'res.json')],
    },
    {
      // `Omit<User, 'passwordHash'>` from a project helper keeps the e-mail: a lib utility type over the project's record is that record.
      code: `interface User { id: string; email: string; passwordHash: string }\ndeclare function load(id: string): Promise<User>;\ndeclare function omit<T, K extends keyof T>(value: T, key: K): Omit<T, K>;\n${TYPED_EXPRESS}app.get('/users/:id', async (req: Request, res: Response) => {\n  const user = await load(String(req.params.id));\n  res.json(omit(user, 'passwordHash'));\n});`,
      options: TYPED,
      errors: [expectError('sensitiveRecord' as const, 8, 'contact', 'response', "omit(user, '…')", 'res.json')],
    },
    {
      // Rest destructuring over a list of typed records drops only what it names: the nested bank details, not the e-mail.
      code: `interface Application { id: string; email: string; bank: { iban: string } }\ndeclare function list(id: string): Promise<Application[]>;\n${TYPED_EXPRESS}app.get('/listings/:id/applicants', async (req: Request, res: Response) => {\n  const rows = await list(String(req.params.id));\n  res.json(rows.map(({ bank: _bank, ...rest }) => rest));\n});`,
      options: TYPED,
      errors: [expectError('sensitiveRecord' as const, 7, 'contact', 'response', 'list(String(req.params.id))', 'res.json')],
    },
    {
      // An object built here is known field by field: the masked phone is no phone, the e-mail still is.
      code: `interface Ticket { id: string; holderEmail: string; holderPhone: string }\ndeclare function load(id: string): Promise<Ticket>;\n${TYPED_EXPRESS}app.get('/tickets/:id', async (req: Request, res: Response) => {\n  const ticket = await load(String(req.params.id));\n  const payload = { id: ticket.id, holderPhone: '•••', holderEmail: ticket.holderEmail };\n  res.json(payload);\n});`,
      options: TYPED,
      errors: [response(8, 'contact', 'ticket.holderEmail', 'res.json')],
    },
  ],
});

// ORMs and NestJS guards (blind round 6).
const NEST = "import { Controller, Get, Post, UseGuards, UseInterceptors, ClassSerializerInterceptor, Req, Body } from '@nestjs/common';\nimport { Exclude } from 'class-transformer';\nimport { Column, Entity } from 'typeorm';\n";
const STAFF_ENTITY = "@Entity()\nexport class Staff {\n  @Column() id!: string;\n  @Column() email!: string;\n  @Column({ select: false }) password!: string;\n  @Exclude() @Column() badgePin!: string;\n}\n";
typedRuleTester.run('no-sensitive-response (typed, ORM entities and guards)', noSensitiveResponse, {
  valid: [
    {
      // A guard named for who may pass authenticates; `me` answers the caller's own row, read from
      // the database without the deselected password, the serializer dropping the excluded PIN.
      code: `${NEST}${STAFF_ENTITY}declare class StaffGuard {}\ndeclare const repo: { findStaffById(id: string): Promise<Staff> };\n@Controller('staff')\n@UseGuards(StaffGuard)\n@UseInterceptors(ClassSerializerInterceptor)\nexport class StaffController {\n  @Get('me')\n  me(@Req() req: { staff: { id: string } }) {\n    return repo.findStaffById(req.staff.id);\n  }\n}`,
      options: TYPED,
    },
    {
      // A sign-up answering the account it has just created: the caller typed it a moment ago.
      code: `interface Account { id: string; email: string; phone: string; banned: boolean }\ndeclare const accounts: { create(input: unknown): Promise<Account> };\n${TYPED_EXPRESS}app.post('/signup', async (req: Request, res: Response) => {\n  const account = await accounts.create(req.body);\n  res.status(201).json({ id: account.id, email: account.email, phone: account.phone, banned: account.banned });\n});`,
      options: TYPED,
    },
  ],
  invalid: [
    {
      // The same row to any signed-in employee by `:id`: staff endpoints are not exempt (policy point 2).
      code: `${NEST}${STAFF_ENTITY}declare class StaffGuard {}\ndeclare const repo: { findStaffById(id: string): Promise<Staff> };\n@Controller('staff')\n@UseGuards(StaffGuard)\n@UseInterceptors(ClassSerializerInterceptor)\nexport class StaffController {\n  @Get(':id')\n  one(@Req() req: { params: { id: string } }) {\n    return repo.findStaffById(req.params.id);\n  }\n}`,
      options: TYPED,
      errors: [expectError('sensitiveRecord' as const, 19, 'contact', 'response', 'repo.findStaffById(req.params.id)', 'return')],
    },
    {
      // A sign-up answering another record than the one it created is no echo.
      code: `interface Account { id: string; email: string }\ndeclare const accounts: { create(input: unknown): Promise<Account>; findReferrer(code: string): Promise<Account> };\n${TYPED_EXPRESS}app.post('/signup', async (req: Request, res: Response) => {\n  const referrer = await accounts.findReferrer(String(req.body.code));\n  res.status(201).json({ referrer: referrer.email });\n});`,
      options: TYPED,
      errors: [response(7, 'contact', 'referrer.email', 'res.status(201).json')],
    },
    {
      // MikroORM never serialises a `hidden` property (nor loads a `lazy` one by default): the e-mail goes, the hash does not.
      code: `import { Entity, Property } from '@mikro-orm/decorators/es';\n@Entity()\nexport class Member {\n  @Property() email!: string;\n  @Property({ hidden: true, lazy: true }) passwordHash!: string;\n}\ndeclare function load(id: string): Promise<Member>;\n${TYPED_EXPRESS}app.get('/members/:id', async (req: Request, res: Response) => {\n  res.json(await load(String(req.params.id)));\n});`,
      options: TYPED,
      errors: [expectError('sensitiveRecord' as const, 11, 'contact', 'response', 'load(String(req.params.id))', 'res.json')],
    },
    {
      // A record's \`country\` is no phone's calling code, even when the record also holds a phone (policy point 3 needs the phone itself).
      code: `interface Freelancer { id: string; phone: string; country: string }\ndeclare function load(id: string): Promise<Freelancer>;\n${TYPED_EXPRESS}app.get('/freelancers/:id', async (req: Request, res: Response) => {\n  const freelancer = await load(String(req.params.id));\n  res.json({ country: freelancer.country, phone: freelancer.phone });\n});`,
      options: TYPED,
      errors: [expectError('sensitiveResponse' as const, 7, 'phone', 'response', 'freelancer.phone', 'res.json')],
    },
    {
      // `@nestjs/mongoose` leaves a `@Prop({ select: false })` out of every read: the hash is not sent, the e-mail is.
      code: `import { Prop, Schema } from '@nestjs/mongoose';\n@Schema()\nexport class Guest {\n  @Prop() email!: string;\n  @Prop({ select: false }) passwordHash!: string;\n}\ndeclare function load(id: string): Promise<Guest>;\n${TYPED_EXPRESS}app.get('/guests/:id', async (req: Request, res: Response) => {\n  res.json(await load(String(req.params.id)));\n});`,
      options: TYPED,
      errors: [expectError('sensitiveRecord' as const, 11, 'contact', 'response', 'load(String(req.params.id))', 'res.json')],
    },
  ],
});

// Query projections in the handler (core's `mongoose-select`, `typeorm-select`).
const QUERIES = "interface IUser { id: string; name: string; email: string; password: string }\ninterface Query<T> { select(spec: string | Record<string, 0 | 1>): Query<T>; lean(): Promise<T>; exec(): Promise<T> }\ndeclare const User: { findById(id: string): Query<IUser> };\ndeclare const users: { find(options: { select: Partial<Record<keyof IUser, boolean>> }): Promise<IUser[]> };\n";
typedRuleTester.run('no-sensitive-response (typed, query projections)', noSensitiveResponse, {
  valid: [
    {
      code: `${QUERIES}${TYPED_EXPRESS}app.get('/users/:id', async (req: Request, res: Response) => {\n  res.json(await User.findById(String(req.params.id)).select('name').lean());\n});`,
      options: TYPED,
    },
    {
      code: `${QUERIES}${TYPED_EXPRESS}app.get('/users/:id', async (req: Request, res: Response) => {\n  const user = await User.findById(String(req.params.id)).select({ email: 0, password: 0 }).exec();\n  res.json(user);\n});`,
      options: TYPED,
    },
    {
      code: `${QUERIES}${TYPED_EXPRESS}app.get('/users', async (req: Request, res: Response) => {\n  const rows = await users.find({ select: { id: true, name: true, email: false } });\n  res.json(rows);\n});`,
      options: TYPED,
    },
  ],
  invalid: [
    {
      // A denylist removes only what it names: the e-mail still goes (policy point 7).
      code: `${QUERIES}${TYPED_EXPRESS}app.get('/users/:id', async (req: Request, res: Response) => {\n  const user = await User.findById(String(req.params.id)).select('-password').lean();\n  res.json({ user });\n});`,
      options: TYPED,
      errors: [expectError('sensitiveRecord' as const, 9, 'contact', 'response', "User.findById(String(req.params.id)).select('…').lean()", 'res.json')],
    },
    {
      code: `${QUERIES}${TYPED_EXPRESS}app.get('/users', async (req: Request, res: Response) => {\n  const rows = await users.find({ select: { id: true, email: true } });\n  res.json({ rows });\n});`,
      options: TYPED,
      errors: [response(9, 'contact', 'email', 'res.json')],
    },
  ],
});


// Blind round 8: owner scope through a helper of the file, and masks that keep no digit.
const CALLER_HELPER = `${EXPRESS}function readCallerId(req) {\n  const id = req.session.userId;\n  if (!id) throw new Error('sign-in must run first');\n  return id;\n}\n`;
ruleTester.run('no-sensitive-response (caller helpers, digit-free masks)', noSensitiveResponse, {
  valid: [
    // `readCallerId` returns the session's id, so the lookup reads the caller's own record (policy point 2).
    `${CALLER_HELPER}app.get('/me', async (req, res) => {\n  const user = await findUserById(readCallerId(req));\n  res.json({ email: user.email, phone: user.phone, status: user.accountStatus });\n});`,
    `${EXPRESS}const callerOf = (req) => req.session.userId;\napp.get('/profile', async (req, res) => {\n  const user = await findUserById(callerOf(req));\n  res.json({ email: user.email });\n});`,
    // Every digit replaced by a constant, on either side of a conditional: the mask shows no digit (policy point 4).
    `${EXPRESS}app.post('/recovery/options', async (req, res) => {\n  const row = await findByEmail(req.body.email);\n  const maskedPhone = row ? row.phone.replace(/\\d/g, '•') : '•••• ••••';\n  res.status(202).json({ maskedPhone });\n});`,
    `${EXPRESS}app.post('/recovery/options', async (req, res) => {\n  const row = await findByEmail(req.body.email);\n  const phoneMask = row.phone.replaceAll(/[0-9]/g, '*');\n  res.status(202).json({ phoneMask });\n});`,
  ],
  invalid: [
    {
      // A credential stays a finding in the caller's own record (policy point 1).
      code: `${CALLER_HELPER}app.get('/me', async (req, res) => {\n  const user = await findUserById(readCallerId(req));\n  res.json({ hash: user.passwordHash });\n});`,
      errors: [response(10, 'credential', 'user.passwordHash', 'res.json')],
    },
    {
      // A helper that returns what the caller picked (the path) proves nothing.
      code: `${EXPRESS}function readTargetId(req) {\n  return req.params.id;\n}\napp.get('/users/:id', async (req, res) => {\n  const user = await findUserById(readTargetId(req));\n  res.json({ email: user.email });\n});`,
      errors: [response(8, 'contact', 'user.email', 'res.json')],
    },
    {
      // One of its answers is the caller's own id, the other is whatever the query string says.
      code: `${EXPRESS}function pickId(req) {\n  if (req.query.id) return req.query.id;\n  return req.session.userId;\n}\napp.get('/me', async (req, res) => {\n  const user = await findUserById(pickId(req));\n  res.json({ phone: user.phone });\n});`,
      errors: [response(9, 'phone', 'user.phone', 'res.json')],
    },
    {
      // The same, with the caller's pick returned from inside a loop.
      code: `${EXPRESS}function pickId(req) {\n  for (const key of ['id', 'userId']) {\n    if (req.query[key]) return req.query[key];\n  }\n  return req.session.userId;\n}\napp.get('/me', async (req, res) => {\n  const user = await findUserById(pickId(req));\n  res.json({ phone: user.phone });\n});`,
      errors: [response(11, 'phone', 'user.phone', 'res.json')],
    },
    {
      // Keeps the last two digits: still a phone fragment to an anonymous caller.
      code: `${EXPRESS}app.post('/recovery/options', async (req, res) => {\n  const row = await findByEmail(req.body.email);\n  const maskedPhone = row ? row.phone.replace(/\\d(?=\\d{2})/g, '•') : '•••• ••••';\n  res.status(202).json({ maskedPhone });\n});`,
      errors: [response(6, 'phone-fragment', "row.phone.replace(/\\d(?=\\d{2})/g, '…')", 'res.status(202).json')],
    },
    {
      // Not global: only the first digit is replaced.
      code: `${EXPRESS}app.post('/recovery/options', async (req, res) => {\n  const row = await findByEmail(req.body.email);\n  const maskedPhone = row ? row.phone.replace(/\\d/, '•') : '•••• ••••';\n  res.status(202).json({ maskedPhone });\n});`,
      errors: [response(6, 'phone-fragment', "row.phone.replace(/\\d/, '…')", 'res.status(202).json')],
    },
  ],
});

// Code-first GraphQL (NestJS, type-graphql), blind round 9: the route decorator names the output
// class, and only its `@Field()` properties go out (policy point 7).
const NEST_GQL = "import { UseGuards } from '@nestjs/common';\nimport { Args, Context, Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';\n";
const MEMBER_CARD = '@ObjectType()\nclass MemberCard {\n  @Field() id!: string;\n  @Field() displayName!: string;\n  @Field() email!: string;\n  phone!: string;\n}\n';
ruleTester.run('no-sensitive-response (code-first GraphQL)', noSensitiveResponse, {
  valid: [
    // A property without `@Field()` is not in the schema, so the resolver's `phone` never goes out.
    `${NEST_GQL}@ObjectType()\nclass PublicCard {\n  @Field() id!: string;\n  @Field() displayName!: string;\n  phone!: string;\n}\n@Resolver(() => PublicCard)\nexport class MembersResolver {\n  @Query(() => PublicCard)\n  member(@Args('id') id: string) {\n    const row = this.members.byId(id);\n    return { id: row.id, displayName: row.displayName, phone: row.phone };\n  }\n}`,
    // A list of the same type is projected the same way.
    `${NEST_GQL}@ObjectType()\nclass PublicCard {\n  @Field() id!: string;\n}\n@Resolver()\nexport class MembersResolver {\n  @Query(() => [PublicCard], { nullable: true })\n  members() {\n    return this.rows.map((row) => ({ id: row.id, phone: row.phone }));\n  }\n}`,
    // `@Args()` is what the caller typed: echoing the e-mail back tells them nothing new.
    `${NEST_GQL}${MEMBER_CARD}@Resolver()\nexport class NewsletterResolver {\n  @Mutation(() => MemberCard)\n  subscribe(@Args('input') input: { email: string }) {\n    return { id: 'sub_1', email: input.email };\n  }\n}`,
    // The signed-in caller's own record, keyed by the user the guard put on the context's request.
    `${NEST_GQL}${MEMBER_CARD}@Resolver()\nexport class ViewerResolver {\n  @Query(() => MemberCard)\n  @UseGuards(GqlAuthGuard)\n  viewerCard(@Context() ctx) {\n    const user = this.members.byId(ctx.req.user.memberId);\n    return { id: user.id, email: user.email };\n  }\n}`,
    // A field named `me` behind the guard is the owner's own profile (policy point 2).
    `${NEST_GQL}@ObjectType()\nclass MeCard {\n  @Field() email!: string;\n  @Field() phone!: string;\n}\n@Resolver()\nexport class MeResolver {\n  @Query(() => MeCard)\n  @UseGuards(GqlAuthGuard)\n  me(@Context() ctx) {\n    const user = this.members.byId(ctx.req.user.id);\n    return { email: user.email, phone: user.phone };\n  }\n}`,
    // A token a sign-in mutation has just issued through @nestjs/jwt (policy point 1).
    `${NEST_GQL}@ObjectType()\nclass SessionCard {\n  @Field() accessToken!: string;\n}\n@Resolver()\nexport class SessionResolver {\n  @Mutation(() => SessionCard)\n  async signIn(@Args('input') input: { email: string; password: string }) {\n    const row = this.repo.findByEmail(input.email);\n    return { accessToken: await this.jwt.signAsync({ sub: row.id }) };\n  }\n}`,
  ],
  invalid: [
    {
      // The schema exposes the e-mail: it goes out, the undecorated phone does not.
      code: `${NEST_GQL}${MEMBER_CARD}@Resolver(() => MemberCard)\nexport class MembersResolver {\n  @Query(() => MemberCard)\n  @UseGuards(GqlAuthGuard)\n  member(@Args('id') id: string) {\n    const row = this.members.byId(id);\n    return { id: row.id, email: row.email, phone: row.phone };\n  }\n}`,
      errors: [response(16, 'contact', 'row.email', 'return')],
    },
    {
      // A scalar output sends the whole value.
      code: `${NEST_GQL}@Resolver()\nexport class MembersResolver {\n  @Query(() => String)\n  memberPhone(@Args('id') id: string) {\n    return this.members.byId(id).phone;\n  }\n}`,
      errors: [response(7, 'phone', 'this.members.byId(id).phone', 'return')],
    },
    {
      // Owner scope does not cover a credential the schema exposes (policy point 1).
      code: `${NEST_GQL}@ObjectType()\nclass MeCard {\n  @Field() email!: string;\n  @Field() apiKey!: string;\n}\n@Resolver()\nexport class MeResolver {\n  @Query(() => MeCard)\n  @UseGuards(GqlAuthGuard)\n  me(@Context() ctx) {\n    const user = this.members.byId(ctx.req.user.id);\n    return { email: user.email, apiKey: user.apiKey };\n  }\n}`,
      errors: [response(14, 'credential', 'user.apiKey', 'return')],
    },
    {
      // Decorators from another module are no schema: nothing is projected away.
      code: `import { Query, Resolver } from '@nestjs/graphql';\nimport { Field, ObjectType } from './decorators.js';\n@ObjectType()\nclass PublicCard {\n  @Field() id!: string;\n}\n@Resolver()\nexport class MembersResolver {\n  @Query(() => PublicCard)\n  member() {\n    return { id: row.id, phone: row.phone };\n  }\n}`,
      errors: [response(11, 'phone', 'row.phone', 'return')],
    },
    {
      // Someone else's address, found by what the caller typed, is no echo.
      code: `${NEST_GQL}${MEMBER_CARD}@Resolver()\nexport class LookupResolver {\n  @Query(() => MemberCard)\n  lookup(@Args('phone') phone: string) {\n    const owner = this.members.byPhone(phone);\n    return { id: owner.id, email: owner.email };\n  }\n}`,
      errors: [response(15, 'contact', 'owner.email', 'return')],
    },
    {
      // A context id that is not the authenticated user's proves nothing.
      code: `${NEST_GQL}${MEMBER_CARD}@Resolver()\nexport class ViewerResolver {\n  @Query(() => MemberCard)\n  @UseGuards(GqlAuthGuard)\n  viewerCard(@Context() ctx) {\n    const user = this.members.byId(ctx.req.query.memberId);\n    return { id: user.id, email: user.email };\n  }\n}`,
      errors: [response(16, 'contact', 'user.email', 'return')],
    },
  ],
});

// The same with types: the output class is read from its declaration in another module.
const GQL_TYPED =
  "import { UseGuards } from '@nestjs/common';\nimport { Args, Context, Query, Resolver } from '@nestjs/graphql';\nimport { MemberCard, MemberDetails, PlainCard } from './graphql-types.js';\ninterface MemberRow { id: string; displayName: string; email: string; phone: string; passwordHash: string; dateOfBirth: string; suspended: boolean }\ndeclare function load(id: string): MemberRow | undefined;\ndeclare function loadAll(): Promise<MemberRow[]>;\ndeclare class GqlAuthGuard {}\n";
typedRuleTester.run('no-sensitive-response (typed, code-first GraphQL)', noSensitiveResponse, {
  valid: [
    {
      // The owner's own record through a schema exposing the e-mail: not a finding.
      code: `${GQL_TYPED}@Resolver()\nexport class MeResolver {\n  @Query(() => MemberCard)\n  @UseGuards(GqlAuthGuard)\n  me(@Context() ctx: { req: { user: { memberId: string } } }) {\n    return load(ctx.req.user.memberId);\n  }\n}`,
      options: TYPED,
    },
  ],
  invalid: [
    {
      // A whole row by any id: only the schema's e-mail goes out, not the hash, the phone or the birth date.
      code: `${GQL_TYPED}@Resolver()\nexport class MembersResolver {\n  @Query(() => MemberCard)\n  @UseGuards(GqlAuthGuard)\n  member(@Args('id') id: string) {\n    return load(id);\n  }\n}`,
      options: TYPED,
      errors: [expectError('sensitiveRecord' as const, 13, 'contact', 'response', 'load(id)', 'return')],
    },
    {
      // Inherited fields count: `MemberDetails` adds the date of birth to `MemberCard`'s e-mail.
      code: `${GQL_TYPED}@Resolver()\nexport class MembersResolver {\n  @Query(() => [MemberDetails])\n  @UseGuards(GqlAuthGuard)\n  members() {\n    return loadAll();\n  }\n}`,
      options: TYPED,
      errors: [
        expectError('sensitiveRecord' as const, 13, 'contact', 'response', 'loadAll()', 'return'),
        expectError('sensitiveRecord' as const, 13, 'other-pii', 'response', 'loadAll()', 'return'),
      ],
    },
    {
      // A class without `@ObjectType()` is no schema: the whole row goes out.
      code: `${GQL_TYPED}@Resolver()\nexport class MembersResolver {\n  @Query(() => PlainCard)\n  @UseGuards(GqlAuthGuard)\n  member(@Args('id') id: string) {\n    return load(id);\n  }\n}`,
      options: TYPED,
      errors: [
        expectError('sensitiveRecord' as const, 13, 'credential', 'response', 'load(id)', 'return'),
        expectError('sensitiveRecord' as const, 13, 'phone', 'response', 'load(id)', 'return'),
        expectError('sensitiveRecord' as const, 13, 'contact', 'response', 'load(id)', 'return'),
        expectError('sensitiveRecord' as const, 13, 'other-pii', 'response', 'load(id)', 'return'),
      ],
    },
  ],
});

ruleTester.run('no-sensitive-response (the project own middleware in the file)', noSensitiveResponse, {
  valid: [
    // Koa: the middleware throws 401 without a session, so `/me` is the signed-in tenant's own profile.
    "import Router from '@koa/router';\nconst router = new Router();\nasync function requireTenant(ctx, next) {\n  if (ctx.session?.tenantId === undefined) ctx.throw(401);\n  await next();\n}\nrouter.get('/me', requireTenant, async (ctx) => {\n  const row = await findTenant(ctx.session.tenantId);\n  ctx.body = { email: row.email, phone: row.phone };\n});",
    // Express: an arrow middleware that answers 401 and returns, used for the whole router.
    `${EXPRESS}const mustBeSignedIn = (req, res, next) => {\n  if (!req.session.accountId) {\n    res.status(401).json({ error: 'sign in' });\n    return;\n  }\n  next();\n};\napp.use(mustBeSignedIn);\napp.get('/me/contact', async (req, res) => {\n  const account = await accounts.byId(req.session.accountId);\n  res.json({ email: account.email });\n});`,
  ],
  invalid: [
    {
      // The middleware only logs: nothing turns an anonymous caller away.
      code: "import Router from '@koa/router';\nconst router = new Router();\nasync function auditTenant(ctx, next) {\n  if (ctx.session?.tenantId === undefined) console.info('anonymous');\n  await next();\n}\nrouter.get('/tenants/:id', auditTenant, async (ctx) => {\n  const row = await findTenant(ctx.params.id);\n  ctx.body = { email: row.email };\n});",
      errors: [response(9, 'contact', 'row.email', 'ctx.body')],
    },
    {
      // A 400 for a missing field is validation, not authentication.
      code: `${EXPRESS}function needsEmail(req, res, next) {\n  if (!req.query.email) return res.status(400).end();\n  next();\n}\napp.get('/lookup', needsEmail, async (req, res) => {\n  const member = await members.byEmail(String(req.query.email));\n  res.json({ phone: member.phone });\n});`,
      errors: [response(9, 'phone', 'member.phone', 'res.json')],
    },
  ],
});

ruleTester.run('no-sensitive-response (a lookup keyed by the session the handler checked)', noSensitiveResponse, {
  valid: [
    {
      // The project's own session helper, checked with a 401: the record read by its id is the caller's, whatever `[ref]` picks.
      code: "import { NextResponse } from 'next/server';\nimport { readSession } from '@/lib/session';\nexport async function PATCH(request, { params }) {\n  const session = await readSession();\n  if (!session) return NextResponse.json({ error: 'sign in' }, { status: 401 });\n  const user = await findClientById(session.clientId);\n  return NextResponse.json({ contact: { email: user?.email, phone: user?.phone } });\n}",
      filename: 'app/api/bookings/[ref]/route.ts',
    },
  ],
  invalid: [
    {
      // Keyed by the route's parameter: any client's contact details.
      code: "import { NextResponse } from 'next/server';\nimport { readSession } from '@/lib/session';\nexport async function GET(request, { params }) {\n  const session = await readSession();\n  if (!session) return NextResponse.json({ error: 'sign in' }, { status: 401 });\n  const { id } = await params;\n  const user = await findClientById(id);\n  return NextResponse.json({ email: user?.email });\n}",
      filename: 'app/api/clients/[id]/route.ts',
      errors: [response(8, 'contact', 'user?.email', 'NextResponse.json')],
    },
    {
      // The session is read but never checked: an anonymous caller gets whatever `session.clientId` is.
      code: "import { NextResponse } from 'next/server';\nimport { readSession } from '@/lib/session';\nexport async function GET(request, { params }) {\n  const session = await readSession();\n  const user = await findClientById(session?.clientId ?? String(new URL(request.url).searchParams.get('id')));\n  return NextResponse.json({ email: user?.email });\n}",
      filename: 'app/api/bookings/[ref]/route.ts',
      errors: [response(6, 'contact', 'user?.email', 'NextResponse.json')],
    },
  ],
});

typedRuleTester.run('no-sensitive-response (typed: the caller own record through destructuring)', noSensitiveResponse, {
  valid: [
    {
      // Hono's `jwt` on the sub-app, the row read by the token's subject, the hash left out by rest destructuring.
      code: "import { Hono } from 'hono';\nimport { jwt } from 'hono/jwt';\ninterface ResidentRow { id: string; email: string; phone: string; password_hash: string }\ndeclare function findResidentById(id: string): Promise<ResidentRow | undefined>;\nexport const me = new Hono<{ Variables: { jwtPayload: { sub: string } } }>();\nme.use('*', jwt({ secret: 'example', alg: 'HS256' }));\nme.get('/', async (c) => {\n  const row = await findResidentById(c.get('jwtPayload').sub);\n  if (!row) return c.json({ error: 'not found' }, 404);\n  const { password_hash, ...profile } = row;\n  return c.json(profile);\n});",
      options: TYPED,
    },
  ],
  invalid: [],
});

ruleTester.run('no-sensitive-response (a record destructured from a lookup by the path)', noSensitiveResponse, {
  valid: [],
  invalid: [
    {
      // The same destructuring of a row read by the path's id: any resident's contact details.
      code: "import { Hono } from 'hono';\nimport { jwt } from 'hono/jwt';\nexport const wardens = new Hono();\nwardens.use('*', jwt({ secret: 'example', alg: 'HS256' }));\nwardens.get('/residents/:id', async (c) => {\n  const row = await findResidentById(c.req.param('id'));\n  const { password_hash, ...profile } = row;\n  return c.json({ email: profile.email });\n});",
      errors: [response(8, 'contact', 'profile.email', 'c.json')],
    },
  ],
});
