import { ESLintUtils } from '@typescript-eslint/utils';
import { getRuleDocsUrl } from '@leakwatch/core';

/** Creates a rule whose `docs.url` points at `docs/rules/<id>.md`, as every leakwatch engine does. */
export const createRule = ESLintUtils.RuleCreator<{ recommended?: boolean; requiresTypeChecking?: boolean }>(
  (name) => getRuleDocsUrl(name),
);
