// Every ❌ example in docs/rules/<id>.md is reported by its rule, and every ✅ example by none of
// the plugin's rules: the docs cannot drift from what the rules do.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { RULE_IDS } from '@leakwatch/core';
import { describe, expect, it } from 'vitest';
import plugin from './index.js';

const docsDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'docs', 'rules');

/** The fenced `ts` blocks under the doc's ❌ and ✅ headings. */
function readExamples(id: string): { incorrect: string[]; correct: string[] } {
  const text = readFileSync(join(docsDir, `${id}.md`), 'utf8');
  const section = (heading: string): string[] => {
    const start = text.indexOf(heading);
    if (start < 0) return [];
    const end = text.indexOf('\n##', start + heading.length);
    const body = text.slice(start, end < 0 ? undefined : end);
    return [...body.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
  };
  return { incorrect: section('### ❌ Incorrect'), correct: section('### ✅ Correct') };
}

function lint(code: string): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat' });
  const rules = Object.fromEntries(RULE_IDS.map((id) => [`@leakwatch/${id}`, 'error' as const]));
  return linter.verify(code, [{ files: ['**/*.ts'], languageOptions: { parser: tsParser }, plugins: { '@leakwatch': plugin }, rules }], { filename: 'src/example.ts' });
}

describe.each(RULE_IDS)('docs/rules/%s.md', (id) => {
  const { incorrect, correct } = readExamples(id);

  it('has examples of both kinds', () => {
    expect(incorrect.length).toBeGreaterThan(0);
    expect(correct.length).toBeGreaterThan(0);
  });

  it.each(incorrect.map((code, index) => [index, code] as const))('❌ example %i is reported by the rule', (_index, code) => {
    const messages = lint(code);
    expect(messages.filter((m) => m.fatal)).toEqual([]);
    expect(messages.some((m) => m.ruleId === `@leakwatch/${id}`)).toBe(true);
  });

  it.each(correct.map((code, index) => [index, code] as const))('✅ example %i is reported by no rule', (_index, code) => {
    expect(lint(code)).toEqual([]);
  });
});
