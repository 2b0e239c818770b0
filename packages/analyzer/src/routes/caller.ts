/**
 * Whether expression text names the caller's identity: a session or principal (`session.orgId`,
 * `viewer`), or a helper or field that returns it (`getCallerId(res)`, `ctx.viewerId`).
 */
export function isCallerExpressionText(text: string): boolean {
  return /^(session|auth|caller|principal|currentUser|claims)\b/.test(text) || /\b(res\.locals|ctx\.state)\b/.test(text) || /\b(getCallerId|getCurrentUser|currentUserId|callerId|viewerId)\b/.test(text);
}
