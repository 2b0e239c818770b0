import { describe, expect, it } from 'vitest';
import { ConfigError, isLeakwatchError } from '../errors.js';
import { CATEGORY_IDS } from '../taxonomy/ids.js';
import { RULE_IDS } from '../rules/catalog.js';
import { CONFIG_FILE_NAMES, DEFAULT_CONFIG, DEFAULT_TEST_FILES, createConfigJsonSchema, defineConfig, parseConfig } from './schema.js';

const SOURCE = 'leakwatch.config.json';

function getMessage(input: unknown, source = SOURCE): string {
  try {
    parseConfig(input, source);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    expect(isLeakwatchError(error)).toBe(true);
    expect((error as ConfigError).code).toBe('CONFIG_INVALID');
    return (error as ConfigError).message;
  }
  throw new Error('parseConfig accepted an invalid config');
}

describe('parseConfig: valid configs', () => {
  it('fills every default for an empty config', () => {
    const config = parseConfig({}, SOURCE);
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(config.testFiles).toEqual(DEFAULT_TEST_FILES);
    expect(config.rules).toEqual({});
    expect(config.loggers).toEqual([]);
  });

  it('keeps every documented key', () => {
    const input = defineConfig({
      $schema: './node_modules/@leakwatch/core/schema.json',
      include: ['src/**/*.ts'],
      exclude: ['src/generated/**'],
      testFiles: ['**/*.e2e.ts'],
      names: { phone: ['msisdn'], 'government-id': ['nhs number'] },
      ignoreNames: ['supportEmail'],
      loggers: ['audit', 'this.audit'],
      sinks: [{ callee: 'crm.push', sink: 'third-party', args: [1], module: '@acme/crm', export: 'default' }],
      sanitizers: ['scrubPii', { callee: 'tokenize', module: '@acme/vault', removes: ['financial'] }],
      auth: { middleware: ['requireStaff'], decorators: ['Authenticated'], ownerPaths: ['/my-account'] },
      rules: { 'no-sensitive-log': 'low', 'no-account-oracle': 'off' },
      severity: { 'other-pii': { log: 'off' }, contact: { 'third-party': 'medium' } },
    });
    const config = parseConfig(input, SOURCE);
    expect(config.names.phone).toEqual(['msisdn']);
    expect(config.sinks[0]).toEqual({ callee: 'crm.push', sink: 'third-party', args: [1], module: '@acme/crm', export: 'default' });
    expect(config.rules['no-account-oracle']).toBe('off');
    expect(config.severity['other-pii']?.log).toBe('off');
    expect(config.include).toEqual(['src/**/*.ts']);
  });

  it('lists config files with TypeScript first and JSON last', () => {
    expect(CONFIG_FILE_NAMES).toEqual(['leakwatch.config.ts', 'leakwatch.config.mjs', 'leakwatch.config.js', 'leakwatch.config.json']);
  });
});

describe('parseConfig: invalid configs name the file, the key path and what was expected', () => {
  it('reports a wrong element type with its index', () => {
    expect(getMessage({ names: { phone: ['msisdn', 'mobile', 3] } })).toBe('leakwatch.config.json: names.phone[2]: expected a string, got number');
  });

  it('reports unknown keys with a suggestion, at every level', () => {
    expect(getMessage({ rulez: {} })).toBe('leakwatch.config.json: rulez: unknown key (did you mean "rules"?)');
    expect(getMessage({ auth: { ownerPath: ['/me'] } })).toBe('leakwatch.config.json: auth.ownerPath: unknown key (did you mean "ownerPaths"?)');
    expect(getMessage({ names: { phones: [] } })).toBe('leakwatch.config.json: names.phones: unknown key (did you mean "phone"?)');
    expect(getMessage({ severity: { phone: { logs: 'low' } } })).toBe('leakwatch.config.json: severity.phone.logs: unknown key (did you mean "log"?)');
  });

  it('reports an unknown key without a suggestion when nothing is close', () => {
    expect(getMessage({ rules: { 'no-such-thing-at-all': 'off' } })).toBe('leakwatch.config.json: rules.no-such-thing-at-all: unknown key');
  });

  it('lists the allowed values of an enum', () => {
    expect(getMessage({ rules: { 'no-sensitive-log': 'error' } })).toBe(
      'leakwatch.config.json: rules.no-sensitive-log: expected one of "off", "low", "medium", "high", got "error"',
    );
  });

  it('reports missing required keys of custom sinks', () => {
    expect(getMessage({ sinks: [{ callee: 'audit.write' }] })).toBe('leakwatch.config.json: sinks[0].sink: missing, expected one of "log", "third-party"');
  });

  it('rejects callee paths that are not member paths and non-integer argument positions', () => {
    expect(getMessage({ sinks: [{ callee: 'audit write', sink: 'log', args: [-1, 1.5] }] })).toBe(
      [
        'leakwatch.config.json: sinks[0].callee: expected a callee path such as "audit.write"',
        'leakwatch.config.json: sinks[0].args[0]: expected a number ≥ 0, got -1',
        'leakwatch.config.json: sinks[0].args[1]: expected an integer, got 1.5',
      ].join('\n'),
    );
  });

  it('reports the object form of a sanitizer from inside, and other types as such', () => {
    expect(getMessage({ sanitizers: [{ calee: 'scrub' }] })).toBe(
      [
        'leakwatch.config.json: sanitizers[0].callee: missing, expected a string',
        'leakwatch.config.json: sanitizers[0].calee: unknown key (did you mean "callee"?)',
      ].join('\n'),
    );
    expect(getMessage({ sanitizers: [4] })).toBe('leakwatch.config.json: sanitizers[0]: expected a string or an object, got number');
  });

  it('rejects a non-object config, empty strings and owner paths without a slash', () => {
    expect(getMessage([])).toBe('leakwatch.config.json: expected an object, got array');
    expect(getMessage(null)).toBe('leakwatch.config.json: expected an object, got null');
    expect(getMessage({ testFiles: [''] })).toBe('leakwatch.config.json: testFiles[0]: expected a non-empty string');
    expect(getMessage({ auth: { ownerPaths: ['me'] } })).toBe('leakwatch.config.json: auth.ownerPaths[0]: expected a route path starting with "/"');
    expect(getMessage({ include: 'src' })).toBe('leakwatch.config.json: include: expected an array, got string');
  });

  it('names the source it was given, such as ESLint settings', () => {
    expect(getMessage({ loggers: [1] }, 'eslint.config.js settings.leakwatch')).toBe('eslint.config.js settings.leakwatch: loggers[0]: expected a string, got number');
  });

  it('never echoes a long string value into the message', () => {
    const value = 'x'.repeat(41);
    expect(getMessage({ rules: { 'no-sensitive-log': value } })).not.toContain(value);
  });
});

describe('createConfigJsonSchema', () => {
  interface JsonSchemaNode {
    type?: string;
    properties?: Record<string, JsonSchemaNode>;
    additionalProperties?: unknown;
    description?: string;
    default?: unknown;
    required?: string[];
  }
  const schema = createConfigJsonSchema() as JsonSchemaNode;

  it('rejects unknown keys at the top level and below, like parseConfig', () => {
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties?.auth?.additionalProperties).toBe(false);
  });

  it('describes the input shape: nothing required, defaults shown, keys from the taxonomy and the rule catalog', () => {
    expect(schema.required ?? []).toEqual([]);
    expect(schema.properties?.testFiles?.default).toEqual([...DEFAULT_TEST_FILES]);
    expect(Object.keys(schema.properties?.names?.properties ?? {})).toEqual([...CATEGORY_IDS]);
    expect(Object.keys(schema.properties?.rules?.properties ?? {})).toEqual([...RULE_IDS]);
  });

  it('carries a description for every top-level key but $schema', () => {
    const undocumented = Object.entries(schema.properties ?? {}).filter(([key, node]) => key !== '$schema' && !node.description);
    expect(undocumented.map(([key]) => key)).toEqual([]);
  });
});
