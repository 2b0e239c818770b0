import { describe, expect, it } from 'vitest';
import { DEFAULT_AUTH_MODEL, REQUEST_BODY_READERS, isIssuanceCall, isIssuedCredentialName, isCallerExpressionText, isOwnerKey, isSessionLikeName, isSignUpRoute, isOwnerPath, normalizeOwnerKey } from './auth.js';

const middlewarePattern = new RegExp(DEFAULT_AUTH_MODEL.middlewarePattern, 'i');

describe('DEFAULT_AUTH_MODEL', () => {
  it('has every regex compile', () => {
    for (const source of [
      DEFAULT_AUTH_MODEL.middlewarePattern,
      DEFAULT_AUTH_MODEL.guardPattern,
      DEFAULT_AUTH_MODEL.protectedProcedurePattern,
      DEFAULT_AUTH_MODEL.publicProcedurePattern,
    ]) {
      expect(() => new RegExp(source ?? '', 'i')).not.toThrow();
    }
  });

  it('lists the usual middleware names', () => {
    for (const name of ['requireAuth', 'authenticate', 'isAuthenticated', 'ensureAuthenticated', 'ensureLoggedIn', 'requireUser', 'verifyToken', 'verifyJwt', 'authMiddleware', 'passport.authenticate', 'withAuth']) {
      expect(DEFAULT_AUTH_MODEL.middleware).toContain(name);
    }
  });

  it('matches unlisted authenticating middleware by pattern, but not look-alikes', () => {
    for (const name of ['requireAuthenticated', 'ensureSession', 'checkJwt', 'verifyBearer', 'validateToken']) expect(middlewarePattern.test(name)).toBe(true);
    for (const name of ['requestLogger', 'verifyWebhookSignature', 'checkOrigin', 'authorFilter', 'rateLimit']) expect(middlewarePattern.test(name)).toBe(false);
    // Named for who may pass.
    for (const name of ['requireAgent', 'requireStaff', 'ensureAdmin', 'requireApiKey']) expect(middlewarePattern.test(name)).toBe(true);
    for (const name of ['requireJsonBody', 'ensureIndexes', 'withCors']) expect(middlewarePattern.test(name)).toBe(false);
    // `requireSignIn` guards; the sign-in handler itself (`signIn`, `handleSignIn`) is no middleware.
    for (const name of ['requireSignIn', 'ensureSignedIn', 'require_signin']) expect(middlewarePattern.test(name)).toBe(true);
    for (const name of ['signIn', 'handleSignIn', 'postSignIn', 'signInLimiter']) expect(middlewarePattern.test(name)).toBe(false);
  });

  it('knows express-jwt, Clerk and next-auth by module', () => {
    expect(DEFAULT_AUTH_MODEL.moduleMiddleware).toContainEqual({ module: 'express-jwt', callee: 'expressjwt' });
    expect(DEFAULT_AUTH_MODEL.moduleMiddleware).toContainEqual({ module: '@clerk/express', callee: 'requireAuth' });
    expect(DEFAULT_AUTH_MODEL.sessionCalls).toContainEqual({ module: 'next-auth', callee: 'getServerSession' });
    expect(DEFAULT_AUTH_MODEL.sessionCalls).toContainEqual({ callee: 'request.jwtVerify' });
  });

  it('recognises NestJS guards and the decorators that lift them', () => {
    const guard = new RegExp(DEFAULT_AUTH_MODEL.guardPattern ?? '$^');
    expect(guard.test('JwtAuthGuard')).toBe(true);
    expect(guard.test('SessionGuard')).toBe(true);
    expect(guard.test('ThrottlerGuard')).toBe(false);
    expect(guard.test('RolesGuard')).toBe(false);
    // Named for who may pass: a session or key check of the project's own.
    for (const name of ['StaffGuard', 'AdminGuard', 'ApiKeyGuard', 'MemberSessionGuard', 'FirebaseAuthGuard']) expect(guard.test(name)).toBe(true);
    for (const name of ['UserThrottlerGuard', 'CsrfGuard', 'FeatureFlagGuard']) expect(guard.test(name)).toBe(false);
    expect(DEFAULT_AUTH_MODEL.guards).toContain('AuthGuard');
    expect(DEFAULT_AUTH_MODEL.globalGuardTokens).toEqual(['APP_GUARD']);
    expect(DEFAULT_AUTH_MODEL.publicDecorators).toEqual(expect.arrayContaining(['Public', 'SkipAuth']));
  });

  it('tells protected tRPC procedures from public ones', () => {
    const protectedPattern = new RegExp(DEFAULT_AUTH_MODEL.protectedProcedurePattern ?? '$^');
    const publicPattern = new RegExp(DEFAULT_AUTH_MODEL.publicProcedurePattern ?? '$^');
    expect(protectedPattern.test('protectedProcedure')).toBe(true);
    expect(protectedPattern.test('publicProcedure')).toBe(false);
    expect(publicPattern.test('publicProcedure')).toBe(true);
    expect(publicPattern.test('t.procedure')).toBe(true);
    expect(publicPattern.test('protectedProcedure')).toBe(false);
  });

  it('treats /me, /profile, /account, /settings and /users/me as owner paths, not /users/:id', () => {
    for (const path of ['/me', '/me/orders', '/profile', '/account', '/settings', '/users/me', '/users/me/phone']) expect(isOwnerPath(path)).toBe(true);
    for (const path of ['/users/:id', '/members', '/meetings', '/accounts/:id', '/admin/users']) expect(isOwnerPath(path)).toBe(false);
  });

  it('keys owner-scoped lookups by the caller, never by a path parameter', () => {
    expect(DEFAULT_AUTH_MODEL.ownerKeyPaths).toEqual(expect.arrayContaining(['req.user.id', 'req.session.userId', 'ctx.state.user.id']));
    expect(DEFAULT_AUTH_MODEL.ownerKeyPaths?.some((path) => path.includes('params'))).toBe(false);
  });

  it('proves authentication only with an early 401 or 403', () => {
    expect(DEFAULT_AUTH_MODEL.unauthorizedStatuses).toEqual([401, 403]);
    expect(DEFAULT_AUTH_MODEL.sessionPaths).toEqual(expect.arrayContaining(['req.user', 'req.session.userId', 'ctx.state.user', "c.get('user')", 'session?.user']));
  });

});

describe('isOwnerPath', () => {
  it('accepts owner paths below a mount prefix and with a trailing slash or query', () => {
    for (const path of ['/api/me', '/api/v1/users/me', '/me/', '/account?tab=security', '/API/ME']) expect(isOwnerPath(path)).toBe(true);
  });

  it('covers sub-paths only for owner paths ending in /*', () => {
    expect(isOwnerPath('/me/orders/42')).toBe(true);
    expect(isOwnerPath('/self/orders', ['/self'])).toBe(false);
    expect(isOwnerPath('/self/orders', ['/self/*'])).toBe(true);
  });

  it('rejects parameters, look-alike segments and owner words in the middle', () => {
    for (const path of ['/users/:id', '/users/:me', '/meetings', '/me-too', '/memes/me2', '/profile-pictures/:id', '/']) expect(isOwnerPath(path)).toBe(false);
    // A mount prefix may not carry a parameter: this is any team's settings, not the caller's.
    expect(isOwnerPath('/teams/:teamId/settings/members')).toBe(false);
    expect(isOwnerPath('/orgs/{orgId}/account')).toBe(false);
    expect(isOwnerPath('/app/[tenant]/profile')).toBe(false);
    expect(isOwnerPath('/self/users/:id')).toBe(false);
  });

  it('uses the owner paths it is given', () => {
    expect(isOwnerPath('/my-account', ['/my-account'])).toBe(true);
    expect(isOwnerPath('/me', ['/my-account'])).toBe(false);
  });
});

describe('isOwnerKey', () => {
  it('matches owner keys in any member spelling', () => {
    expect(normalizeOwnerKey("ctx.state['user'].id")).toBe('ctx.state.user.id');
    expect(isOwnerKey("ctx.state['user'].id")).toBe(true);
    expect(isOwnerKey('req.user?.id')).toBe(true);
    expect(isOwnerKey('ctx.viewerId')).toBe(true);
    expect(isOwnerKey('ctx.userId')).toBe(true);
  });

  it('lets a wildcard stand for one segment of res.locals ids only', () => {
    expect(isOwnerKey("res.locals['buyerId']")).toBe(true);
    expect(isOwnerKey('res.locals.userId')).toBe(true);
    expect(isOwnerKey('res.locals.user.name')).toBe(false);
    expect(isOwnerKey('res.locals.buyer.profileId')).toBe(false);
    expect(isOwnerKey('res.locals.buyerId.length')).toBe(false);
  });

  it('never treats a path parameter, the body or a query as the caller', () => {
    for (const expression of ['req.params.id', 'req.body.userId', 'req.query.userId', 'ctx.params.id', 'input.userId', 'args.id']) {
      expect(isOwnerKey(expression)).toBe(false);
    }
  });

  it('uses the paths it is given', () => {
    expect(isOwnerKey('req.principal.id', ['req.principal.id'])).toBe(true);
    expect(isOwnerKey('req.user.id', ['req.principal.id'])).toBe(false);
  });
});

describe('isIssuedCredentialName', () => {
  it('accepts what a login or sign-up hands out', () => {
    for (const name of ['accessToken', 'refresh_token', 'sessionId', 'sid', 'apiKey', 'jwt', 'bearer']) expect(isIssuedCredentialName(name)).toBe(true);
  });

  it('never accepts a stored secret, even one that also says token or key', () => {
    for (const name of ['password', 'passwordHash', 'tokenHash', 'apiKeyHash', 'totpSeed', 'otpSecret', 'resetPin', 'cvv', 'passphrase']) {
      expect(isIssuedCredentialName(name)).toBe(false);
    }
  });

  it('issues nothing when the model has no pattern', () => {
    expect(isIssuedCredentialName('accessToken', { ...DEFAULT_AUTH_MODEL, issuance: { paths: [], calls: [] } })).toBe(false);
  });
});

describe('isIssuanceCall', () => {
  it('takes jsonwebtoken and @nestjs/jwt signing for issuance', () => {
    for (const path of ['jwt.sign', 'this.jwt.sign', 'this.jwtService.signAsync', 'jwtService.signAsync', 'reply.jwtSign', 'ctx.reply.jwtSign', 'randomBytes']) expect(isIssuanceCall(path)).toBe(true);
  });

  it('does not take verification or unrelated calls for issuance', () => {
    for (const path of ['this.jwtService.verifyAsync', 'jwt.verify', 'request.jwtVerify', 'this.repo.findAuthorById', 'signature.check']) expect(isIssuanceCall(path)).toBe(false);
  });
});

describe('isSessionLikeName', () => {
  it('recognises names that hold a session or an identity', () => {
    for (const name of ['session', 'userSession', 'auth', 'viewer', 'claims', 'jwtPayload', 'currentUser', 'principal']) expect(isSessionLikeName(name)).toBe(true);
  });

  it('does not take a record or a request for a session', () => {
    for (const name of ['user', 'row', 'account', 'req', 'body', 'order']) expect(isSessionLikeName(name)).toBe(false);
  });
});

describe('isCallerExpressionText', () => {
  it('names the caller through a session, middleware state or an id helper', () => {
    for (const text of ['session.orgId', 'auth.userId', 'res.locals.tenantId', 'ctx.state.user.id', 'getCallerId(res)', 'ctx.viewerId', 'claims.sub']) {
      expect(isCallerExpressionText(text)).toBe(true);
    }
  });

  it('does not treat a path parameter, a body field or a record as the caller', () => {
    for (const text of ['req.params.id', 'req.body.userId', 'user.id', 'params.orgId', 'sessionsTable.id', 'row.authorId']) expect(isCallerExpressionText(text)).toBe(false);
  });

  it('names the caller a GraphQL or tRPC context carries', () => {
    for (const text of ['ctx.caller.id', 'context.user.id', 'ctx.session.userId', 'context.auth.sub', 'ctx.viewer?.id']) {
      expect(isCallerExpressionText(text), text).toBe(true);
    }
  });

  it('names what authentication middleware put on the request', () => {
    for (const text of ['req.user', 'req.user.id', 'request.user.sub', 'req.auth.sub', 'req.session.userId', 'ctx.req.user.freelancerId']) expect(isCallerExpressionText(text), text).toBe(true);
    for (const text of ['req.users', 'req.userId', 'req.body.user', 'prereq.user.id', 'request.userAgent']) expect(isCallerExpressionText(text), text).toBe(false);
  });

  it('does not take other context members for the caller', () => {
    for (const text of ['ctx.params.id', 'context.params.id', 'ctx.input.userId', 'ctx.request.body.userId', 'ctx.users.id', 'ctx.userRepository', 'ctx.db.account.id', 'appContext.record.id']) {
      expect(isCallerExpressionText(text), text).toBe(false);
    }
  });
});

describe('isSignUpRoute', () => {
  it('recognises routes that create the caller account', () => {
    for (const path of ['/signup', '/auth/sign-up', '/api/register', '/users/registration', '/join']) expect(isSignUpRoute(path)).toBe(true);
  });

  it('does not take sign-in, invitations or other creations for it', () => {
    for (const path of ['/login', '/auth/signin', '/invites', '/users', '/orders/new', '/registry/items']) expect(isSignUpRoute(path)).toBe(false);
  });
});

describe('REQUEST_BODY_READERS', () => {
  it('lists the Fetch Request methods that read the body, not the URL or headers', () => {
    expect(REQUEST_BODY_READERS).toEqual(expect.arrayContaining(['json', 'formData']));
    expect(REQUEST_BODY_READERS).not.toContain('url');
    expect(REQUEST_BODY_READERS).not.toContain('headers');
  });
});
