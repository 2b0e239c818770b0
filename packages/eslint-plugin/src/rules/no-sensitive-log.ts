import { createLeakRule } from '../util/leak-rule.js';

/** Message ids of `no-sensitive-log`. */
export type MessageIds = 'sensitiveLog';

/** `no-sensitive-log`: credentials and personal data reaching a logger or the console. */
export const noSensitiveLog = createLeakRule<MessageIds>({
  id: 'no-sensitive-log',
  messages: {
    sensitiveLog: '{{category}} data in `{{expression}}` reaches a log through `{{target}}` (sink {{sink}}). Log an id, a hash or a boolean instead, or redact the path.',
  },
  pickMessage: () => 'sensitiveLog',
});
