import { createLeakRule } from '../util/leak-rule.js';
/** `no-account-oracle`: unauthenticated responses that tell a locked, suspended or banned account from an unknown one. */
export const noAccountOracle = createLeakRule({
    id: 'no-account-oracle',
    messages: {
        accountStatusData: '{{category}} data in `{{expression}}` reaches `{{target}}` before the caller has proven ownership (sink {{sink}}): it tells a locked or suspended account from an unknown one.',
        accountStatusBranch: '{{category}} revealed through `{{target}}` (sink {{sink}}): this response differs when `{{expression}}` holds, so an unauthenticated caller can tell a locked or suspended account from an unknown one. Answer both the same way.',
    },
    pickMessage: (finding) => (finding.kind === 'status-branch' ? 'accountStatusBranch' : 'accountStatusData'),
});
//# sourceMappingURL=no-account-oracle.js.map