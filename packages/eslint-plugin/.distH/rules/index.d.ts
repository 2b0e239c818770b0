import type { Rule } from 'eslint';
import type { RuleId } from '@leakwatch/core';
/** Every rule, keyed by its id from core's catalog (a meta-test checks that none is missing). */
export declare const rules: Record<RuleId, Rule.RuleModule>;
//# sourceMappingURL=index.d.ts.map