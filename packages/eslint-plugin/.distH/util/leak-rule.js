import { relative } from 'node:path';
import { RULES, findRuleFor, findSeverityOverride, isRuleEnabled, isTestFile } from '@leakwatch/core';
import { getFileFindings } from './analysis.js';
import { createRule } from './create-rule.js';
import { getKnowledge } from './settings.js';
const testFileCache = new WeakMap();
/** Whether a file is a test file under the config; the four rules of a file ask once. */
function isTestFileCached(config, cwd, filename) {
    let byFile = testFileCache.get(config);
    if (!byFile) {
        byFile = new Map();
        testFileCache.set(config, byFile);
    }
    let result = byFile.get(filename);
    if (result === undefined) {
        result = isTestFile(config, relative(cwd, filename).replace(/\\/g, '/'));
        byFile.set(filename, result);
    }
    return result;
}
const DEFAULT_OPTIONS = { useTypeInformation: false, includeTestFiles: false };
const resolvedOptions = new WeakMap();
/** The rule's options over its defaults: what RuleCreator's `applyDefault` yields for flat options. */
function resolveOptions(options) {
    const given = options[0];
    if (given === undefined || given === null || typeof given !== 'object')
        return DEFAULT_OPTIONS;
    let resolved = resolvedOptions.get(given);
    if (!resolved) {
        resolved = { ...DEFAULT_OPTIONS, ...given };
        resolvedOptions.set(given, resolved);
    }
    return resolved;
}
/**
 * Builds one of the four rules on the shared per-file analysis: the rule reports the findings
 * whose (category, sink) pair core's catalog assigns to it.
 */
export function createLeakRule(spec) {
    const meta = RULES[spec.id];
    const createListeners = (context, options) => {
        const { config } = getKnowledge(context.settings);
        // Policy point 9: test files are not scanned for findings unless asked (core's `testFiles` globs).
        if (!options.includeTestFiles && isTestFileCached(config, context.cwd, context.filename))
            return {};
        if (!isRuleEnabled(config, spec.id))
            return {};
        return {
            Program() {
                const findings = getFileFindings(context, { useTypeInformation: options.useTypeInformation === true });
                for (const finding of findings) {
                    if (findRuleFor(finding.category, finding.sink) !== spec.id)
                        continue;
                    if (findSeverityOverride(config, spec.id, finding.category, finding.sink) === 'off')
                        continue;
                    const data = {
                        category: finding.category,
                        sink: finding.sink,
                        expression: finding.expression,
                        target: finding.label,
                    };
                    const suggest = spec.suggest?.(finding, context.sourceCode) ?? [];
                    context.report({
                        node: finding.node,
                        messageId: spec.pickMessage(finding),
                        data: { ...data },
                        ...(suggest.length > 0 ? { suggest } : {}),
                    });
                }
            },
        };
    };
    const rule = createRule({
        name: spec.id,
        meta: {
            type: 'problem',
            docs: { description: meta.description, recommended: true, requiresTypeChecking: false },
            messages: spec.messages,
            ...(spec.hasSuggestions ? { hasSuggestions: true } : {}),
            schema: [
                {
                    type: 'object',
                    properties: {
                        useTypeInformation: { type: 'boolean', description: 'Follow values through declared types (needs type information).' },
                        includeTestFiles: { type: 'boolean', description: 'Also check test files.' },
                    },
                    additionalProperties: false,
                },
            ],
        },
        defaultOptions: [DEFAULT_OPTIONS],
        create: (context, [options]) => createListeners(context, options),
    });
    // RuleCreator's `create` deep-clones the defaults (`structuredClone`) for every rule on every
    // file; these options are flat booleans, so the same merge is done once per options object.
    return { ...rule, create: (context) => createListeners(context, resolveOptions(context.options)) };
}
//# sourceMappingURL=leak-rule.js.map