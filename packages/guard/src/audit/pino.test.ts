import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { guardedJson } from '../adapters/fetch.js';
import { createAuditor } from './auditor.js';
import { AUDIT_LOG_MESSAGE } from './sink.js';

describe('audit events through a real pino logger', () => {
  it('logs one JSON line per aggregated event, with no value in it', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        callback();
      },
    });
    const logger = pino({ base: null, timestamp: false }, stream);
    const auditor = createAuditor({ sink: logger, flushIntervalMs: 0 });
    const Profile = z.object({ id: z.string(), bio: z.string(), phone: z.string().meta({ pii: 'phone' }).optional() });
    const options = { auditor, route: '/users/:id' };
    for (let i = 0; i < 3; i++) {
      const response = guardedJson(Profile, { id: `u${i}`, bio: 'mail jane.doe@example.com', phone: '+1-202-555-0143' }, undefined, options);
      expect(response.status).toBe(200);
    }
    await new Promise((resolve) => setImmediate(resolve));
    const records = lines.map((line) => JSON.parse(line) as { level: number; msg: string; leakwatch: Record<string, unknown> });
    expect(records).toHaveLength(6);
    expect(records.every((r) => r.level === 40 && r.msg === AUDIT_LOG_MESSAGE)).toBe(true);
    expect(records.slice(0, 2).map((r) => [r.leakwatch['path'], r.leakwatch['kind'], r.leakwatch['category'], r.leakwatch['count']])).toEqual([
      ['bio', 'sensitive-value', 'contact', 1],
      ['phone', 'sensitive-field', 'phone', 1],
    ]);
    const text = lines.join('\n');
    expect(text).not.toContain('jane.doe@example.com');
    expect(text).not.toContain('555-0143');
  });
});
