import { ESLintUtils } from '@typescript-eslint/utils';
import { FlowEngine } from './flow-engine.js';
import { getKnowledge } from './settings.js';
import { TypeCategories } from './type-categories.js';
// Keyed by the Program node: the four rules of one lint pass share one walk of the file.
const cache = new WeakMap();
/**
 * The findings of the shared per-file flow analysis, computed on first use by any rule and
 * reused by the others. Never throws: a file the engine cannot follow yields fewer findings.
 */
export function getFileFindings(context, options) {
    const sourceCode = context.sourceCode;
    const program = sourceCode.ast;
    const knowledge = getKnowledge(context.settings);
    const services = options.useTypeInformation ? ESLintUtils.getParserServices(context, true) : null;
    const typed = services?.program != null;
    const entries = cache.get(program) ?? [];
    const hit = entries.find((entry) => entry.knowledge === knowledge && entry.typed === typed);
    if (hit)
        return hit.findings;
    let findings = [];
    try {
        const types = typed ? new TypeCategories(services, knowledge) : null;
        const engine = new FlowEngine(sourceCode, knowledge, types, context.filename);
        engine.run();
        findings = engine.findings;
    }
    catch {
        // The engine guards each sink; this is the last line so that no input ever fails a lint run.
        findings = [];
    }
    entries.push({ knowledge, typed, findings });
    cache.set(program, entries);
    return findings;
}
//# sourceMappingURL=analysis.js.map