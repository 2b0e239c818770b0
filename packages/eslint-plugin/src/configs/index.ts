import type { ESLint, Linter } from 'eslint';
import { RULE_IDS, RULES } from '@leakwatch/core';

/** The names of the presets. */
export type ConfigName = 'recommended' | 'recommended-type-checked' | 'strict';

/** The prefix of the plugin's rules in a config: `@leakwatch/no-sensitive-log`. */
export const PLUGIN_PREFIX = '@leakwatch';

/**
 * Builds the presets from core's rule catalog: `recommended` (no type information; high-severity
 * rules are errors, medium ones warnings), `recommended-type-checked` (the same rules following
 * values through declared types) and `strict` (every rule an error, types on, test files included).
 */
export function createConfigs(plugin: ESLint.Plugin): Record<ConfigName, Linter.Config> {
  const build = (name: ConfigName): Linter.Config => {
    const rules: Linter.RulesRecord = {};
    for (const id of RULE_IDS) {
      const severity: Linter.RuleSeverity = name === 'strict' || RULES[id].defaultSeverity === 'high' ? 'error' : 'warn';
      if (name === 'recommended') rules[`${PLUGIN_PREFIX}/${id}`] = severity;
      else rules[`${PLUGIN_PREFIX}/${id}`] = [severity, { useTypeInformation: true, ...(name === 'strict' ? { includeTestFiles: true } : {}) }];
    }
    return { name: `${PLUGIN_PREFIX}/${name}`, plugins: { [PLUGIN_PREFIX]: plugin }, rules };
  };
  return { recommended: build('recommended'), 'recommended-type-checked': build('recommended-type-checked'), strict: build('strict') };
}
