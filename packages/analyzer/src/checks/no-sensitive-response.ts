import type { SinkHit } from '../engine/engine.js';
import type { Verdict } from './policy.js';
import { DEFAULT_AUTH_MODEL, isIssuedCredentialName } from '@leakwatch/core';
import { defaultSeverity, isProjectedOut } from './policy.js';

/**
 * `no-sensitive-response`: credentials always (unless issued to the caller who just authenticated,
 * policy point 1); other personal data unless the handler is authenticated and owner-scoped
 * (point 2). Account status goes to `no-account-oracle`.
 */
export function checkSensitiveResponse(hit: SinkHit): Verdict | undefined {
  if (hit.sink !== 'response') return undefined;
  const category = hit.label.category;
  if (category === 'account-status') return undefined;
  if (isProjectedOut(hit)) return undefined;
  // Decision 0003 §4: what the caller typed, echoed back to them, is no finding (credentials excepted).
  if (hit.label.fromRequest === true && category !== 'credential') return undefined;
  if (category === 'credential') {
    // Policy point 1: issued to the caller now (made by a call here, or answered by a login,
    // sign-up or token route: core's issuance paths).
    // A login answering the user's row still leaks its `passwordHash`: on an issuing route only
    // credentials named like what is handed out (`token`, `apiKey`, `sessionId`) count as issued.
    if (hit.label.issued === true || (isIssuingRoute(hit) && isIssuedCredentialName(nameOfLabel(hit)))) return undefined;
    return { ruleId: 'no-sensitive-response', severity: 'high' };
  }
  const handler = hit.handler;
  // After a verified password (a login answering the user's own profile) the caller owns the record.
  if (hit.afterOwnershipProof === true) return undefined;
  if (handler !== undefined && handler.route.authenticated && (handler.route.ownsEverything || hit.label.ownerKeyed === true)) return undefined;
  if (handler !== undefined && handler.route.authenticated) return { ruleId: 'no-sensitive-response', severity: 'medium' };
  // Unauthenticated callers, or a response written outside a recognised handler.
  const severity = category === 'phone-fragment' && handler !== undefined ? 'high' : defaultSeverity(category, 'response');
  return { ruleId: 'no-sensitive-response', severity };
}

/** Whether the handler's path is one where credentials are issued (`/login`, `/signup`, `/token`). */
function isIssuingRoute(hit: SinkHit): boolean {
  const path = hit.handler?.route.path.replace(/\/+$/, '');
  if (path === undefined) return false;
  return (DEFAULT_AUTH_MODEL.issuance?.paths ?? []).some((issuing) => path === issuing || path.endsWith(issuing));
}

/** The name a credential goes by where it is answered: its key in the response, else its source's last name. */
function nameOfLabel(hit: SinkHit): string {
  const key = hit.label.path.at(-1);
  if (key !== undefined) return key;
  const source = hit.label.trace[0]?.expression ?? '';
  return /([A-Za-z_$][\w$]*)\W*$/.exec(source)?.[1] ?? '';
}
