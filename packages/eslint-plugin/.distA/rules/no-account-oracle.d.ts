/** Message ids of `no-account-oracle`. */
export type MessageIds = 'accountStatusData' | 'accountStatusBranch';
/** `no-account-oracle`: unauthenticated responses that tell a locked, suspended or banned account from an unknown one. */
export declare const noAccountOracle: {
    create: (context: Readonly<import("@typescript-eslint/utils/ts-eslint").RuleContext<MessageIds, import("../util/leak-rule.js").LeakRuleOptions>>) => import("@typescript-eslint/utils/ts-eslint").RuleListener;
    defaultOptions?: import("../util/leak-rule.js").LeakRuleOptions;
    meta: import("@typescript-eslint/utils/ts-eslint").RuleMetaData<MessageIds, {
        recommended?: boolean;
        requiresTypeChecking?: boolean;
    }, import("../util/leak-rule.js").LeakRuleOptions>;
    name: string;
};
//# sourceMappingURL=no-account-oracle.d.ts.map