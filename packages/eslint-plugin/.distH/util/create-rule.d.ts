import { ESLintUtils } from '@typescript-eslint/utils';
/** Creates a rule whose `docs.url` points at `docs/rules/<id>.md`, as every leakwatch engine does. */
export declare const createRule: <Options extends readonly unknown[], MessageIds extends string>({ meta, name, ...rule }: Readonly<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, {
    recommended?: boolean;
    requiresTypeChecking?: boolean;
}>>) => ESLintUtils.RuleModule<MessageIds, Options, {
    recommended?: boolean;
    requiresTypeChecking?: boolean;
}, ESLintUtils.RuleListener> & {
    name: string;
};
//# sourceMappingURL=create-rule.d.ts.map