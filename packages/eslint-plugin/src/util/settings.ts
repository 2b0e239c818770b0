import {
  type CategoryId,
  DEFAULT_CONFIG,
  type LeakwatchConfig,
  classifyNames,
  isIssuanceCall,
  createNameClassifier,
  parseConfig,
  resolveModels,
  splitName,
} from '@leakwatch/core';
import type { Knowledge } from './knowledge.js';

let defaultKnowledge: Knowledge | undefined;
const bySettings = new WeakMap<object, Knowledge>();

/** Builds the engine's knowledge from a parsed config: core's models plus what the config adds. */
function createKnowledge(config: LeakwatchConfig): Knowledge {
  const models = resolveModels(config);
  // The schema's optional keys may hold `undefined`; the classifier's option type does not allow it.
  const extraNames: Partial<Record<CategoryId, readonly string[]>> = {};
  for (const [category, names] of Object.entries(config.names) as [CategoryId, readonly string[] | undefined][]) {
    if (names) extraNames[category] = names;
  }
  const classify = createNameClassifier({ extraNames, ignoreNames: config.ignoreNames });
  const ignored = new Set(config.ignoreNames.map((name) => splitName(name).join(' ')));
  const auth = models.auth;
  const destinations = models.destinations;
  const externalName = new RegExp(destinations.externalUrlNamePattern, 'i');
  const internalHosts = destinations.internalHostPatterns.map((pattern) => new RegExp(pattern));
  const middlewarePattern = new RegExp(auth.middlewarePattern, 'i');
  const guardPattern = auth.guardPattern ? new RegExp(auth.guardPattern) : null;
  const normalize = (path: string): string => (path.length > 1 ? path.replace(/\/+$/, '') : path).toLowerCase();
  const matchesPathPattern = (path: string, pattern: string): boolean => {
    const target = normalize(path);
    if (pattern.endsWith('/*')) {
      const base = normalize(pattern.slice(0, -2));
      return target.endsWith(base) || target.includes(`${base}/`);
    }
    return target === normalize(pattern) || target.endsWith(normalize(pattern));
  };
  // Pure functions of a string, asked for the same routes, names and URLs on every file of a run:
  // memoised per knowledge object so that the regexes and path normalisation run once per input.
  const memo = <T>(compute: (input: string) => T): ((input: string) => T) => {
    const answers = new Map<string, T>();
    return (input) => {
      let answer = answers.get(input);
      if (answer === undefined && !answers.has(input)) {
        answer = compute(input);
        // An editor session keeps the knowledge for hours: bound the memo instead of growing forever.
        if (answers.size >= 10_000) answers.clear();
        answers.set(input, answer);
      }
      return answer as T;
    };
  };
  const isExternalLiteral = memo((literal: string): boolean => {
    const match = /^[a-z][a-z\d+.-]*:\/\/([^/:?#]+)/i.exec(literal);
    const host = match?.[1]?.toLowerCase();
    return host !== undefined && !internalHosts.some((pattern) => pattern.test(host));
  });
  const isExternalName = memo((name: string): boolean => externalName.test(name));
  const matchesIssuancePath = memo((path: string): boolean => auth.issuance?.paths.some((pattern) => matchesPathPattern(path, pattern)) === true);
  const isCredentialRoute = memo(
    (path: string): boolean => matchesIssuancePath(path) || path.split(/[/\-_.:]+/).some((word) => word.length > 0 && classify(word) === 'credential'),
  );
  const isOwnerPath = memo((path: string): boolean => auth.ownerPaths.some((pattern) => matchesPathPattern(path, pattern)));
  const matchesAuthMiddleware = memo((name: string): boolean => auth.middleware.includes(name) || middlewarePattern.test(name.split('.').at(-1) ?? name));
  const matchesGuard = memo((name: string): boolean => (auth.guards ?? []).includes(name) || (guardPattern?.test(name) ?? false));
  return {
    config,
    classifyName: (name) => classify(name),
    classifyNames: (names) => classifyNames(names, classify),
    // Asked for every member name the classifier does not know (`row.id`): split once per name.
    isIgnoredName: memo((name: string): boolean => ignored.has(splitName(name).join(' '))),
    loggers: models.loggers,
    thirdParties: models.thirdParty,
    httpClients: models.httpClients,
    responses: models.responses,
    sanitizers: models.sanitizers,
    derivations: models.derivations,
    auth,
    isExternalUrl: ({ literal, name }) => {
      if (literal !== undefined) return isExternalLiteral(literal);
      return name !== undefined && isExternalName(name);
    },
    isCredentialRoute,
    isOwnerPath,
    matchesAuthMiddleware,
    matchesGuard,
    matchesIssuanceCall: (name) => isIssuanceCall(name, auth),
    matchesIssuancePath,
  };
}

/**
 * The knowledge for a lint run, from core's models and the shared `settings.leakwatch` (core's
 * config shape, validated by core's `parseConfig`: an invalid setting is a `ConfigError` naming
 * the key). Cached per settings object, so every file of a run shares one classifier and its cache.
 */
export function getKnowledge(settings: Readonly<Record<string, unknown>>): Knowledge {
  const own = settings['leakwatch'];
  if (own && typeof own === 'object') {
    const cached = bySettings.get(own);
    if (cached) return cached;
    const knowledge = createKnowledge(parseConfig(own, 'settings.leakwatch'));
    bySettings.set(own, knowledge);
    return knowledge;
  }
  defaultKnowledge ??= createKnowledge(DEFAULT_CONFIG);
  return defaultKnowledge;
}
