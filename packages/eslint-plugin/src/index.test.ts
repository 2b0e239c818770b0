// Meta-test: every rule of core's catalog is implemented, registered, tested, documented and in
// the presets, and the plugin object is what a flat config expects.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Linter } from 'eslint';
import { RULES, RULE_IDS, getRuleDocsUrl } from '@leakwatch/core';
import { describe, expect, it } from 'vitest';
import plugin, { configs, rules } from './index.js';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..', '..');
const packageJson = JSON.parse(readFileSync(join(here, '..', 'package.json'), 'utf8')) as { name: string; version: string };

describe('plugin registration', () => {
  it('registers exactly the rules of the catalog', () => {
    expect(Object.keys(plugin.rules).sort()).toEqual([...RULE_IDS].sort());
    expect(rules).toBe(plugin.rules);
  });

  it.each(RULE_IDS)('%s has its source, test and doc beside it', (id) => {
    expect(existsSync(join(here, 'rules', `${id}.ts`))).toBe(true);
    expect(existsSync(join(here, 'rules', `${id}.test.ts`))).toBe(true);
    const doc = join(repoRoot, 'docs', 'rules', `${id}.md`);
    expect(existsSync(doc)).toBe(true);
    const text = readFileSync(doc, 'utf8');
    expect(text).toContain('### ❌ Incorrect');
    expect(text).toContain('### ✅ Correct');
    expect(text).toContain('## Out of scope');
  });

  it.each(RULE_IDS)('%s takes its description and docs URL from the catalog', (id) => {
    const meta = plugin.rules[id].meta;
    expect(meta?.docs?.description).toBe(RULES[id].description);
    expect(meta?.docs?.url).toBe(getRuleDocsUrl(id));
    expect(meta?.type).toBe('problem');
  });

  it('carries its npm name and version in meta', () => {
    expect(plugin.meta).toEqual({ name: packageJson.name, version: packageJson.version });
  });
});

describe('presets', () => {
  it('enable every rule in every preset, under the @leakwatch prefix', () => {
    for (const config of Object.values(configs)) {
      expect(Object.keys(config.rules ?? {}).sort()).toEqual(RULE_IDS.map((id) => `@leakwatch/${id}`).sort());
      expect(config.plugins?.['@leakwatch']).toBe(plugin);
    }
  });

  it('take severities from the catalog in recommended and make everything an error in strict', () => {
    for (const id of RULE_IDS) {
      expect(configs.recommended.rules?.[`@leakwatch/${id}`]).toBe(RULES[id].defaultSeverity === 'high' ? 'error' : 'warn');
      expect(configs.strict.rules?.[`@leakwatch/${id}`]).toEqual(['error', { useTypeInformation: true, includeTestFiles: true }]);
    }
  });

  it('turn type information on only in the type-checked presets', () => {
    for (const id of RULE_IDS) {
      const entry = configs['recommended-type-checked'].rules?.[`@leakwatch/${id}`];
      expect(Array.isArray(entry) && entry[1]).toEqual({ useTypeInformation: true });
    }
  });

  it('work in a real flat config', () => {
    const linter = new Linter({ configType: 'flat' });
    const messages = linter.verify('console.log(user.password);\nconsole.log(user.hasPassword);', [configs.recommended], { filename: 'src/a.js' });
    expect(messages.map((m) => [m.ruleId, m.line])).toEqual([['@leakwatch/no-sensitive-log', 1]]);
  });
});
