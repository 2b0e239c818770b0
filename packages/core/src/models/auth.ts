import type { AuthModel } from './types.js';

/**
 * What makes a handler authenticated or owner-scoped. Staff and admin markers are deliberately
 * absent: an admin endpoint is authenticated but never owner-scoped (policy point 2).
 */
export const DEFAULT_AUTH_MODEL: AuthModel = {
  middleware: [
    'requireAuth',
    'requireAuthentication',
    'authenticate',
    'authenticated',
    'isAuthenticated',
    'ensureAuthenticated',
    'ensureLoggedIn',
    'requireLogin',
    'requireUser',
    'requireSession',
    'verifyToken',
    'verifyJwt',
    'verifyJWT',
    'authMiddleware',
    'authGuard',
    'withAuth',
    'passport.authenticate',
    'fastify.authenticate',
    'app.authenticate',
    'server.authenticate',
  ],
  // Also middleware named for who may pass (`requireAgent`, `requireStaff`, `ensureAdmin`), as for NestJS guards.
  middlewarePattern: '^(require|ensure|verify|check|validate|with)_?(auth|authenticated|authentication|login|loggedin|signin|signedin|session|token|jwt|user|bearer|apikey|staff|admin|agent|member|employee|customer|operator|moderator)',
  decorators: ['UseGuards', 'Authorized', 'Authenticated', 'Auth'],
  sessionPaths: [
    'req.user',
    'req.auth',
    'req.session.user',
    'req.session.userId',
    'request.user',
    'request.session.user',
    'request.session.userId',
    'ctx.state.user',
    'ctx.session.user',
    'ctx.session.userId',
    'ctx.user',
    "c.get('user')",
    "c.get('jwtPayload')",
    'c.var.user',
    'c.var.jwtPayload',
    'session.user',
    'session.userId',
    'session?.user',
  ],
  ownerPaths: ['/me', '/me/*', '/profile', '/profile/*', '/account', '/account/*', '/settings', '/settings/*', '/users/me', '/users/me/*', '/user/me', '/self'],
  moduleMiddleware: [
    { module: 'express-jwt', callee: 'expressjwt' },
    { module: 'express-jwt', callee: 'default', notes: 'express-jwt 6 and earlier: `jwt({ secret })` as the default export.' },
    { module: 'passport', callee: 'authenticate' },
    { module: '@clerk/express', callee: 'requireAuth' },
    { module: '@clerk/express', callee: 'clerkMiddleware', notes: 'Only attaches `req.auth`; a handler still needs a check of `getAuth(req).userId`.' },
    { module: '@clerk/nextjs/server', callee: 'clerkMiddleware' },
    { module: 'koa-jwt', callee: 'default' },
    { module: 'koa-passport', callee: 'authenticate' },
    { module: 'hono/jwt', callee: 'jwt' },
    { module: 'hono/bearer-auth', callee: 'bearerAuth' },
    { module: 'hono/basic-auth', callee: 'basicAuth' },
    { module: '@fastify/jwt', callee: 'jwtVerify' },
    { module: '@fastify/auth', callee: 'auth' },
    { module: 'next-auth/middleware', callee: 'withAuth' },
    { module: 'next-auth/middleware', callee: 'default' },
  ],
  sessionCalls: [
    { callee: 'request.jwtVerify' },
    { callee: 'req.jwtVerify' },
    { callee: 'req.isAuthenticated' },
    // Auth.js v5 exports `auth` from the project's own auth file, so no module can be required.
    { callee: 'auth' },
    { module: 'next-auth', callee: 'getServerSession' },
    { module: 'next-auth/next', callee: 'getServerSession' },
    { module: '@clerk/nextjs/server', callee: 'auth' },
    { module: '@clerk/nextjs/server', callee: 'currentUser' },
    { module: '@clerk/express', callee: 'getAuth' },
    { module: 'lucia', callee: 'validateSession' },
  ],
  hookNames: ['onRequest', 'preParsing', 'preValidation', 'preHandler'],
  guards: ['AuthGuard', 'JwtAuthGuard', 'SessionGuard', 'AuthenticatedGuard', 'ClerkAuthGuard'],
  // A guard named for who may pass (`StaffGuard`, `AdminGuard`, `ApiKeyGuard`) checks a session or a key;
  // rate limiting (`ThrottlerGuard`) and a bare `RolesGuard` (which reads what another guard set) do not.
  guardPattern: '^(?!\\w*Throttl)\\w*(Auth|Jwt|Session|Token|Login|Staff|User|Member|Account|Admin|Employee|Customer|ApiKey|Bearer|Passport|Clerk|Firebase|Supabase|Cognito|Keycloak|OAuth|Oidc|Sso|SignedIn|LoggedIn)\\w*Guard$',
  globalGuardTokens: ['APP_GUARD'],
  publicDecorators: ['Public', 'SkipAuth', 'AllowAnonymous', 'IsPublic', 'NoAuth', 'Anonymous'],
  protectedProcedurePattern: '^(protected|authed|authenticated|private|user|admin|staff)Procedure$',
  publicProcedurePattern: '^(public|anonymous|open)Procedure$|^procedure$|^t\\.procedure$',
  unauthorizedStatuses: [401, 403],
  ownerKeyPaths: [
    'req.user.id',
    'req.user.sub',
    'req.user.userId',
    'req.auth.sub',
    'req.auth.userId',
    'req.session.userId',
    'req.session.user.id',
    'request.user.id',
    'request.user.sub',
    'ctx.state.user.id',
    'ctx.state.user.sub',
    'ctx.user.id',
    'ctx.session.userId',
    'ctx.session.user.id',
    "c.get('user').id",
    "c.get('jwtPayload').sub",
    'c.var.user.id',
    'session.user.id',
    'session.userId',
    // tRPC and GraphQL contexts are built per request from the session: `ctx.userId`, `ctx.viewerId`.
    'ctx.userId',
    'ctx.viewerId',
    'ctx.viewer.id',
    // Express's `res.locals` is written only by the app's own middleware for this request, so an id
    // kept there (`res.locals.userId`, `res.locals.buyerId`) identifies the caller, never a record the caller picked.
    'res.locals.user.id',
    'res.locals.*Id',
  ],
  callerDecorators: ['CurrentUser', 'AuthUser', 'User', 'Session', 'ReqUser'],
  issuance: {
    paths: ['/login', '/signin', '/sign-in', '/auth/login', '/token', '/oauth/token', '/auth/token', '/refresh', '/auth/refresh', '/register', '/signup', '/sign-up', '/api-keys', '/apikeys', '/tokens', '/sessions'],
    // `signAsync`: @nestjs/jwt's `JwtService`, the promise twin of jsonwebtoken's `sign`; `jwtSign`: @fastify/jwt's `reply.jwtSign`.
    calls: ['jwt.sign', 'sign', 'signAsync', 'jwtSign', 'SignJWT', 'randomBytes', 'randomUUID', 'nanoid', 'createSession', 'generateToken', 'createToken', 'issueToken', 'generateApiKey', 'createApiKey', 'register', 'signUp', 'signup'],
    // Tokens, session ids and keys are handed out; passwords, hashes, seeds and card data never are,
    // so a sign-up's `created.passwordHash` stays a finding while `created.apiKey` is issued.
    issuedNamePattern: '^(?!.*(password|passwd|passcode|passphrase|hash|salt|seed|pin|cvv|otp)).*(token|session|sid|jwt|key|bearer)',
    callPattern: '^(issue|create|generate|mint|sign|open|start|new)[a-z]*(token|session|sessionid|jwt|apikey)$',
  },
  credentialBodies: {
    segments: ['login', 'signin', 'logon', 'register', 'signup', 'password', 'passwd', 'changepassword', 'updatepassword', 'setpassword', 'newpassword'],
    except: ['forgot', 'forgotpassword', 'reset', 'resetpassword', 'recover', 'recovery', 'passwordreset'],
  },
};

// Express/Koa `:id`, Fastify/OpenAPI `{id}`, Next.js `[id]`, wildcards.
function isParameterSegment(segment: string): boolean {
  return /^[:{[*]/.test(segment);
}

function splitPath(path: string): string[] {
  return path.split(/[?#]/)[0]?.split('/').filter((segment) => segment !== '') ?? [];
}

/**
 * Whether a route path serves only the caller's own record: it equals an owner path, possibly
 * below a mount prefix without parameters (`/api/v1/me`), and an owner path ending in `/*` also
 * covers what is below it (`/me/orders`). A parameter segment (`/users/:id`) never matches a
 * literal one.
 */
export function isOwnerPath(routePath: string, ownerPaths: readonly string[] = DEFAULT_AUTH_MODEL.ownerPaths): boolean {
  const route = splitPath(routePath);
  return ownerPaths.some((owner) => {
    const wildcard = owner.endsWith('/*');
    const segments = splitPath(wildcard ? owner.slice(0, -2) : owner);
    if (segments.length === 0) return false;
    // Try every start position so that a mount prefix before the owner path is allowed, but not a
    // prefix with a parameter: `/teams/:teamId/settings` is any team's settings, not the caller's.
    for (let start = 0; start + segments.length <= route.length; start++) {
      if (start > 0 && isParameterSegment(route[start - 1] ?? '')) break;
      const matches = segments.every((segment, i) => segment.toLowerCase() === route[start + i]?.toLowerCase());
      if (matches && (wildcard || start + segments.length === route.length)) return true;
    }
    return false;
  });
}

/**
 * Writes a member expression the way `ownerKeyPaths` spell it: `ctx.state['user'].id` and
 * `ctx.state?.user.id` become `ctx.state.user.id`; other code is returned without whitespace.
 */
export function normalizeOwnerKey(expression: string): string {
  return expression
    .replace(/\s+/g, '')
    .replace(/\?\./g, '.')
    .replace(/\[(['"`])([A-Za-z_$][\w$]*)\1\]/g, '.$2')
    .replace(/!(?=\.|$)/g, '');
}

/**
 * Whether an expression identifies the caller (one of `ownerKeyPaths`, in any member spelling): a
 * lookup keyed by it is owner-scoped. A `*` in a path stands for any characters of one segment
 * (`res.locals.*Id`); a path parameter (`req.params.id`) never matches.
 */
export function isOwnerKey(expression: string, ownerKeyPaths: readonly string[] = DEFAULT_AUTH_MODEL.ownerKeyPaths ?? []): boolean {
  const target = normalizeOwnerKey(expression);
  return ownerKeyPaths.some((path) => {
    const normalized = normalizeOwnerKey(path);
    if (!normalized.includes('*')) return normalized === target;
    const source = normalized.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[\\w$]*');
    return new RegExp(`^${source}$`).test(target);
  });
}

/** Whether a credential's name is one a handler hands out (an access token, an API key), per `issuance.issuedNamePattern`. */
export function isIssuedCredentialName(name: string, auth: AuthModel = DEFAULT_AUTH_MODEL): boolean {
  const pattern = auth.issuance?.issuedNamePattern;
  return pattern !== undefined && new RegExp(pattern, 'i').test(name);
}

/** Whether a route's request body is a credential as a whole (`auth.credentialBodies`): login, sign-up, password change. */
export function isCredentialBodyRoute(auth: AuthModel, path: string): boolean {
  const model = auth.credentialBodies;
  if (model === undefined) return false;
  const segments = path
    .toLowerCase()
    .split('/')
    .map((segment) => segment.replace(/[-_]/g, ''))
    .filter((segment) => segment.length > 0);
  return segments.some((segment) => model.segments.includes(segment)) && !segments.some((segment) => model.except.includes(segment));
}

/**
 * Request headers that carry the caller's credentials: logging or sending a request's headers
 * whole sends these along (`logger.error({ headers: req.headers })`); a header read by name carries
 * only itself.
 */
export const REQUEST_SECRET_HEADERS: readonly string[] = Object.freeze(['authorization', 'cookie']);

/** Methods of a Fetch `Request` (Next.js route handlers, Hono's `c.req`) that read the body the caller sent. */
export const REQUEST_BODY_READERS: readonly string[] = Object.freeze(['json', 'formData', 'parseBody', 'text']);

const issuanceCallPatterns = new WeakMap<AuthModel, RegExp | null>();

/**
 * Whether a call issues a credential to the caller (`auth.issuance`): its dotted path or last name
 * is one of `calls` (`jwt.sign`, `createSession`), or its last name matches `callPattern`
 * (`issueSessionToken`).
 */
export function isIssuanceCall(path: string, auth: AuthModel = DEFAULT_AUTH_MODEL): boolean {
  const issuance = auth.issuance;
  if (issuance === undefined) return false;
  const last = path.slice(path.lastIndexOf('.') + 1);
  if (issuance.calls.includes(path) || issuance.calls.includes(last)) return true;
  let pattern = issuanceCallPatterns.get(auth);
  if (pattern === undefined) {
    pattern = issuance.callPattern === undefined ? null : new RegExp(issuance.callPattern, 'i');
    issuanceCallPatterns.set(auth, pattern);
  }
  return pattern !== null && pattern.test(last);
}

/**
 * Whether a variable's name says it holds the caller's session or identity (`session`, `auth`,
 * `viewer`, `claims`): its presence checked with an early 401/403 authenticates the handler, even
 * when the call that made it is the project's own (`const session = await getSession()`).
 */
export function isSessionLikeName(name: string): boolean {
  return /session|auth|caller|principal|viewer|claims|jwt|identity|currentUser/i.test(name);
}

/**
 * Whether expression text names the caller's identity: a session or principal (`session.orgId`),
 * what the app's middleware stored for this request (`res.locals.x`, `ctx.state.x`, `req.user`), or a helper
 * or field that returns it (`getCallerId(res)`, `ctx.viewerId`), or the caller a GraphQL or tRPC
 * context holds (`ctx.caller.id`, `context.user.id`). A lookup keyed by it, on a route
 * without path parameters, reads the caller's own record (policy point 2).
 */
export function isCallerExpressionText(text: string): boolean {
  return (
    /^(session|auth|caller|principal|currentUser|claims)\b/.test(text) ||
    /\b(res\.locals|ctx\.state)\b/.test(text) ||
    // What authentication middleware put on the request (`req.user` of passport, `req.auth` of express-jwt, the session).
    /\b(req|request)\.(user|auth|session)\b/.test(text) ||
    /\b(getCallerId|getCurrentUser|currentUserId|callerId|viewerId)\b/.test(text) ||
    // A GraphQL or tRPC context is built per request from the bearer token or session: the caller
    // it carries (`ctx.caller.id`, `context.user.id`, `ctx.session.userId`) is who is asking.
    /\b(ctx|context)\.(caller|user|viewer|currentUser|principal|session|auth|identity|claims)\b/.test(text)
  );
}

/** Path segments of a route that creates the caller's own account (`/signup`, `/auth/register`). */
const SIGN_UP_SEGMENTS = new Set(['signup', 'register', 'registration', 'join', 'createaccount', 'newaccount']);

/**
 * Whether a route creates the caller's account. The record it creates from what the caller just
 * typed is theirs: answering it back is like the owner's `/me` (policy point 2), except for stored
 * credentials (a password hash), which stay findings (policy point 1).
 */
export function isSignUpRoute(path: string): boolean {
  return path
    .toLowerCase()
    .split('/')
    .some((segment) => SIGN_UP_SEGMENTS.has(segment.replace(/[-_]/g, '')));
}
