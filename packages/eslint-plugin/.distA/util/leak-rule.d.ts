import type { TSESLint } from '@typescript-eslint/utils';
import { type RuleId } from '@leakwatch/core';
import type { FlowFinding } from './flow-engine.js';
/** Options of every leakwatch rule. */
export type LeakRuleOptions = [
    {
        /** Follow values through declared types too (needs `parserOptions.projectService`). */
        useTypeInformation?: boolean;
        /** Also check test files (`*.test.*`, `*.spec.*`, `__tests__/`), which the policy skips by default. */
        includeTestFiles?: boolean;
    }
];
/** Message placeholders every leakwatch message fills: category, sink, the expression and the sink's code. */
export interface LeakMessageData {
    readonly category: string;
    readonly sink: string;
    readonly expression: string;
    readonly target: string;
}
/**
 * Builds one of the four rules on the shared per-file analysis: the rule reports the findings
 * whose (category, sink) pair core's catalog assigns to it.
 */
export declare function createLeakRule<MessageIds extends string>(spec: {
    readonly id: RuleId;
    readonly messages: Record<MessageIds, string>;
    readonly hasSuggestions?: boolean;
    /** The message id of a finding. */
    readonly pickMessage: (finding: FlowFinding) => MessageIds;
    readonly suggest?: (finding: FlowFinding, sourceCode: Readonly<TSESLint.SourceCode>) => TSESLint.SuggestionReportDescriptor<MessageIds>[];
}): {
    create: (context: Readonly<TSESLint.RuleContext<MessageIds, LeakRuleOptions>>) => TSESLint.RuleListener;
    defaultOptions?: LeakRuleOptions;
    meta: TSESLint.RuleMetaData<MessageIds, {
        recommended?: boolean;
        requiresTypeChecking?: boolean;
    }, LeakRuleOptions>;
    name: string;
};
//# sourceMappingURL=leak-rule.d.ts.map