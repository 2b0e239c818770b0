import { createRequire } from 'node:module';
import { createConfigs } from './configs/index.js';
import { rules } from './rules/index.js';
const { name, version } = createRequire(import.meta.url)('../package.json');
/** The plugin's npm name. */
export const packageName = '@leakwatch/eslint-plugin';
const base = { meta: { name, version }, rules };
const configs = createConfigs(base);
/**
 * The plugin. Use a preset in `eslint.config.*`:
 * `export default [leakwatch.configs.recommended]`, or `recommended-type-checked` with
 * `parserOptions.projectService` for type-aware analysis.
 */
const plugin = Object.assign(base, { configs });
export default plugin;
export { rules, configs };
//# sourceMappingURL=index.js.map