// @leakwatch/guard/browser: audits what a browser app receives and logs, in report mode (nothing is
// changed or blocked). DOM types only; no Node module may be imported here.
import { z } from 'zod';
import { createAuditor } from '../audit/auditor.js';
import type { Auditor } from '../audit/auditor.js';
import type { AuditEvent } from '../audit/events.js';
import type { AuditSink } from '../audit/sink.js';
import { createGuard } from '../guard.js';
import type { Guard } from '../guard.js';
import type { Violation } from '../types.js';

export { createGuard } from '../guard.js';
export type { Guard } from '../guard.js';
export { sensitive } from '../meta.js';
export { createAuditor } from '../audit/auditor.js';
export type { AuditEvent } from '../audit/events.js';
export type { GuardOptions, GuardResult, Violation } from '../types.js';

/** Where browser audit events go (the same shape as the server's). */
export interface BrowserAuditOptions {
  readonly onViolation?: (events: readonly AuditEvent[]) => void;
  readonly sink?: AuditSink;
  /** Share an auditor (batching and rate limits then span fetch and console). */
  readonly auditor?: Auditor;
  /** Batch window (default 1000 ms). */
  readonly flushIntervalMs?: number;
}

/** One audited endpoint: which URLs, and the schema their JSON bodies should match. */
export interface FetchAuditRoute {
  /** A name for audit events (`/api/users/:id`); the URL itself may carry data and is never reported. */
  readonly route: string;
  readonly match: string | RegExp | ((url: string) => boolean);
  readonly schema: z.ZodType;
}

/** Options of `auditFetch`. */
export interface FetchAuditOptions extends BrowserAuditOptions {
  readonly routes?: readonly FetchAuditRoute[];
  /** Also scan JSON bodies of unlisted URLs for sensitive values (default true). */
  readonly scanUnlisted?: boolean;
  /** The fetch to wrap (default `globalThis.fetch`). */
  readonly fetch?: typeof fetch;
}

const anyJson = z.unknown();

function makeAuditor(options: BrowserAuditOptions): Auditor {
  return options.auditor ?? createAuditor({ onViolation: options.onViolation, sink: options.sink, flushIntervalMs: options.flushIntervalMs });
}

function matches(route: FetchAuditRoute, url: string): boolean {
  const { match } = route;
  if (typeof match === 'string') return url === match || new URL(url, 'http://localhost').pathname === match;
  if (match instanceof RegExp) return match.test(url);
  return match(url);
}

/**
 * Returns a `fetch` that audits JSON responses: a listed route's body is checked against its schema
 * (undeclared fields, marked fields, sensitive values), an unlisted one is scanned for sensitive
 * values. The caller gets the original Response, untouched; auditing reads a clone afterwards and
 * never throws into the app.
 */
export function auditFetch(options: FetchAuditOptions = {}): typeof fetch {
  const auditor = makeAuditor(options);
  const base = options.fetch ?? globalThis.fetch.bind(globalThis);
  const guards = (options.routes ?? []).map((route) => ({ route, guard: createGuard(route.schema, { mode: 'report' }) as Guard<unknown> }));
  const unlisted = options.scanUnlisted === false ? undefined : (createGuard(anyJson, { mode: 'report' }) as Guard<unknown>);

  async function audit(response: Response, url: string, method: string): Promise<void> {
    if (!/\bjson\b/i.test(response.headers.get('content-type') ?? '')) return;
    const hit = guards.find((entry) => matches(entry.route, url));
    const guard = hit?.guard ?? unlisted;
    if (guard === undefined) return;
    const data: unknown = await response.json();
    auditor.record({ route: hit?.route.route ?? '(unlisted)', method }, guard.check(data).violations);
  }

  return async function auditedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const response = await base(input, init);
    const request = input instanceof Request ? input : undefined;
    const url = request?.url ?? (input instanceof URL ? input.href : String(input));
    const method = (init?.method ?? request?.method ?? 'GET').toUpperCase();
    // Audit a clone after handing the original back; a body that fails to parse is simply not audited.
    audit(response.clone(), url, method).catch(() => undefined);
    return response;
  };
}

/** Console methods `auditConsole` wraps by default. */
export const AUDITED_CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const;

/** Options of `auditConsole`. */
export interface ConsoleAuditOptions extends BrowserAuditOptions {
  readonly console?: Pick<Console, (typeof AUDITED_CONSOLE_METHODS)[number]>;
  readonly methods?: readonly (typeof AUDITED_CONSOLE_METHODS)[number][];
}

/**
 * Wraps console methods so that every call is scanned for sensitive values (strings, and objects
 * deeply) and reported as `console.<method>` events, then logged unchanged. Returns a function
 * that restores the original methods.
 */
export function auditConsole(options: ConsoleAuditOptions = {}): () => void {
  const auditor = makeAuditor(options);
  const target = options.console ?? globalThis.console;
  const guard = createGuard(anyJson, { mode: 'report' }) as Guard<unknown>;
  const restores: (() => void)[] = [];
  for (const method of options.methods ?? AUDITED_CONSOLE_METHODS) {
    const original = target[method];
    if (typeof original !== 'function') continue;
    target[method] = function auditedConsole(this: unknown, ...args: unknown[]): void {
      try {
        const violations: Violation[] = [];
        args.forEach((arg, i) => {
          for (const violation of guard.check(arg).violations) {
            // Classes (Error, DOM nodes) have no JSON shape to audit; only real findings are reported.
            if (violation.kind === 'sensitive-value') violations.push({ ...violation, path: [i, ...violation.path] });
          }
        });
        auditor.record({ route: `console.${method}`, method: method.toUpperCase() }, violations);
      } catch {
        // Auditing must never break logging.
      }
      original.apply(this ?? target, args);
    };
    restores.push(() => {
      target[method] = original;
    });
  }
  return () => {
    for (const restore of restores) restore();
  };
}
