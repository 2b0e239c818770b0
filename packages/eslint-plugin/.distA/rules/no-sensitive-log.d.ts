/** Message ids of `no-sensitive-log`. */
export type MessageIds = 'sensitiveLog';
/** `no-sensitive-log`: credentials and personal data reaching a logger or the console. */
export declare const noSensitiveLog: {
    create: (context: Readonly<import("@typescript-eslint/utils/ts-eslint").RuleContext<"sensitiveLog", import("../util/leak-rule.js").LeakRuleOptions>>) => import("@typescript-eslint/utils/ts-eslint").RuleListener;
    defaultOptions?: import("../util/leak-rule.js").LeakRuleOptions;
    meta: import("@typescript-eslint/utils/ts-eslint").RuleMetaData<"sensitiveLog", {
        recommended?: boolean;
        requiresTypeChecking?: boolean;
    }, import("../util/leak-rule.js").LeakRuleOptions>;
    name: string;
};
//# sourceMappingURL=no-sensitive-log.d.ts.map