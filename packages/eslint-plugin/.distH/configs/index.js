import { RULE_IDS, RULES } from '@leakwatch/core';
/** The prefix of the plugin's rules in a config: `@leakwatch/no-sensitive-log`. */
export const PLUGIN_PREFIX = '@leakwatch';
/**
 * Builds the presets from core's rule catalog: `recommended` (no type information; high-severity
 * rules are errors, medium ones warnings), `recommended-type-checked` (the same rules following
 * values through declared types) and `strict` (every rule an error, types on, test files included).
 */
export function createConfigs(plugin) {
    const build = (name) => {
        const rules = {};
        for (const id of RULE_IDS) {
            const severity = name === 'strict' || RULES[id].defaultSeverity === 'high' ? 'error' : 'warn';
            if (name === 'recommended')
                rules[`${PLUGIN_PREFIX}/${id}`] = severity;
            else
                rules[`${PLUGIN_PREFIX}/${id}`] = [severity, { useTypeInformation: true, ...(name === 'strict' ? { includeTestFiles: true } : {}) }];
        }
        return { name: `${PLUGIN_PREFIX}/${name}`, plugins: { [PLUGIN_PREFIX]: plugin }, rules };
    };
    return { recommended: build('recommended'), 'recommended-type-checked': build('recommended-type-checked'), strict: build('strict') };
}
//# sourceMappingURL=index.js.map