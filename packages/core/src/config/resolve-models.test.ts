import { describe, expect, it } from 'vitest';
import { DEFAULT_AUTH_MODEL } from '../models/auth.js';
import { findCallSinkModelProblems, findSanitizerProblems } from '../models/check-model.js';
import { LOGGER_MODELS } from '../models/loggers/index.js';
import { SANITIZERS } from '../models/sanitizers/index.js';
import { THIRD_PARTY_MODELS } from '../models/third-party/index.js';
import { findSeverityOverride, isRuleEnabled, resolveModels } from './resolve-models.js';
import { DEFAULT_CONFIG, parseConfig } from './schema.js';

describe('resolveModels', () => {
  it('returns exactly the built-in models for the default config', () => {
    const models = resolveModels(DEFAULT_CONFIG);
    expect(models.loggers).toEqual(LOGGER_MODELS);
    expect(models.thirdParty).toEqual(THIRD_PARTY_MODELS);
    expect(models.sanitizers).toEqual(SANITIZERS);
    expect(models.auth.middleware).toEqual(DEFAULT_AUTH_MODEL.middleware);
  });

  it('adds configured loggers before the conventional fallback', () => {
    const models = resolveModels(parseConfig({ loggers: ['audit', 'this.audit'] }, 'test'));
    const ids = models.loggers.map((m) => m.id);
    expect(ids.indexOf('config-loggers')).toBe(ids.length - 2);
    expect(ids.at(-1)).toBe('conventional');
    const configured = models.loggers.find((m) => m.id === 'config-loggers');
    expect(configured?.receivers).toEqual([
      { kind: 'name', pattern: '^audit$' },
      { kind: 'property', path: 'this.audit' },
    ]);
    expect(configured && findCallSinkModelProblems(configured)).toEqual([]);
  });

  it('turns custom sinks into call-sink models by sink', () => {
    const models = resolveModels(
      parseConfig(
        {
          sinks: [
            { callee: 'crm.contacts.upsert', sink: 'third-party', module: '@acme/crm', export: 'default', args: [0] },
            { callee: 'auditLog', sink: 'log' },
            { callee: 'this.events.emit', sink: 'third-party' },
          ],
        },
        'test',
      ),
    );
    const crm = models.thirdParty.find((m) => m.id === 'config-sink-0');
    expect(crm).toMatchObject({ receivers: [{ kind: 'import', module: '@acme/crm', export: 'default' }], methods: ['contacts.upsert'], args: [0] });
    const audit = models.loggers.find((m) => m.id === 'config-sink-1');
    expect(audit).toMatchObject({ receivers: [{ kind: 'name', pattern: '^auditLog$' }], methods: [''] });
    expect(audit?.args).toBeUndefined();
    const events = models.thirdParty.find((m) => m.id === 'config-sink-2');
    expect(events).toMatchObject({ receivers: [{ kind: 'property', path: 'this.events' }], methods: ['emit'] });
    for (const model of [crm, audit, events]) expect(model && findCallSinkModelProblems(model)).toEqual([]);
  });

  it('escapes regex characters of a configured name', () => {
    const models = resolveModels(parseConfig({ loggers: ['$log'] }, 'test'));
    const receiver = models.loggers.find((m) => m.id === 'config-loggers')?.receivers[0];
    expect(receiver).toEqual({ kind: 'name', pattern: '^\\$log$' });
    expect(new RegExp(receiver?.kind === 'name' ? receiver.pattern : '').test('$log')).toBe(true);
    expect(new RegExp(receiver?.kind === 'name' ? receiver.pattern : '').test('xlog')).toBe(false);
  });

  it('adds custom sanitizers after the built-in ones', () => {
    const models = resolveModels(parseConfig({ sanitizers: ['scrubPii', { callee: 'vault.tokenize', module: '@acme/vault', removes: ['financial'] }] }, 'test'));
    const added = models.sanitizers.slice(SANITIZERS.length);
    expect(added).toMatchObject([
      { id: 'config-sanitizer-0', calls: [{ callee: 'scrubPii' }], removes: 'all' },
      { id: 'config-sanitizer-1', calls: [{ module: '@acme/vault', callee: 'vault.tokenize' }], removes: ['financial'] },
    ]);
    expect(added.flatMap(findSanitizerProblems)).toEqual([]);
  });

  it('merges auth markers into the defaults without duplicates', () => {
    const models = resolveModels(parseConfig({ auth: { middleware: ['requireStaff', 'requireAuth'], ownerPaths: ['/my-account'] } }, 'test'));
    expect(models.auth.middleware).toContain('requireStaff');
    expect(models.auth.middleware.filter((m) => m === 'requireAuth')).toHaveLength(1);
    expect(models.auth.ownerPaths).toContain('/my-account');
    expect(models.auth.ownerPaths).toContain('/me');
    expect(models.auth.guards).toEqual(DEFAULT_AUTH_MODEL.guards);
  });
});

describe('isRuleEnabled and findSeverityOverride', () => {
  const config = parseConfig(
    { rules: { 'no-sensitive-log': 'low', 'no-account-oracle': 'off' }, severity: { 'other-pii': { log: 'off' }, contact: { log: 'high' } } },
    'test',
  );

  it('disables only rules set to off', () => {
    expect(isRuleEnabled(config, 'no-account-oracle')).toBe(false);
    expect(isRuleEnabled(config, 'no-sensitive-log')).toBe(true);
    expect(isRuleEnabled(config, 'no-sensitive-response')).toBe(true);
  });

  it('prefers a category×sink override to a rule override', () => {
    expect(findSeverityOverride(config, 'no-sensitive-log', 'contact', 'log')).toBe('high');
    expect(findSeverityOverride(config, 'no-sensitive-log', 'other-pii', 'log')).toBe('off');
    expect(findSeverityOverride(config, 'no-sensitive-log', 'financial', 'log')).toBe('low');
  });

  it('leaves the engine default when nothing is configured', () => {
    expect(findSeverityOverride(config, 'no-sensitive-response', 'contact', 'response')).toBeUndefined();
  });
});
