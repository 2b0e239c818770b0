import type { SanitizerModel } from '../types.js';

/** Conversions to a boolean: `Boolean(x)`, `!!x`, comparisons, `typeof`, predicates. */
export const booleanConversion: SanitizerModel = {
  id: 'boolean-conversion',
  title: 'Booleans, comparisons and typeof',
  kind: 'conversion',
  calls: [
    { callee: 'Boolean' },
    { callee: 'Number.isFinite' },
    { callee: 'includes' },
    { callee: 'startsWith' },
    { callee: 'endsWith' },
    { callee: 'test' },
    { callee: 'isValid' },
    { callee: 'isPossible' },
    { callee: 'isValidPhoneNumber' },
    { callee: 'isPossiblePhoneNumber' },
    { module: 'bcrypt', callee: 'compare' },
    { module: 'bcryptjs', callee: 'compare' },
    { module: 'argon2', callee: 'verify' },
    { module: 'node:crypto', callee: 'timingSafeEqual' },
  ],
  operators: ['!', '!!', '===', '!==', '==', '!=', '<', '<=', '>', '>=', 'typeof', 'instanceof', 'in'],
  removes: 'all',
  notes:
    'Policy point 6: `hasPassword`, `phoneVerified`. Not a sanitizer when the boolean itself is the secret state (`isLocked` is `account-status` by name). `typeof x` yields a type name. Logical `||`/`&&`/`??` return an operand and are not conversions.',
};

// Case-sensitive on purpose: `isThisMonth`, `hasPassword`, `canPost`, but not `issue`, `hash`, `island`.
const PREDICATE_NAME = /^(is|has|can|should|was|were|did|does|needs)[A-Z0-9_]/;

/**
 * Whether a called function is named as a predicate (`isThisMonth(dateOfBirth)`, `hasRole(user)`):
 * it answers a yes or no about its input, never the input itself (policy point 6). A predicate on an
 * account's state is still that state (`isLocked(user)`): callers keep `account-status`.
 */
export function isPredicateCallName(name: string): boolean {
  return PREDICATE_NAME.test(name);
}
