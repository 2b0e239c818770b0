import { relative } from 'node:path';
import type { TSESLint } from '@typescript-eslint/utils';
import { RULES, type RuleId, findRuleFor, findSeverityOverride, isRuleEnabled, isTestFile } from '@leakwatch/core';
import { getFileFindings } from './analysis.js';
import { createRule } from './create-rule.js';
import type { FlowFinding } from './flow-engine.js';
import { getKnowledge } from './settings.js';

/** Options of every leakwatch rule. */
export type LeakRuleOptions = [
  {
    /** Follow values through declared types too (needs `parserOptions.projectService`). */
    useTypeInformation?: boolean;
    /** Also check test files (`*.test.*`, `*.spec.*`, `__tests__/`), which the policy skips by default. */
    includeTestFiles?: boolean;
  },
];

const testFileCache = new WeakMap<object, Map<string, boolean>>();

/** Whether a file is a test file under the config; the four rules of a file ask once. */
function isTestFileCached(config: Parameters<typeof isTestFile>[0], cwd: string, filename: string): boolean {
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

const DEFAULT_OPTIONS: LeakRuleOptions[0] = { useTypeInformation: false, includeTestFiles: false };
const resolvedOptions = new WeakMap<object, LeakRuleOptions[0]>();

/** The rule's options over its defaults: what RuleCreator's `applyDefault` yields for flat options. */
function resolveOptions(options: readonly unknown[]): LeakRuleOptions[0] {
  const given = options[0];
  if (given === undefined || given === null || typeof given !== 'object') return DEFAULT_OPTIONS;
  let resolved = resolvedOptions.get(given);
  if (!resolved) {
    resolved = { ...DEFAULT_OPTIONS, ...(given as LeakRuleOptions[0]) };
    resolvedOptions.set(given, resolved);
  }
  return resolved;
}

/** Message placeholders every leakwatch message fills: category, sink, the expression and the sink's code. */
export interface LeakMessageData {
  readonly category: string;
  readonly sink: string;
  readonly expression: string;
  readonly target: string;
}

/**
 * Builds one of the four rules on the shared per-file analysis: the rule reports the findings
 * whose (category, sink) pair core's catalog assigns to it.
 */
export function createLeakRule<MessageIds extends string>(spec: {
  readonly id: RuleId;
  readonly messages: Record<MessageIds, string>;
  readonly hasSuggestions?: boolean;
  /** The message id of a finding. */
  readonly pickMessage: (finding: FlowFinding) => MessageIds;
  readonly suggest?: (finding: FlowFinding, sourceCode: Readonly<TSESLint.SourceCode>) => TSESLint.SuggestionReportDescriptor<MessageIds>[];
}) {
  const meta = RULES[spec.id];
  const createListeners = (context: Readonly<TSESLint.RuleContext<MessageIds, LeakRuleOptions>>, options: LeakRuleOptions[0]): TSESLint.RuleListener => {
    const { config } = getKnowledge(context.settings);
    // Policy point 9: test files are not scanned for findings unless asked (core's `testFiles` globs).
    if (!options.includeTestFiles && isTestFileCached(config, context.cwd, context.filename)) return {};
    if (!isRuleEnabled(config, spec.id)) return {};
    return {
      // At the end of ESLint's traversal, not its start: the run then follows the other rules' pass
      // over the same nodes (in cache), and the scavenges since parsing have moved the new AST out
      // of the young generation, so a collection that falls in our time no longer copies it
      // (measured in the lint run, builds interleaved file by file: 0.89–0.91 of the time).
      'Program:exit'() {
        const findings = getFileFindings(context, { useTypeInformation: options.useTypeInformation === true });
        for (const finding of findings) {
          if (findRuleFor(finding.category, finding.sink) !== spec.id) continue;
          if (findSeverityOverride(config, spec.id, finding.category, finding.sink) === 'off') continue;
          const data: LeakMessageData = {
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
  const rule = createRule<LeakRuleOptions, MessageIds>({
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
  return { ...rule, create: (context: Readonly<TSESLint.RuleContext<MessageIds, LeakRuleOptions>>) => createListeners(context, resolveOptions(context.options)) };
}

