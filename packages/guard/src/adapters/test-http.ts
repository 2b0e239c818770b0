import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { AuditEvent } from '../audit/events.js';
import { createAuditor } from '../audit/auditor.js';
import { z } from 'zod';

/** Shared fixtures of the adapter tests: one schema, one leaky record, real HTTP on loopback. */
export const Profile = z.object({
  id: z.string(),
  name: z.string(),
  phone: z.string().meta({ pii: 'phone' }).optional(),
});

export const LEAKY = { id: 'u1', name: 'Jane', phone: '+1-202-555-0143', passwordHash: 'x' };
export const INVALID = { id: 42 };

/** An auditor that delivers at once into an array, for assertions. */
export function createRecordingAuditor(): { events: AuditEvent[]; auditor: ReturnType<typeof createAuditor> } {
  const events: AuditEvent[] = [];
  return { events, auditor: createAuditor({ onViolation: (batch) => events.push(...batch), flushIntervalMs: 0 }) };
}

/** Base URL of a listening server (always 127.0.0.1). */
export function baseUrl(server: Server): string {
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

/** Listens on an ephemeral loopback port. */
export function listen(server: Server): Promise<void> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
}

/** Closes a server, waiting for it. */
export function close(server: Server): Promise<void> {
  server.closeAllConnections?.();
  return new Promise((resolve) => server.close(() => resolve()));
}
