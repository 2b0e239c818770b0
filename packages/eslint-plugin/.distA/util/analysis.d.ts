import { type TSESLint } from '@typescript-eslint/utils';
import { type FlowFinding } from './flow-engine.js';
/** Options every leakwatch rule takes. */
export interface AnalysisOptions {
    /** Use the type checker (needs `parserOptions.projectService`); `recommended-type-checked` turns it on. */
    readonly useTypeInformation: boolean;
}
/**
 * The findings of the shared per-file flow analysis, computed on first use by any rule and
 * reused by the others. Never throws: a file the engine cannot follow yields fewer findings.
 */
export declare function getFileFindings(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>, options: AnalysisOptions): readonly FlowFinding[];
//# sourceMappingURL=analysis.d.ts.map