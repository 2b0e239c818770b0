import type { LeakwatchConfig, AuthModel, CallSinkModel, CategoryId, DerivationModel, HttpClientModel, ResponseModel, SanitizerModel } from '@leakwatch/core';
/**
 * Everything the flow engine knows about the world, resolved once per settings object from
 * core's models and the user's `settings.leakwatch`. The plugin keeps no list of its own.
 */
export interface Knowledge {
    /** The parsed config the models were resolved from (`settings.leakwatch`, or the defaults). */
    readonly config: LeakwatchConfig;
    classifyName(name: string): CategoryId | null;
    classifyNames(names: readonly string[]): readonly CategoryId[];
    /** Whether the config's `ignoreNames` lists the name (in any spelling). */
    isIgnoredName(name: string): boolean;
    readonly loggers: readonly CallSinkModel[];
    readonly thirdParties: readonly CallSinkModel[];
    readonly httpClients: readonly HttpClientModel[];
    readonly responses: readonly ResponseModel[];
    readonly sanitizers: readonly SanitizerModel[];
    readonly derivations: readonly DerivationModel[];
    readonly auth: AuthModel;
    /** Decides whether a URL expression (its text and, when literal, its value) points at another origin. */
    isExternalUrl(url: {
        readonly literal?: string;
        readonly name?: string;
    }): boolean;
    /** Route paths whose request body carries credentials (login, signup, password change). */
    isCredentialRoute(path: string): boolean;
    isOwnerPath(path: string): boolean;
    matchesAuthMiddleware(name: string): boolean;
    matchesGuard(name: string): boolean;
    matchesIssuanceCall(name: string): boolean;
    matchesIssuancePath(path: string): boolean;
}
//# sourceMappingURL=knowledge.d.ts.map