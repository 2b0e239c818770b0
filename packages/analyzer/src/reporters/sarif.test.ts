import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { RULE_IDS, getRuleDocsUrl } from '@leakwatch/core';
import { describe, expect, it } from 'vitest';
import { SENSITIVE_LITERALS, createSampleResult } from '../result/test-results.js';
import { expectNoSensitiveLiterals } from '../result/test-sensitive.js';
import { SARIF_FINGERPRINT_KEY, createSarifLog, readSarifLog, renderSarif } from './sarif.js';

// The official SARIF 2.1.0 (rtm.5) JSON Schema, as shipped by Microsoft's sarif-js-sdk.
const require = createRequire(import.meta.url);
// ajv-draft-04 is CommonJS whose module.exports is the class itself.
const Ajv4 = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
const sarifSchema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
// The schema's language pattern is not valid with the u flag; ajv's default would refuse to compile it.
const ajv = new Ajv4({ allErrors: true, strict: false, unicodeRegExp: false });
const validateSarif = ajv.compile(sarifSchema);

describe('renderSarif', () => {
  const result = createSampleResult();
  const log = createSarifLog(result);
  const run = log.runs[0]!;

  it('validates against the official SARIF 2.1.0 JSON Schema', () => {
    const valid = validateSarif(JSON.parse(renderSarif(result)));
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    // The validator is live: a result without a message is rejected.
    const broken = structuredClone(log) as unknown as { runs: { results: Record<string, unknown>[] }[] };
    delete broken.runs[0]!.results[0]!['message'];
    expect(validateSarif(broken)).toBe(false);
  });

  it('describes every catalog rule with help text, docs URL and a GitHub security-severity', () => {
    const rules = run.tool.driver['rules'] as { id: string; helpUri: string; help: { text: string }; properties: Record<string, unknown> }[];
    expect(rules.map((rule) => rule.id)).toEqual(RULE_IDS);
    const log = rules.find((rule) => rule.id === 'no-sensitive-log')!;
    expect(log.helpUri).toBe(getRuleDocsUrl('no-sensitive-log'));
    expect(log.help.text).toContain('redact');
    expect(log.properties['security-severity']).toBe('5.0');
    expect(rules.find((rule) => rule.id === 'no-account-oracle')!.properties['security-severity']).toBe('8.0');
  });

  it('maps each finding to a result with level, location, code flow, fingerprint and category/sink', () => {
    expect(run.results).toHaveLength(result.findings.length);
    const oracle = run.results.find((sarif) => sarif.ruleId === 'no-account-oracle')!;
    expect(oracle.level).toBe('error');
    expect(oracle.ruleIndex).toBe(RULE_IDS.indexOf('no-account-oracle'));
    expect(oracle.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'src/auth/login.ts', uriBaseId: 'SRCROOT' },
      region: { startLine: 10, startColumn: 22 },
    });
    expect(oracle.properties).toEqual({ category: 'account-status', sink: 'response', severity: 'high' });
    const finding = result.findings.find((each) => each.ruleId === 'no-account-oracle')!;
    expect(oracle.partialFingerprints).toEqual({ [SARIF_FINGERPRINT_KEY]: finding.fingerprint });
    const flow = oracle.codeFlows![0]!.threadFlows[0]!.locations;
    expect(flow.map((step) => step.kinds)).toEqual([['source'], ['sink']]);
    expect(flow[1]!.location.message!.text).toBe('sink: res.status(423) (status differs from the unknown-account branch (401))');
    expect(run.results.find((sarif) => sarif.properties.severity === 'low')!.level).toBe('note');
  });

  it('reports diagnostics as tool execution notifications and the root as SRCROOT', () => {
    const notifications = run.invocations[0]!.toolExecutionNotifications;
    expect(notifications.map((notification) => (notification['descriptor'] as { id: string }).id)).toEqual(
      result.diagnostics.map((diagnostic) => diagnostic.code),
    );
    expect(run.originalUriBaseIds['SRCROOT']).toEqual({ uri: 'file:///work/example-app/' });
  });

  it('reads back into the same ScanResult (lossless for report and merge)', () => {
    expect(readSarifLog(JSON.parse(renderSarif(result)), 'out.sarif')).toEqual(result);
    const sharded = { ...result, shard: { index: 1, count: 2 } };
    expect(readSarifLog(createSarifLog(sharded), 'out.sarif')).toEqual(sharded);
  });

  it('refuses SARIF written by another tool', () => {
    const foreign = { version: '2.1.0', runs: [{ tool: { driver: { name: 'CodeQL' } }, results: [] }] };
    expect(() => readSarifLog(foreign, 'codeql.sarif')).toThrow('codeql.sarif: is SARIF, but not written by leakwatch');
  });

  it('contains no sensitive literal', () => {
    expectNoSensitiveLiterals(renderSarif(result), SENSITIVE_LITERALS);
  });
});
