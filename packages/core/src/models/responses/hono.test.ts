import { describe, expect, it } from 'vitest';
import { findResponseModelProblems } from '../check-model.js';
import type { ResponsePart } from '../types.js';
import { honoModel } from './hono.js';

function findParts(method: string): ResponsePart[] {
  return honoModel.writes.filter((w) => w.method === method).map((w) => w.part);
}

describe('hono model', () => {
  it('is a well-formed response model', () => {
    expect(findResponseModelProblems(honoModel)).toEqual([]);
    expect(honoModel.sink).toBe('response');
  });

  it('writes bodies with c.json/text/html/body and headers with c.header', () => {
    for (const method of ['json', 'text', 'html', 'body']) expect(findParts(method)).toContain('body');
    expect(findParts('header')).toEqual(['header']);
    expect(findParts('status')).toEqual(['status']);
  });

  it('sends the message option of HTTPException', () => {
    expect(honoModel.exceptions).toContainEqual({ module: 'hono/http-exception', pattern: '^HTTPException$', args: [0, 1], optionKeys: ['message', 'res'] });
  });
});
