import type { ESLint, Linter, Rule } from 'eslint';
import type { RuleId } from '@leakwatch/core';
import { type ConfigName } from './configs/index.js';
import { rules } from './rules/index.js';
/** The plugin's npm name. */
export declare const packageName = "@leakwatch/eslint-plugin";
export type { ConfigName } from './configs/index.js';
export type { LeakRuleOptions } from './util/leak-rule.js';
/** The leakwatch ESLint plugin: `meta`, the four rules and the flat-config presets. */
export interface LeakwatchPlugin extends ESLint.Plugin {
    readonly meta: {
        readonly name: string;
        readonly version: string;
    };
    readonly rules: Record<RuleId, Rule.RuleModule>;
    readonly configs: Record<ConfigName, Linter.Config>;
}
declare const configs: Record<ConfigName, Linter.Config>;
/**
 * The plugin. Use a preset in `eslint.config.*`:
 * `export default [leakwatch.configs.recommended]`, or `recommended-type-checked` with
 * `parserOptions.projectService` for type-aware analysis.
 */
declare const plugin: LeakwatchPlugin;
export default plugin;
export { rules, configs };
//# sourceMappingURL=index.d.ts.map