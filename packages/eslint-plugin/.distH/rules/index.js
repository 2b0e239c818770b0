import { noAccountOracle } from './no-account-oracle.js';
import { noSensitiveLog } from './no-sensitive-log.js';
import { noSensitiveResponse } from './no-sensitive-response.js';
import { noSensitiveThirdParty } from './no-sensitive-third-party.js';
// typescript-eslint's RuleModule and ESLint 10's Rule.RuleModule differ only in their typings.
const asEslintRule = (rule) => rule;
/** Every rule, keyed by its id from core's catalog (a meta-test checks that none is missing). */
export const rules = {
    'no-sensitive-log': asEslintRule(noSensitiveLog),
    'no-sensitive-response': asEslintRule(noSensitiveResponse),
    'no-sensitive-third-party': asEslintRule(noSensitiveThirdParty),
    'no-account-oracle': asEslintRule(noAccountOracle),
};
//# sourceMappingURL=index.js.map