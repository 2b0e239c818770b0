import type { SinkHit } from '../engine/engine.js';
import type { Verdict } from './policy.js';
import { defaultSeverity } from './policy.js';

/**
 * `no-sensitive-log`: credentials and personal data in logs. Account status in internal logs is
 * not a finding (policy point 3), and neither is a phone fragment (point 4: a masked number in an
 * internal log is fine; fragments are findings only where callers see them).
 */
export function checkSensitiveLog(hit: SinkHit): Verdict | undefined {
  if (hit.sink !== 'log') return undefined;
  const category = hit.label.category;
  if (category === 'account-status' || category === 'phone-fragment') return undefined;
  return { ruleId: 'no-sensitive-log', severity: category === 'credential' ? 'high' : defaultSeverity(category, 'log') };
}
