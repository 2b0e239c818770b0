import type { SinkHit } from '../engine/engine.js';
import type { Verdict } from './policy.js';

/**
 * `no-sensitive-third-party`: any personal data or credential sent to an external service, except
 * delivery to the data subject through a provider (policy point 8). Always high severity.
 */
export function checkSensitiveThirdParty(hit: SinkHit): Verdict | undefined {
  if (hit.sink !== 'third-party') return undefined;
  if (hit.label.category === 'account-status') return undefined;
  if (hit.delivery) return undefined;
  return { ruleId: 'no-sensitive-third-party', severity: 'high' };
}
