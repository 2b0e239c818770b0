import { describe, expect, it } from 'vitest';
import { findResponseModelProblems } from '../check-model.js';
import type { ResponsePart } from '../types.js';
import { createServerActionPath, nextjsModel } from './nextjs.js';
import { DEFAULT_AUTH_MODEL, isCredentialBodyRoute, isOwnerPath } from '../auth.js';

function findParts(method: string): ResponsePart[] {
  return nextjsModel.writes.filter((w) => w.method === method).map((w) => w.part);
}

describe('nextjs model', () => {
  it('is a well-formed response model', () => {
    expect(findResponseModelProblems(nextjsModel)).toEqual([]);
    expect(nextjsModel.sink).toBe('response');
  });

  it('recognises app-router route files exporting HTTP verbs', () => {
    const appRouter = nextjsModel.exportedHandlers?.[0];
    const pattern = new RegExp(appRouter?.filePattern ?? '$^');
    expect(pattern.test('src/app/api/users/[id]/route.ts')).toBe(true);
    expect(pattern.test('app/route.js')).toBe(true);
    expect(pattern.test('src/app/api/users/router.ts')).toBe(false);
    expect(pattern.test('src/lib/route.ts')).toBe(false);
    expect(appRouter?.exports).toContain('GET');
  });

  it('recognises pages API routes answering through res', () => {
    const pagesApi = nextjsModel.exportedHandlers?.[1];
    expect(new RegExp(pagesApi?.filePattern ?? '$^').test('pages/api/me.ts')).toBe(true);
    expect(new RegExp(pagesApi?.filePattern ?? '$^').test('pages/index.tsx')).toBe(false);
    expect(pagesApi?.answer).toBe('response-param');
    expect(findParts('json')).toEqual(['body']);
  });

  it('builds responses with NextResponse.json, new NextResponse and Response.json', () => {
    const callees = nextjsModel.constructs.map((c) => c.callee);
    expect(callees).toEqual(expect.arrayContaining(['NextResponse.json', 'NextResponse', 'Response.json', 'Response']));
    expect(nextjsModel.constructs.find((c) => c.callee === 'NextResponse.json')?.module).toBe('next/server');
  });

  describe('Server Actions', () => {
    const actions = nextjsModel.serverActions;

    it('answers through the return value and the message of any thrown error class', () => {
      const thrown = new RegExp(actions?.thrownErrors.pattern ?? '$^');
      expect(thrown.test('Error')).toBe(true);
      expect(thrown.test('TypeError')).toBe(true);
      expect(thrown.test('AccountLockedError')).toBe(true);
      expect(thrown.test('ErrorBoundary')).toBe(false);
      expect(actions?.thrownErrors.args).toEqual([0]);
    });

    it("reads the caller's session from Auth.js, Clerk, cookies and the project's own readers", () => {
      const reader = new RegExp(actions?.sessionCallPattern ?? '$^', 'i');
      for (const name of ['getSession', 'getServerSession', 'getCurrentUser', 'requireUser', 'readSession']) expect(reader.test(name), name).toBe(true);
      // A lookup or a write is not a session read.
      for (const name of ['getSessionCount', 'createSession', 'findUser', 'startPatientSession', 'getUserById']) expect(reader.test(name), name).toBe(false);
      expect(actions?.sessionCalls).toContainEqual({ module: '@clerk/nextjs/server', callee: 'currentUser' });
      expect(actions?.sessionCalls).toContainEqual({ module: 'next/headers', callee: 'cookies' });
      expect(actions?.exitCalls.map((call) => call.callee)).toEqual(expect.arrayContaining(['redirect', 'notFound', 'unauthorized', 'forbidden']));
    });

    it('takes the submitted form as the request body', () => {
      expect(actions?.body).toEqual({ paramType: 'FormData', readers: ['get', 'getAll'] });
    });

    it("names an action's path after it, so credential and owner conventions apply by name", () => {
      expect(createServerActionPath('signIn')).toBe('/sign-in');
      expect(createServerActionPath('changePassword')).toBe('/change-password');
      expect(createServerActionPath('requestPasswordReset')).toBe('/request-password-reset');
      expect(createServerActionPath('verifyOTPCode')).toBe('/verify-otp-code');
      expect(isCredentialBodyRoute(DEFAULT_AUTH_MODEL, createServerActionPath('signUp'))).toBe(true);
      expect(isCredentialBodyRoute(DEFAULT_AUTH_MODEL, createServerActionPath('changePassword'))).toBe(true);
      // A reset request carries an e-mail, and a profile action is not a credential form.
      expect(isCredentialBodyRoute(DEFAULT_AUTH_MODEL, createServerActionPath('resetPassword'))).toBe(false);
      expect(isCredentialBodyRoute(DEFAULT_AUTH_MODEL, createServerActionPath('loadMyProfile'))).toBe(false);
      expect(isOwnerPath(createServerActionPath('loadMyProfile'))).toBe(false);
    });
  });
});
