import { createLeakRule } from '../util/leak-rule.js';
/** `no-sensitive-third-party`: credentials and personal data sent to analytics, error trackers, webhooks, LLM APIs or another origin. */
export const noSensitiveThirdParty = createLeakRule({
    id: 'no-sensitive-third-party',
    messages: {
        sensitiveThirdParty: '{{category}} data in `{{expression}}` is sent to a third party through `{{target}}` (sink {{sink}}). Send an opaque id, or a keyed hash the third party cannot reverse.',
    },
    pickMessage: () => 'sensitiveThirdParty',
});
//# sourceMappingURL=no-sensitive-third-party.js.map