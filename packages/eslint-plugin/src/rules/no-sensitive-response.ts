import type { TSESLint } from '@typescript-eslint/utils';
import type { FlowFinding } from '../util/flow-engine.js';
import { createLeakRule } from '../util/leak-rule.js';

/** Message ids of `no-sensitive-response`. */
export type MessageIds = 'sensitiveResponse' | 'sensitiveRecord' | 'replaceWithProjection';

/** Replaces a whole record with an object of its properties that carry no category. */
function suggestProjection(finding: FlowFinding, sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
  const projection = finding.projection;
  if (!projection) return [];
  const name = sourceCode.getText(projection.target);
  const text = `{ ${projection.keep.map((key) => `${key}: ${name}.${key}`).join(', ')} }`;
  return [
    {
      messageId: 'replaceWithProjection',
      data: { expression: name, fields: projection.keep.join(', ') },
      fix: (fixer) => fixer.replaceText(projection.target, text),
    },
  ];
}

/** `no-sensitive-response`: credentials, phone fragments and personal data the caller is not entitled to in HTTP responses. */
export const noSensitiveResponse = createLeakRule<MessageIds>({
  id: 'no-sensitive-response',
  hasSuggestions: true,
  messages: {
    sensitiveResponse:
      '{{category}} data in `{{expression}}` reaches the HTTP response through `{{target}}` (sink {{sink}}). Return an explicit projection without it.',
    sensitiveRecord:
      '{{category}} data in the whole record `{{expression}}` (its type carries it) reaches the HTTP response through `{{target}}` (sink {{sink}}). Return an explicit projection of its fields.',
    replaceWithProjection: 'Replace `{{expression}}` with an object of its non-sensitive fields ({{fields}}).',
  },
  pickMessage: (finding) => (finding.fromType ? 'sensitiveRecord' : 'sensitiveResponse'),
  suggest: suggestProjection,
});
