import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { auditConsole, auditFetch, createGuard, sensitive } from './index.js';
import type { AuditEvent } from './index.js';
import { GuardError } from '../errors.js';

// Runs in headless Chromium (vitest browser mode): real Response, real console, real DOM globals.
const PHONE = '+1-202-555-0143';
const EMAIL = 'jane.doe@example.com';

const Profile = z.object({ id: z.string(), bio: z.string(), phone: sensitive(z.string(), 'phone').optional() });

describe('the guard contract in the browser', () => {
  it('is running in a real browser', () => {
    expect(typeof window).toBe('object');
    expect(navigator.userAgent).toMatch(/Chrome/);
  });

  it('drops undeclared and marked fields and redacts free text, with both backends', () => {
    for (const backend of ['closures', 'codegen'] as const) {
      const guard = createGuard(Profile, { backend });
      const input = { id: 'u1', bio: `mail ${EMAIL}`, phone: PHONE, extra: 1 };
      expect(guard.stringify(input)).toBe('{"id":"u1","bio":"mail [redacted:contact]"}');
      const result = guard.check(input);
      expect(result.ok).toBe(true);
      expect(result.violations.map((v) => v.kind)).toEqual(['sensitive-value', 'sensitive-field', 'unknown-field']);
      expect(JSON.stringify(result.violations)).not.toContain(PHONE);
    }
  });

  it('fails closed on hostile values', () => {
    const guard = createGuard(Profile);
    const hostile = {
      id: 'u1',
      get bio(): string {
        throw new Error('boom');
      },
    };
    expect(guard.check(hostile).ok).toBe(false);
    expect(() => guard.stringify(hostile)).toThrow(GuardError);
    const loop: Record<string, unknown> = {};
    loop['self'] = loop;
    expect(createGuard(z.object({ data: z.any() })).check({ data: loop }).ok).toBe(false);
  });
});

describe('@leakwatch/guard/browser', () => {
  it('auditFetch reports what a JSON response carries and hands back the original', async () => {
    const events: AuditEvent[] = [];
    const body = { id: 'u1', bio: 'hi', phone: PHONE, debug: `owner ${EMAIL}` };
    const fakeFetch = vi.fn(async () => Response.json(body));
    const audited = auditFetch({
      fetch: fakeFetch as unknown as typeof fetch,
      routes: [{ route: '/api/users/:id', match: /\/api\/users\//, schema: Profile }],
      onViolation: (batch) => events.push(...batch),
      flushIntervalMs: 0,
    });
    const response = await audited('https://app.example.com/api/users/u1');
    expect(await response.json()).toEqual(body);
    await vi.waitFor(() => expect(events.length).toBe(2));
    expect(events.map((e) => [e.route, e.method, e.path, e.kind, e.category])).toEqual([
      ['/api/users/:id', 'GET', 'phone', 'sensitive-field', 'phone'],
      ['/api/users/:id', 'GET', 'debug', 'unknown-field', null],
    ]);
    const unlisted = await audited('https://app.example.com/other', { method: 'post' });
    await unlisted.text();
    await vi.waitFor(() => expect(events.length).toBe(4));
    expect(events.slice(2).map((e) => [e.route, e.method, e.path, e.category])).toEqual([
      ['(unlisted)', 'POST', 'phone', 'phone'],
      ['(unlisted)', 'POST', 'debug', 'contact'],
    ]);
    expect(JSON.stringify(events)).not.toContain(PHONE);
  });

  it('auditConsole reports sensitive values in log calls, logs them unchanged, and restores', () => {
    const events: AuditEvent[] = [];
    const log = vi.fn();
    const target = { log, info: vi.fn(), warn: vi.fn(), error: vi.fn(), debug: vi.fn() };
    const restore = auditConsole({ console: target, onViolation: (batch) => events.push(...batch), flushIntervalMs: 0 });
    target.log('user', { contact: { email: EMAIL } }, `call ${PHONE}`);
    target.log('order 2024-01-15 shipped');
    expect(log).toHaveBeenCalledTimes(2);
    expect(log.mock.calls[0]).toEqual(['user', { contact: { email: EMAIL } }, `call ${PHONE}`]);
    expect(events.map((e) => [e.route, e.path, e.category])).toEqual([
      ['console.log', '*.contact.email', 'contact'],
      ['console.log', '*', 'phone'],
    ]);
    restore();
    expect(target.log).toBe(log);
  });
});
