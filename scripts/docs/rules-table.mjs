// The README's rule table, from @leakwatch/core's rule catalog.
import { RULES, RULE_IDS } from '@leakwatch/core';

export async function generate() {
  const rows = ['| rule | description | categories | sinks | engines | severity |', '|---|---|---|---|---|---|'];
  for (const id of RULE_IDS) {
    const rule = RULES[id];
    rows.push(
      `| [\`${id}\`](docs/rules/${id}.md) | ${rule.description} | ${rule.categories.map((c) => `\`${c}\``).join(', ')} | ${rule.sinks.map((s) => `\`${s}\``).join(', ')} | ${rule.engines.join(', ')} | ${rule.defaultSeverity} |`,
    );
  }
  return [{ file: 'README.md', marker: 'rules', content: rows.join('\n') }];
}
