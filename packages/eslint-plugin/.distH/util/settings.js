import { DEFAULT_CONFIG, classifyNames, isIssuanceCall, createNameClassifier, parseConfig, resolveModels, splitName, } from '@leakwatch/core';
let defaultKnowledge;
const bySettings = new WeakMap();
/** Builds the engine's knowledge from a parsed config: core's models plus what the config adds. */
function createKnowledge(config) {
    const models = resolveModels(config);
    // The schema's optional keys may hold `undefined`; the classifier's option type does not allow it.
    const extraNames = {};
    for (const [category, names] of Object.entries(config.names)) {
        if (names)
            extraNames[category] = names;
    }
    const classify = createNameClassifier({ extraNames, ignoreNames: config.ignoreNames });
    const ignored = new Set(config.ignoreNames.map((name) => splitName(name).join(' ')));
    const auth = models.auth;
    const destinations = models.destinations;
    const externalName = new RegExp(destinations.externalUrlNamePattern, 'i');
    const internalHosts = destinations.internalHostPatterns.map((pattern) => new RegExp(pattern));
    const middlewarePattern = new RegExp(auth.middlewarePattern, 'i');
    const guardPattern = auth.guardPattern ? new RegExp(auth.guardPattern) : null;
    const normalize = (path) => (path.length > 1 ? path.replace(/\/+$/, '') : path).toLowerCase();
    const matchesPathPattern = (path, pattern) => {
        const target = normalize(path);
        if (pattern.endsWith('/*')) {
            const base = normalize(pattern.slice(0, -2));
            return target.endsWith(base) || target.includes(`${base}/`);
        }
        return target === normalize(pattern) || target.endsWith(normalize(pattern));
    };
    // Pure functions of a string, asked for the same routes, names and URLs on every file of a run:
    // memoised per knowledge object so that the regexes and path normalisation run once per input.
    const memo = (compute) => {
        const answers = new Map();
        return (input) => {
            let answer = answers.get(input);
            if (answer === undefined && !answers.has(input)) {
                answer = compute(input);
                // An editor session keeps the knowledge for hours: bound the memo instead of growing forever.
                if (answers.size >= 10_000)
                    answers.clear();
                answers.set(input, answer);
            }
            return answer;
        };
    };
    const isExternalLiteral = memo((literal) => {
        const match = /^[a-z][a-z\d+.-]*:\/\/([^/:?#]+)/i.exec(literal);
        const host = match?.[1]?.toLowerCase();
        return host !== undefined && !internalHosts.some((pattern) => pattern.test(host));
    });
    const isExternalName = memo((name) => externalName.test(name));
    const matchesIssuancePath = memo((path) => auth.issuance?.paths.some((pattern) => matchesPathPattern(path, pattern)) === true);
    const isCredentialRoute = memo((path) => matchesIssuancePath(path) || path.split(/[/\-_.:]+/).some((word) => word.length > 0 && classify(word) === 'credential'));
    const isOwnerPath = memo((path) => auth.ownerPaths.some((pattern) => matchesPathPattern(path, pattern)));
    const matchesAuthMiddleware = memo((name) => auth.middleware.includes(name) || middlewarePattern.test(name.split('.').at(-1) ?? name));
    const matchesGuard = memo((name) => (auth.guards ?? []).includes(name) || (guardPattern?.test(name) ?? false));
    return {
        config,
        classifyName: (name) => classify(name),
        classifyNames: (names) => classifyNames(names, classify),
        // Asked for every member name the classifier does not know (`row.id`): split once per name.
        isIgnoredName: memo((name) => ignored.has(splitName(name).join(' '))),
        loggers: models.loggers,
        thirdParties: models.thirdParty,
        httpClients: models.httpClients,
        responses: models.responses,
        sanitizers: models.sanitizers,
        derivations: models.derivations,
        auth,
        isExternalUrl: ({ literal, name }) => {
            if (literal !== undefined)
                return isExternalLiteral(literal);
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
export function getKnowledge(settings) {
    const own = settings['leakwatch'];
    if (own && typeof own === 'object') {
        const cached = bySettings.get(own);
        if (cached)
            return cached;
        const knowledge = createKnowledge(parseConfig(own, 'settings.leakwatch'));
        bySettings.set(own, knowledge);
        return knowledge;
    }
    defaultKnowledge ??= createKnowledge(DEFAULT_CONFIG);
    return defaultKnowledge;
}
//# sourceMappingURL=settings.js.map