// docs/taxonomy.md and the README's category table, from @leakwatch/core's category and sink data.
import { CATEGORIES, CATEGORY_IDS, SINKS, SINK_IDS } from '@leakwatch/core';

const HEADER = '<!-- DO NOT EDIT: generated from @leakwatch/core by `pnpm run docs` -->\n';

const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (items) => items.map((item) => `\`${item}\``).join(', ');

export async function generate() {
  const lines = [HEADER, '# Taxonomy', '', 'What leakwatch treats as sensitive, and where it must not go. The ids are fixed.', ''];
  lines.push('## Categories', '', '| id | title | severity (log / response / third-party) |', '|---|---|---|');
  for (const id of CATEGORY_IDS) {
    const c = CATEGORIES[id];
    lines.push(`| \`${id}\` | ${cell(c.title)} | ${c.defaultSeverity.log} / ${c.defaultSeverity.response} / ${c.defaultSeverity['third-party']} |`);
  }
  lines.push('', '## Sinks', '', '| id | title | what it covers |', '|---|---|---|');
  for (const id of SINK_IDS) lines.push(`| \`${id}\` | ${cell(SINKS[id].title)} | ${cell(SINKS[id].description)} |`);
  for (const id of CATEGORY_IDS) {
    const c = CATEGORIES[id];
    lines.push('', `## \`${id}\`: ${c.title}`, '', c.why, '');
    if (c.names.terms.length) lines.push(`**Name terms:** ${code(c.names.terms)}`, '');
    if (c.names.suffixTerms?.length) lines.push(`**Only as the last words of a name:** ${code(c.names.suffixTerms)}`, '');
    if (c.valueDetectors.length) lines.push(`**Value detectors:** ${code(c.valueDetectors)}`, '');
    if (c.examples.names.length) lines.push(`**Sensitive names:** ${code(c.examples.names)}`, '');
    if (c.examples.notNames.length) lines.push(`**Not sensitive (tricky negatives):** ${code(c.examples.notNames)}`, '');
  }
  const table = ['| category | what it covers |', '|---|---|'];
  for (const id of CATEGORY_IDS) table.push(`| \`${id}\` | ${cell(CATEGORIES[id].why)} |`);
  return [
    { file: 'docs/taxonomy.md', content: `${lines.join('\n')}\n` },
    { file: 'README.md', marker: 'categories', content: table.join('\n') },
  ];
}
