import { describe, expect, it } from 'vitest';
import { findResponseModelProblems } from '../check-model.js';
import type { ResponsePart } from '../types.js';
import { nextjsModel } from './nextjs.js';

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
});
