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
    `${EXPRESS}app.post('/login', (req, res) => res.status(401).json({ error: 'Invalid email or password' }));`,
    `${EXPRESS}app.post('/forgot', (req, res) => res.json({ passwordResetSent: true, message: 'If the account exists, we sent a password reset email' }));`,
    `${EXPRESS}app.get('/orders/:id', (req, res) => res.json({ id: order.id, status: order.status, statusCode: 200 }));`,
    // Masks with no digits, card last four, hashes, projections.
    `${EXPRESS}app.get('/users/:id', (req, res) => res.json({ phoneHint: user.phone.replace(/\\d/g, '•') }));`,
    `${EXPRESS}app.get('/cards/:id', (req, res) => res.json({ last4: card.number.slice(-4) }));`,
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

typedRuleTester.run('no-sensitive-response (typed)', noSensitiveResponse, {
  valid: [
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
