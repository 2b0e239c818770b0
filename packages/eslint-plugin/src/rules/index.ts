import type { Rule } from 'eslint';
import type { RuleId } from '@leakwatch/core';
import { noAccountOracle } from './no-account-oracle.js';
import { noSensitiveLog } from './no-sensitive-log.js';
import { noSensitiveResponse } from './no-sensitive-response.js';
import { noSensitiveThirdParty } from './no-sensitive-third-party.js';

// typescript-eslint's RuleModule and ESLint 10's Rule.RuleModule differ only in their typings.
const asEslintRule = (rule: unknown): Rule.RuleModule => rule as Rule.RuleModule;

/** Every rule, keyed by its id from core's catalog (a meta-test checks that none is missing). */
export const rules: Record<RuleId, Rule.RuleModule> = {
  'no-sensitive-log': asEslintRule(noSensitiveLog),
  'no-sensitive-response': asEslintRule(noSensitiveResponse),
  'no-sensitive-third-party': asEslintRule(noSensitiveThirdParty),
  'no-account-oracle': asEslintRule(noAccountOracle),
};
