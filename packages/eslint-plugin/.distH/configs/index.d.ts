import type { ESLint, Linter } from 'eslint';
/** The names of the presets. */
export type ConfigName = 'recommended' | 'recommended-type-checked' | 'strict';
/** The prefix of the plugin's rules in a config: `@leakwatch/no-sensitive-log`. */
export declare const PLUGIN_PREFIX = "@leakwatch";
/**
 * Builds the presets from core's rule catalog: `recommended` (no type information; high-severity
 * rules are errors, medium ones warnings), `recommended-type-checked` (the same rules following
 * values through declared types) and `strict` (every rule an error, types on, test files included).
 */
export declare function createConfigs(plugin: ESLint.Plugin): Record<ConfigName, Linter.Config>;
//# sourceMappingURL=index.d.ts.map