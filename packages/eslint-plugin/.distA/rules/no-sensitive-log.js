import { createLeakRule } from '../util/leak-rule.js';
/** `no-sensitive-log`: credentials and personal data reaching a logger or the console. */
export const noSensitiveLog = createLeakRule({
    id: 'no-sensitive-log',
    messages: {
        sensitiveLog: '{{category}} data in `{{expression}}` reaches a log through `{{target}}` (sink {{sink}}). Log an id, a hash or a boolean instead, or redact the path.',
    },
    pickMessage: () => 'sensitiveLog',
});
//# sourceMappingURL=no-sensitive-log.js.map