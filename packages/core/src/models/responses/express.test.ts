import { describe, expect, it } from 'vitest';
import { findResponseModelProblems } from '../check-model.js';
import type { ResponsePart } from '../types.js';
import { expressModel } from './express.js';

function findParts(method: string): ResponsePart[] {
  return expressModel.writes.filter((w) => w.method === method).map((w) => w.part);
}

describe('express model', () => {
  it('is a well-formed response model', () => {
    expect(findResponseModelProblems(expressModel)).toEqual([]);
    expect(expressModel.sink).toBe('response');
  });

  it('writes the body with json/send/jsonp/end, headers with set/header/setHeader/append/cookie, status with status/sendStatus', () => {
    for (const method of ['json', 'send', 'jsonp', 'end']) expect(findParts(method)).toEqual(['body']);
    for (const method of ['set', 'header', 'setHeader', 'append', 'cookie', 'location', 'redirect']) expect(findParts(method)).toEqual(['header']);
    for (const method of ['status', 'sendStatus']) expect(findParts(method)).toEqual(['status']);
  });

  it('renders only the locals argument of render', () => {
    expect(expressModel.writes.find((w) => w.method === 'render')?.args).toEqual([1]);
  });

  it('treats res.statusMessage = as the status message and not res.locals', () => {
    expect(expressModel.assignments).toContainEqual({ on: 'response', property: 'statusMessage', part: 'status-message' });
    expect(expressModel.assignments.map((a) => a.property)).not.toContain('locals');
  });

  it('registers on app and routers, scopes with use and builds with app.route(path)', () => {
    const route = expressModel.routes[0];
    expect(route?.methods).toContain('get');
    expect(route?.scopeMethods).toEqual(['use']);
    expect(route?.pathBuilders?.[0]?.method).toBe('route');
    expect(route?.handlers).toBe('rest');
  });

  it('does not treat the return value as the body', () => {
    expect(expressModel.returnIsBody).toBe(false);
  });
});
