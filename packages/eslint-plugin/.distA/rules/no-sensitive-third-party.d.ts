/** Message ids of `no-sensitive-third-party`. */
export type MessageIds = 'sensitiveThirdParty';
/** `no-sensitive-third-party`: credentials and personal data sent to analytics, error trackers, webhooks, LLM APIs or another origin. */
export declare const noSensitiveThirdParty: {
    create: (context: Readonly<import("@typescript-eslint/utils/ts-eslint").RuleContext<"sensitiveThirdParty", import("../util/leak-rule.js").LeakRuleOptions>>) => import("@typescript-eslint/utils/ts-eslint").RuleListener;
    defaultOptions?: import("../util/leak-rule.js").LeakRuleOptions;
    meta: import("@typescript-eslint/utils/ts-eslint").RuleMetaData<"sensitiveThirdParty", {
        recommended?: boolean;
        requiresTypeChecking?: boolean;
    }, import("../util/leak-rule.js").LeakRuleOptions>;
    name: string;
};
//# sourceMappingURL=no-sensitive-third-party.d.ts.map