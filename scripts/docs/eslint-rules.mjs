// The metadata block of each docs/rules/<id>.md, from the built ESLint plugin (rule meta, presets,
// options) and @leakwatch/core's rule catalog (categories, sinks, severity).
import { RULES, RULE_IDS } from '@leakwatch/core';

const code = (items) => items.map((item) => `\`${item}\``).join(', ');

export async function generate({ root }) {
  const { default: plugin } = await import(new URL('../../packages/eslint-plugin/dist/index.js', import.meta.url).href);
  void root;
  const outputs = [];
  for (const id of RULE_IDS) {
    const rule = plugin.rules[id];
    const catalog = RULES[id];
    const presets = Object.entries(plugin.configs)
      .map(([name, config]) => {
        const entry = config.rules?.[`@leakwatch/${id}`];
        const severity = Array.isArray(entry) ? entry[0] : entry;
        return severity ? `\`${name}\` (${severity})` : null;
      })
      .filter(Boolean);
    const options = Object.entries(rule.meta.schema?.[0]?.properties ?? {})
      .map(([name, schema]) => `| \`${name}\` | ${schema.type} | ${schema.description ?? ''} |`);
    const lines = [
      `> ${rule.meta.docs.description}`,
      '',
      `- **Presets:** ${presets.join(', ')}`,
      `- **Categories:** ${code(catalog.categories)}`,
      `- **Sinks:** ${code(catalog.sinks)}`,
      `- **Default severity:** ${catalog.defaultSeverity}`,
      `- **Type information:** optional; \`recommended-type-checked\` turns on \`useTypeInformation\` to see whole records through their types`,
      `- **Suggestions:** ${rule.meta.hasSuggestions ? 'yes' : 'no'}`,
      '',
      '| option | type | what it does |',
      '|---|---|---|',
      ...options,
      '',
      catalog.help,
    ];
    outputs.push({ file: `docs/rules/${id}.md`, marker: 'rule-meta', content: lines.join('\n') });
  }
  return outputs;
}
