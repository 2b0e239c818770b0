import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, SINK_IDS } from '../taxonomy/ids.js';
import { RULES, RULE_IDS, findRuleFor, getRuleDocsUrl, isRuleId } from './catalog.js';

describe('rule catalog', () => {
  it('has exactly the four fixed rule ids', () => {
    expect(RULE_IDS).toEqual(['no-sensitive-log', 'no-sensitive-response', 'no-sensitive-third-party', 'no-account-oracle']);
  });

  it('keys every rule by its own id and points its docs at docs/rules/<id>.md', () => {
    for (const id of RULE_IDS) {
      expect(RULES[id].id).toBe(id);
      expect(getRuleDocsUrl(id)).toMatch(new RegExp(`/docs/rules/${id}\\.md$`));
    }
  });

  it('routes every (category, sink) pair to a rule that declares both', () => {
    for (const category of CATEGORY_IDS) {
      for (const sink of SINK_IDS) {
        if (category === 'account-status' && sink === 'log') continue; // policy: status in internal logs is not a finding
        const rule = RULES[findRuleFor(category, sink)];
        expect(rule.categories as readonly string[]).toContain(category);
        expect(rule.sinks as readonly string[]).toContain(sink);
      }
    }
  });

  it('rejects unknown rule ids, including prototype keys', () => {
    expect(isRuleId('no-sensitive-log')).toBe(true);
    expect(isRuleId('no-such-rule')).toBe(false);
    expect(isRuleId('toString')).toBe(false);
    expect(isRuleId(undefined)).toBe(false);
  });
});
