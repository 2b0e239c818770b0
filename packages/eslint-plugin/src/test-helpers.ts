// Shared set-up of the rule tests: one untyped and one typed RuleTester, and error builders that
// spell out messageId, line and every placeholder (category, sink, expression, target).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RuleTester } from '@typescript-eslint/rule-tester';

/** The fixture project typed cases run in (its tsconfig includes `file.ts`). */
export const TYPED_FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__', 'typed');

/** A RuleTester without type information: what the `recommended` preset sees. */
export function createRuleTester(): RuleTester {
  return new RuleTester();
}

/** A RuleTester on the typed fixture project: what `recommended-type-checked` sees. */
export function createTypedRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: TYPED_FIXTURE,
      },
    },
  });
}

/** The options a typed case passes to the rule. */
export const TYPED: [{ useTypeInformation: boolean }] = [{ useTypeInformation: true }];

/** One expected error with its full message data. */
export function expectError<MessageId extends string>(
  messageId: MessageId,
  line: number,
  category: string,
  sink: string,
  expression: string,
  target: string,
): { messageId: MessageId; line: number; data: Record<string, string> } {
  return { messageId, line, data: { category, sink, expression, target } };
}
