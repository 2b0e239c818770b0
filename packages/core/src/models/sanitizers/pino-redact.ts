import type { SanitizerModel } from '../types.js';

/** pino's `redact` option: paths censored in every line the logger writes. */
export const pinoRedact: SanitizerModel = {
  id: 'pino-redact',
  title: 'pino redact paths',
  kind: 'logger-redact',
  calls: [
    { module: 'pino', callee: 'default' },
    { module: 'pino', callee: 'pino' },
    { module: 'pino-http', callee: 'default' },
  ],
  optionKeys: ['redact', 'redact.paths'],
  removes: 'all',
  notes:
    'Paths use pino\'s syntax: dots (`req.headers.authorization`), brackets (`user["email"]`, `items[0]`) and `*` for one whole level (`*.password`, `users[*].ssn`). A path matches the logged object, not the variable: `logger.info({ user })` needs `user.password`. `child(bindings, { redact })` redacts that child only. See `isRedactedByPino`.',
};

/**
 * Splits a pino redact path into segments: `a.b["c-d"][0]` → `['a', 'b', 'c-d', '0']`, `*.x` →
 * `['*', 'x']`. Returns undefined for a path pino would reject, so a typo never counts as redaction.
 */
export function parsePinoRedactPath(path: string): string[] | undefined {
  const segments: string[] = [];
  let rest = path.trim();
  let expectDot = false;
  while (rest.length > 0) {
    if (rest.startsWith('[')) {
      const bracket = /^\[\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|(\d+)|(\*))\s*\]/.exec(rest);
      if (!bracket) return undefined;
      segments.push(bracket[1] ?? bracket[2] ?? bracket[3] ?? '*');
      rest = rest.slice(bracket[0].length);
      expectDot = true;
      continue;
    }
    if (expectDot) {
      if (!rest.startsWith('.')) return undefined;
      rest = rest.slice(1);
    }
    const name = /^(\*|[A-Za-z_$][\w$-]*)/.exec(rest);
    if (!name?.[1]) return undefined;
    segments.push(name[1]);
    rest = rest.slice(name[1].length);
    expectDot = true;
  }
  return segments.length > 0 ? segments : undefined;
}

/**
 * Whether pino's `redact` paths censor the value logged at `loggedPath` (segments below the logged
 * object: `logger.info({ user })` logs `user.email` at `['user', 'email']`). A path censors its
 * whole subtree, so `user` covers `user.email`; `*` stands for exactly one segment.
 */
export function isRedactedByPino(redactPaths: readonly string[], loggedPath: readonly string[]): boolean {
  return redactPaths.some((path) => {
    const segments = parsePinoRedactPath(path);
    if (!segments || segments.length > loggedPath.length) return false;
    return segments.every((segment, i) => segment === '*' || segment === loggedPath[i]);
  });
}
