import { noSensitiveLog } from './no-sensitive-log.js';
import { TYPED, createRuleTester, createTypedRuleTester, expectError } from '../test-helpers.js';

const ruleTester = createRuleTester();
const log = (line: number, category: string, expression: string, target: string) =>
  expectError('sensitiveLog' as const, line, category, 'log', expression, target);

ruleTester.run('no-sensitive-log', noSensitiveLog, {
  valid: [
    // A body read the same way on a route that takes no credential.
    { code: "import { NextResponse } from 'next/server';\nexport async function POST(req) {\n  const body = await req.json();\n  console.info('feedback', body.rating);\n  return NextResponse.json({ ok: true });\n}", filename: 'app/api/feedback/route.ts' },
    // Where the server listens is no person's address, whatever the binding is called.
    "import Fastify from 'fastify';\nimport pino from 'pino';\nconst logger = pino();\nconst app = Fastify();\nconst address = await app.listen({ port: 3000 });\nlogger.info({ address }, 'listening');",
    "import pino from 'pino';\nconst logger = pino();\nconst email = 'support@example.com';\nlogger.info({ email }, 'support inbox configured');",
    // A named header is read off the request's headers and carries only itself.
    "import express from 'express';\nconst app = express();\napp.get('/x', (req, res) => {\n  logger.info({ ua: req.headers['user-agent'], host: req.headers.host }, 'request');\n  res.end();\n});",
    // Tricky negatives: words, flags, policies, hashes, lengths, order status, masks.
    "console.log('password reset email sent');",
    "console.error('invalid password');",
    'console.log(user.hasPassword);',
    'console.log({ passwordResetSent: true, emailVerified: user.emailVerified });',
    "logger.info('order updated', { status: order.status, orderId: order.id });",
    "import { createHash } from 'node:crypto';\nconsole.log(createHash('sha256').update(user.email).digest('hex'));",
    'console.log(sha256(user.email));',
    'console.log(user.password.length);',
    'const passwordPolicy = loadPolicy();\nconsole.log(passwordPolicy);',
    'logger.warn({ userId: user.id, locked: user.isLocked }, "login refused");',
    'logger.info({ hint: maskPhone(user.phone) });',
    'console.log(typeof password, Boolean(user.apiKey), user.email === input);',
    "console.log(card.last4, `card ending ${payment.cardLast4}`);",
    'Math.log(password);',
    'function toSummary(u) { return { id: u.id, plan: u.plan }; }\nconsole.log(toSummary(user));',
    "import { pick } from 'lodash';\nconsole.log(pick(user, ['id', 'name']));",
    "function audit(event, fields) { logger.info(event, fields); }\naudit('login', { userId: 1, outcome: 'ok' });",
    'const { password, ...safe } = { password: input.password, name: input.name };\nlogger.info(safe);',
    "console.log(user.phone.replace(/\\d/g, '*'));",
    'logger.info(`user ${user.id} signed in from ${user.city}`);',
    { code: 'console.log(user.password);', filename: 'src/auth.test.ts' },
    { code: 'console.log(user.password);', filename: 'src/__tests__/auth.ts' },
    'const jobStatus = queue.status;\nlogger.info({ jobStatus, serverStatus: health.status });',
  ],
  invalid: [
    {
      // The body a file-routed login reads with `request.json()` is a credential as a whole.
      code: "import { NextResponse } from 'next/server';\nexport async function POST(req) {\n  const body = await req.json();\n  console.info('login attempt', body);\n  return NextResponse.json({ ok: true });\n}",
      filename: 'app/api/auth/login/route.ts',
      errors: [log(4, 'credential', 'req.json()', 'console.info')],
    },
    {
      // So is Hono's `c.req.json()` on a sign-up route, and the arguments of a GraphQL `signIn` mutation.
      code: "import { Hono } from 'hono';\nconst app = new Hono();\napp.post('/api/signup', async (c) => {\n  const body = await c.req.json();\n  console.log('signup request', body);\n  return c.json({ ok: true });\n});",
      errors: [log(5, 'credential', 'c.req.json()', 'console.log')],
    },
    {
      code: "export const resolvers = {\n  Mutation: {\n    async signIn(_parent, args) {\n      console.debug('graphql signIn', args);\n      return null;\n    },\n  },\n};",
      errors: [log(4, 'credential', 'args', 'console.debug')],
    },
    {
      // A geocoded address is a person's address, named by its binding.
      code: "import pino from 'pino';\nconst logger = pino();\nexport async function save(req) {\n  const address = await geocode(req.body.location);\n  logger.info({ address }, 'geocoded');\n}",
      errors: [log(5, 'contact', 'address', 'logger.info')],
    },
    {
      // A token made here is still a secret in a log: issuing it to the caller is not logging it.
      code: "import { randomBytes } from 'node:crypto';\nconst token = randomBytes(32).toString('hex');\nlogger.debug(`reset link: https://example.com/reset?token=${token}`);",
      errors: [log(3, 'credential', 'token', 'logger.debug')],
    },
    { code: 'console.log(user.password);', errors: [log(1, 'credential', 'user.password', 'console.log')] },
    {
      // Whole request headers, also in an error-handling middleware: the caller's Authorization and Cookie.
      code: "import express from 'express';\nconst app = express();\napp.use((err, req, res, next) => {\n  logger.error({ err, headers: req.headers }, 'unhandled');\n  res.status(500).end();\n});",
      errors: [log(4, 'credential', 'req.headers.authorization', 'logger.error')],
    },
    {
      code: "import pino from 'pino';\nconst logger = pino();\nlogger.info({ user: { phone: row.phone } }, 'loaded');",
      errors: [log(3, 'phone', 'row.phone', 'logger.info')],
    },
    {
      code: "import pino from 'pino';\nconst base = pino();\nconst child = base.child({ requestId });\nchild.warn(body.ssn);",
      errors: [log(4, 'government-id', 'body.ssn', 'child.warn')],
    },
    {
      code: "import winston from 'winston';\nconst logger = winston.createLogger({});\nlogger.error(`failed for ${user.email}`);",
      errors: [log(3, 'contact', 'user.email', 'logger.error')],
    },
    { code: "import winston from 'winston';\nwinston.info('card', card.cardNumber);", errors: [log(2, 'financial', 'card.cardNumber', 'winston.info')] },
    {
      code: "import bunyan from 'bunyan';\nconst audit = bunyan.createLogger({ name: 'billing' });\naudit.warn({ iban: account.iban });",
      errors: [log(3, 'financial', 'account.iban', 'audit.warn')],
    },
    {
      code: "import createDebug from 'debug';\nconst debug = createDebug('app:users');\ndebug('loaded %o', user.dateOfBirth);",
      errors: [log(3, 'other-pii', 'user.dateOfBirth', 'debug')],
    },
    {
      code: "import log4js from 'log4js';\nconst logger = log4js.getLogger('users');\nlogger.info(person.ssn);",
      errors: [log(3, 'government-id', 'person.ssn', 'logger.info')],
    },
    {
      code: "import { Logger } from '@nestjs/common';\nclass UsersService {\n  private readonly logger = new Logger(UsersService.name);\n  reset(u) {\n    this.logger.log(`reset for ${u.resetToken}`);\n  }\n}",
      errors: [log(5, 'credential', 'u.resetToken', 'this.logger.log')],
    },
    { code: 'process.stdout.write(JSON.stringify({ token: session.accessToken }));', errors: [log(1, 'credential', 'session.accessToken', 'process.stdout.write')] },
    {
      code: 'const secret = req.headers.authorization;\nconst copy = secret;\nconsole.log(copy);',
      errors: [log(3, 'credential', 'req.headers.authorization', 'console.log')],
    },
    { code: 'const { password } = form;\nconsole.log(password);', errors: [log(2, 'credential', 'form.password', 'console.log')] },
    {
      code: 'const base = { email: input.email };\nlogger.info({ ...base, ok: true });',
      errors: [log(2, 'contact', 'input.email', 'logger.info')],
    },
    { code: 'console.log(`token=${session.refreshToken}`);', errors: [log(1, 'credential', 'session.refreshToken', 'console.log')] },
    { code: "function check(password) {\n  console.log('pw: ' + password);\n}", errors: [log(2, 'credential', 'password', 'console.log')] },
    { code: 'console.log(JSON.stringify({ ssn: person.ssn }));', errors: [log(1, 'government-id', 'person.ssn', 'console.log')] },
    {
      code: "import util from 'node:util';\nconsole.log(util.format('%s', user.phoneNumber));",
      errors: [log(2, 'phone', 'user.phoneNumber', 'console.log')],
    },
    { code: "console.log(verbose ? user.email : 'n/a');", errors: [log(1, 'contact', 'user.email', 'console.log')] },
    { code: 'console.log(user?.profile?.email);', errors: [log(1, 'contact', 'user?.profile?.email', 'console.log')] },
    { code: 'async function f() {\n  const secret = await vault.read();\n  console.log(secret);\n}', errors: [log(3, 'credential', 'secret', 'console.log')] },
    { code: 'console.log(users.map((u) => u.email));', errors: [log(1, 'contact', 'u.email', 'console.log')] },
    {
      code: 'const emails = rows.filter((r) => r.active).map((r) => r.email);\nlogger.info({ emails });',
      errors: [log(2, 'contact', 'r.email', 'logger.info')],
    },
    {
      code: 'function describe(u) {\n  return `${u.name} <${u.email}>`;\n}\nlogger.info(describe(user));',
      errors: [log(4, 'contact', 'u.email', 'logger.info')],
    },
    {
      code: "function audit(event, fields) {\n  logger.info({ event, ...fields });\n}\naudit('signup', { email: body.email });",
      errors: [log(4, 'contact', 'body.email', 'audit → logger.info')],
    },
    {
      code: 'function logUser(u) {\n  logger.info(u.email);\n}\nlogUser(user);',
      errors: [log(2, 'contact', 'u.email', 'logger.info')],
    },
    { code: 'console.log(process.env.STRIPE_SECRET_KEY);', errors: [log(1, 'credential', 'process.env.STRIPE_SECRET_KEY', 'console.log')] },
    {
      code: 'logger.info({ email: u.email, phone: u.phone });',
      errors: [log(1, 'contact', 'u.email', 'logger.info'), log(1, 'phone', 'u.phone', 'logger.info')],
    },
    { code: "let message = 'start';\nmessage = user.ssn;\nconsole.log(message);", errors: [log(3, 'government-id', 'user.ssn', 'console.log')] },
    {
      code: 'function notify(emails: string[]) {\n  for (const e of emails) console.log(e);\n}',
      errors: [log(2, 'contact', 'emails', 'console.log')],
    },
    { code: "console.log('login from ' + req.ip);", errors: [log(1, 'other-pii', 'req.ip', 'console.log')] },
    { code: 'console.table(users.map((u) => ({ id: u.id, ssn: u.ssn })));', errors: [log(1, 'government-id', 'u.ssn', 'console.table')] },
    {
      code: "import express from 'express';\nconst app = express();\napp.get('/search', (req, res) => {\n  req.log.info({ email: req.query.email });\n  res.sendStatus(204);\n});",
      errors: [log(4, 'contact', 'req.query.email', 'req.log.info')],
    },
    {
      code: 'const apiKey = generateApiKey();\nlogger.info({ apiKey });',
      errors: [log(2, 'credential', 'apiKey', 'logger.info')],
    },
    {
      code: "import Fastify from 'fastify';\nconst app = Fastify();\napp.post('/signup', async (request) => {\n  request.log.info(request.body.password);\n  return { ok: true };\n});",
      errors: [log(4, 'credential', 'request.body.password', 'request.log.info')],
    },
    {
      code: "import createDebug from 'debug';\nconst debug = createDebug('app').extend('db');\ndebug(user.email);",
      errors: [log(3, 'contact', 'user.email', 'debug')],
    },
    { code: 'console.log(...[user.email]);', errors: [log(1, 'contact', 'user.email', 'console.log')] },
    {
      code: 'function check(user) {\n  const token = user.sessionToken;\n  if (token) logger.debug(token.trim());\n}',
      errors: [log(3, 'credential', 'user.sessionToken', 'logger.debug')],
    },
    { code: 'console.log(user.password);', filename: 'src/auth.test.ts', options: [{ includeTestFiles: true }], errors: [log(1, 'credential', 'user.password', 'console.log')] },
  ],
});

const typedRuleTester = createTypedRuleTester();

typedRuleTester.run('no-sensitive-log (typed)', noSensitiveLog, {
  valid: [
    {
      // A logger-shaped parameter of the project's own type is no logger.
      code: "interface Audit { info(...args: unknown[]): void }\nexport function f(sink: Audit, user: { password: string }) {\n  sink.info(user.password);\n}",
      options: TYPED,
    },
    {
      code: 'interface PublicUser { id: string; displayName: string }\ndeclare const logger: { info(...args: unknown[]): void };\nexport function f(user: PublicUser) { logger.info(user); }',
      options: TYPED,
    },
    {
      // Without type information a whole record says nothing: the typed preset is needed.
      code: 'interface User { id: string; passwordHash: string }\ndeclare const logger: { info(...args: unknown[]): void };\nexport function f(user: User) { logger.info(user); }',
    },
  ],
  invalid: [
    {
      // A logger handed in from another module is known by its declared type, whatever it is called.
      code: "import type { Logger } from 'pino';\nexport function f(sink: Logger, user: { password: string }) {\n  sink.info(user.password);\n}",
      options: TYPED,
      errors: [log(3, 'credential', 'user.password', 'sink.info')],
    },
    {
      code: 'interface User { id: string; passwordHash: string }\ndeclare const logger: { info(...args: unknown[]): void };\nexport function f(user: User) { logger.info(user); }',
      options: TYPED,
      errors: [log(3, 'credential', 'user', 'logger.info')],
    },
    {
      code: [
        'type Contact = { email: string };',
        'type Account = { id: string } & { contact: Contact };',
        'declare const repo: { all(): Promise<Account[]> };',
        'declare const logger: { info(...args: unknown[]): void };',
        'export async function f() {',
        '  const accounts = await repo.all();',
        '  logger.info({ accounts });',
        '}',
      ].join('\n'),
      options: TYPED,
      errors: [log(7, 'contact', 'repo.all()', 'logger.info')],
    },
  ],
});

const PINO = "import { pino } from 'pino';\n";

// pino `redact` paths honoured where they match the logged path (policy point 7), read from the logger's declaration.
typedRuleTester.run('no-sensitive-log (typed, pino redact)', noSensitiveLog, {
  valid: [
    {
      code: `${PINO}const log = pino({ redact: ['password', 'cardNumber'] });\nexport function f(body: { cardNumber: string; quantity: number }) {\n  log.info({ cardNumber: body.cardNumber, quantity: body.quantity }, 'order blocked');\n}`,
      options: TYPED,
    },
    {
      // The whole login body is logged, and its only credential, `password`, is censored.
      code: `${PINO}const logger = pino({ redact: { paths: ['body.password'], censor: '[redacted]' } });\ninterface LoginBody { handle: string; password: string }\nexport function f(body: LoginBody) {\n  logger.info({ body }, 'login attempt');\n}`,
      options: TYPED,
    },
  ],
  invalid: [
    {
      // pino matches paths exactly: a top-level `cardNumber` does not cover `card.cardNumber`.
      code: `${PINO}const log = pino({ redact: ['cardNumber'] });\nexport function f(body: { cardNumber: string }) {\n  log.info({ card: { cardNumber: body.cardNumber } });\n}`,
      options: TYPED,
      errors: [log(4, 'financial', 'body.cardNumber', 'log.info')],
    },
    {
      // Redacting one credential of the body leaves the other in the line.
      code: `${PINO}const logger = pino({ redact: ['body.password'] });\ninterface SignupBody { handle: string; password: string; inviteToken: string }\nexport function f(body: SignupBody) {\n  logger.info({ body });\n}`,
      options: TYPED,
      errors: [log(5, 'credential', 'body', 'logger.info')],
    },
    {
      // A logger that is not pino's redacts nothing, whatever its options say.
      code: `const log = makeLogger({ redact: ['cardNumber'] });\ndeclare function makeLogger(options: unknown): { info(...args: unknown[]): void };\nexport function f(body: { cardNumber: string }) {\n  log.info({ cardNumber: body.cardNumber });\n}`,
      options: TYPED,
      errors: [log(4, 'financial', 'body.cardNumber', 'log.info')],
    },
  ],
});

// Blind round 8: a provider's resource `sid` is an id; a session's or a cookie jar's `sid` is the session (core's classifier).
ruleTester.run('no-sensitive-log (sid)', noSensitiveLog, {
  valid: [
    "import pino from 'pino';\nconst logger = pino();\nconst sent = await sms.messages.create({ to: '+15550100', body: 'x' });\nlogger.info({ sid: sent.sid, messageSid: sent.sid }, 'reminder sent');",
  ],
  invalid: [
    {
      code: "import pino from 'pino';\nconst logger = pino();\nlogger.info({ value: req.session.sid }, 'session');",
      errors: [log(3, 'credential', 'req.session.sid', 'logger.info')],
    },
    {
      code: "import pino from 'pino';\nconst logger = pino();\nlogger.info({ value: req.cookies.sid }, 'cookies');",
      errors: [log(3, 'credential', 'req.cookies.sid', 'logger.info')],
    },
    {
      // express-session's cookie name.
      code: "import pino from 'pino';\nconst logger = pino();\nlogger.info({ value: req.cookies['connect.sid'] }, 'cookies');",
      errors: [log(3, 'credential', "req.cookies['…']", 'logger.info')],
    },
  ],
});

ruleTester.run('no-sensitive-log (every request header at once)', noSensitiveLog, {
  valid: [
    // One named header carries only itself.
    "import { Hono } from 'hono';\nconst app = new Hono();\napp.onError((error, c) => {\n  console.error('unhandled', { agent: c.req.header('user-agent'), message: error.message });\n  return c.json({ error: 'internal' }, 500);\n});",
    // The response's own headers are not the caller's.
    "import express from 'express';\nconst app = express();\napp.use((req, res, next) => {\n  res.on('finish', () => console.info('sent', res.getHeaders()));\n  next();\n});",
  ],
  invalid: [
    {
      // Hono's `header()` without a name returns them all, `Authorization` and `Cookie` included.
      code: "import { Hono } from 'hono';\nconst app = new Hono();\napp.onError((error, c) => {\n  console.error('unhandled', { path: c.req.path, headers: c.req.header(), message: error.message });\n  return c.json({ error: 'internal' }, 500);\n});",
      errors: [log(4, 'credential', 'c.req.header().authorization', 'console.error')],
    },
  ],
});
