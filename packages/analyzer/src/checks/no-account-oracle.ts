import { ts } from 'ts-morph';
import type { CategoryLabel } from '../engine/labels.js';
import type { Emission, SinkHit, StatusBranch } from '../engine/engine.js';
import type { HandlerContext } from '../routes/types.js';
import type { Verdict } from './policy.js';
import { isProjectedOut } from './policy.js';

/**
 * `no-account-oracle`, value part: account status reaching the response or a third party from a
 * handler whose caller has not proven ownership of the account (policy point 3): unauthenticated,
 * or authenticated but not owner-scoped. Handlers the engine did not recognise are not judged.
 */
export function checkAccountStatusFlow(hit: SinkHit): Verdict | undefined {
  if (hit.label.category !== 'account-status' || hit.sink === 'log') return undefined;
  if (hit.handler === undefined || hit.afterOwnershipProof) return undefined;
  if (isProjectedOut(hit)) return undefined;
  const route = hit.handler.route;
  // Signed in but not as the account's owner (any `:id`) is no proof of ownership either.
  if (route.authenticated && (route.ownsEverything || hit.label.ownerKeyed === true)) return undefined;
  // Policy severities: any category sent to a third party is high.
  return { ruleId: 'no-account-oracle', severity: route.authenticated && hit.sink !== 'third-party' ? 'medium' : 'high' };
}

/** A response that reveals account state: reported at its line. */
export interface OracleReveal {
  readonly node: ts.Node;
  readonly branch: StatusBranch;
  readonly label: CategoryLabel;
  /** The anonymous handler the answer reaches. */
  readonly handler: HandlerContext;
}

/**
 * `no-account-oracle`, branch part: in a handler that does not authenticate its caller, or in a
 * function such a handler calls (a service throwing `ForbiddenException`), a branch on account
 * state (`if (user.locked)`) whose answer differs from every answer given elsewhere in the same
 * function (status, body, headers, exception type or message) tells the caller the account's
 * state. Reported at the first distinguishable answer in the branch. A branch after a credential
 * check (the password was verified) is not an oracle.
 */
export function findOracleReveals(branches: readonly StatusBranch[], emissions: readonly Emission[], handlersOf: (scope: ts.Node) => readonly HandlerContext[]): OracleReveal[] {
  const reveals: OracleReveal[] = [];
  for (const branch of branches) {
    if (branch.afterOwnershipProof) continue;
    const handler = branch.handler !== undefined ? (branch.handler.route.authenticated ? undefined : branch.handler) : handlersOf(branch.scope).find((candidate) => !candidate.route.authenticated);
    if (handler === undefined) continue;
    const start = branch.branch.getStart();
    const end = branch.branch.getEnd();
    const inScope = emissions.filter((emission) => emission.scope === branch.scope);
    const inside = inScope.filter((emission) => emission.node.getStart() >= start && emission.node.getEnd() <= end);
    const first = inside.sort((a, b) => a.node.getStart() - b.node.getStart())[0];
    if (first === undefined) continue;
    const stateBranches = branches.filter((other) => other.scope === branch.scope);
    const outside = inScope.filter((emission) => !stateBranches.some((other) => emission.node.getStart() >= other.branch.getStart() && emission.node.getEnd() <= other.branch.getEnd()));
    // The same answer as an unknown account gets is no oracle.
    if (outside.some((emission) => emission.text === first.text)) continue;
    reveals.push({ node: first.node, branch, label: branch.label, handler });
  }
  return reveals;
}
