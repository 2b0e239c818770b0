import { createLeakRule } from '../util/leak-rule.js';
/** Replaces a whole record with an object of its properties that carry no category. */
function suggestProjection(finding, sourceCode) {
    const projection = finding.projection;
    if (!projection)
        return [];
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
export const noSensitiveResponse = createLeakRule({
    id: 'no-sensitive-response',
    hasSuggestions: true,
    messages: {
        sensitiveResponse: '{{category}} data in `{{expression}}` reaches the HTTP response through `{{target}}` (sink {{sink}}). Return an explicit projection without it.',
        sensitiveRecord: '{{category}} data in the whole record `{{expression}}` (its type carries it) reaches the HTTP response through `{{target}}` (sink {{sink}}). Return an explicit projection of its fields.',
        replaceWithProjection: 'Replace `{{expression}}` with an object of its non-sensitive fields ({{fields}}).',
    },
    pickMessage: (finding) => (finding.fromType ? 'sensitiveRecord' : 'sensitiveResponse'),
    suggest: suggestProjection,
});
//# sourceMappingURL=no-sensitive-response.js.map