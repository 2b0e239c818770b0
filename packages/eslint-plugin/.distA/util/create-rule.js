import { ESLintUtils } from '@typescript-eslint/utils';
import { getRuleDocsUrl } from '@leakwatch/core';
/** Creates a rule whose `docs.url` points at `docs/rules/<id>.md`, as every leakwatch engine does. */
export const createRule = ESLintUtils.RuleCreator((name) => getRuleDocsUrl(name));
//# sourceMappingURL=create-rule.js.map