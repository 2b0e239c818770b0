import type { TSESLint } from '@typescript-eslint/utils';
/** Message ids of `no-sensitive-response`. */
export type MessageIds = 'sensitiveResponse' | 'sensitiveRecord' | 'replaceWithProjection';
/** `no-sensitive-response`: credentials, phone fragments and personal data the caller is not entitled to in HTTP responses. */
export declare const noSensitiveResponse: {
    create: (context: Readonly<TSESLint.RuleContext<MessageIds, import("../util/leak-rule.js").LeakRuleOptions>>) => TSESLint.RuleListener;
    defaultOptions?: import("../util/leak-rule.js").LeakRuleOptions;
    meta: TSESLint.RuleMetaData<MessageIds, {
        recommended?: boolean;
        requiresTypeChecking?: boolean;
    }, import("../util/leak-rule.js").LeakRuleOptions>;
    name: string;
};
//# sourceMappingURL=no-sensitive-response.d.ts.map