// No rule ever throws: every rule runs over a large, varied corpus of valid TypeScript, JavaScript
// and TSX, and the shared engine must not even recover from an internal error.
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { RULE_IDS } from '@leakwatch/core';
import { describe, expect, it } from 'vitest';
import plugin from './index.js';
import { createRobustnessCorpus } from './test-corpus.js';
import { FlowEngine } from './util/flow-engine.js';
import { getKnowledge } from './util/settings.js';

const corpus = createRobustnessCorpus();
const rules = Object.fromEntries(RULE_IDS.map((id) => [`@leakwatch/${id}`, 'error' as const]));

function parserFor(filename: string): NonNullable<Linter.Config['languageOptions']> {
  if (filename.endsWith('.js')) return { ecmaVersion: 'latest', sourceType: 'module' };
  return { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: filename.endsWith('.tsx') } } };
}

describe('robustness', () => {
  it('the corpus is large and varied', () => {
    const lines = corpus.reduce((sum, file) => sum + file.code.split('\n').length, 0);
    expect(lines).toBeGreaterThan(20_000);
    for (const extension of ['.ts', '.js', '.tsx']) expect(corpus.some((file) => file.filename.endsWith(extension))).toBe(true);
  });

  it.each(corpus.map((file) => [file.filename, file] as const))('%s: parses, and no rule throws', (_name, file) => {
    const linter = new Linter({ configType: 'flat' });
    const internalErrors: unknown[] = [];
    const probe = {
      rules: {
        engine: {
          create(context: import('eslint').Rule.RuleContext) {
            return {
              Program() {
                const engine = new FlowEngine(context.sourceCode as never, getKnowledge({}), null, file.filename);
                engine.run();
                internalErrors.push(...engine.internalErrors);
              },
            };
          },
        },
      },
    };
    const messages = linter.verify(
      file.code,
      [{ files: ['**/*.ts', '**/*.tsx', '**/*.js'], languageOptions: parserFor(file.filename), plugins: { '@leakwatch': plugin, probe }, rules: { ...rules, 'probe/engine': 'error' } }],
      { filename: file.filename },
    );
    expect(messages.filter((m) => m.fatal)).toEqual([]);
    expect(internalErrors).toEqual([]);
    // The corpus carries leaks on purpose: the rules must still be finding them.
    expect(messages.some((m) => m.ruleId?.startsWith('@leakwatch/'))).toBe(true);
  });
});
