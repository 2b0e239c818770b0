import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { CATEGORY_IDS, RULE_IDS, SEVERITIES, SINK_IDS } from '@leakwatch/core';
import { describe, expect, it } from 'vitest';
import { renderJson } from '../reporters/json.js';
import { createSampleResult, createSyntheticResult } from './test-results.js';

const schema = JSON.parse(readFileSync(new URL('./scan-result.schema.json', import.meta.url), 'utf8')) as {
  $defs: Record<string, { enum?: string[] }>;
};
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

describe('scan-result.schema.json', () => {
  it('accepts results as the JSON reporter writes them', () => {
    for (const result of [createSampleResult(), createSyntheticResult(30), { ...createSampleResult(), shard: { index: 1, count: 2 } }]) {
      expect(validate(JSON.parse(renderJson(result))), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('rejects a finding with an extra field (no place for a value) or a bad fingerprint', () => {
    const json = JSON.parse(renderJson(createSampleResult())) as { findings: Record<string, unknown>[] };
    json.findings[0]!['value'] = 'x';
    expect(validate(json)).toBe(false);
    expect(validate.errors?.[0]?.keyword).toBe('additionalProperties');
    const other = JSON.parse(renderJson(createSampleResult())) as { findings: Record<string, unknown>[] };
    other.findings[0]!['fingerprint'] = 'not-a-fingerprint';
    expect(validate(other)).toBe(false);
  });

  it('rejects absolute file paths and other schema versions', () => {
    const json = JSON.parse(renderJson(createSampleResult())) as { schemaVersion: number; routes: { file: string }[] };
    json.routes[0]!.file = '/home/someone/app/src/x.ts';
    expect(validate(json)).toBe(false);
    const old = JSON.parse(renderJson(createSampleResult())) as { schemaVersion: number };
    old.schemaVersion = 0;
    expect(validate(old)).toBe(false);
  });

  it('lists exactly the ids core defines (the schema is written by hand, so this keeps it in step)', () => {
    expect(schema.$defs['categoryId']?.enum).toEqual([...CATEGORY_IDS]);
    expect(schema.$defs['sinkId']?.enum).toEqual([...SINK_IDS]);
    expect(schema.$defs['severity']?.enum).toEqual([...SEVERITIES]);
    const finding = schema.$defs['finding'] as unknown as { properties: { ruleId: { enum: string[] } } };
    expect(finding.properties.ruleId.enum).toEqual(RULE_IDS);
  });
});
