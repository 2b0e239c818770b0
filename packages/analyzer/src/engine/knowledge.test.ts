import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '@leakwatch/core';
import { scan } from '../scan.js';
import { createKnowledge } from './knowledge.js';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('createKnowledge', () => {
  it('reads names from core, with the config adding and ignoring names', () => {
    expect(createKnowledge().classify('passwordHash')).toEqual(['credential']);
    expect(createKnowledge().classify('loyaltyNumber')).toEqual([]);
    const custom = createKnowledge({ extraNames: { financial: ['loyalty number'] }, ignoreNames: ['passwordHash'] });
    expect(custom.classify('loyaltyNumber')).toEqual(['financial']);
    expect(custom.classify('passwordHash')).toEqual([]);
  });

  it("adds the config's loggers and auth markers to core's models", () => {
    const config = parseConfig({ loggers: ['journal'], auth: { middleware: ['mustBeStaff'] } }, 'leakwatch.config.json');
    const knowledge = createKnowledge({ config });
    expect(knowledge.callSinks.some((model) => model.id === 'config-loggers')).toBe(true);
    expect(knowledge.auth.middleware).toContain('mustBeStaff');
    expect(createKnowledge().auth.middleware).not.toContain('mustBeStaff');
  });
});

describe('scan with a config', () => {
  it('reports through config loggers, switches rules off and overrides severities', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'leakwatch-config-'));
    roots.push(root);
    mkdirSync(path.join(root, 'src'));
    writeFileSync(
      path.join(root, 'src/jobs.ts'),
      [
        'declare const journal: { write(...values: unknown[]): void };',
        'export function run(email: string, ssn: string): void {',
        '  journal.write(email);',
        '  console.log(ssn);',
        '}',
        '',
      ].join('\n'),
    );
    const without = await scan({ root });
    expect(without.findings.map((finding) => `${finding.location.line} ${finding.category}`)).toEqual(['4 government-id']);
    const config = parseConfig({ loggers: ['journal'], severity: { 'government-id': { log: 'high' } } }, 'leakwatch.config.json');
    const withConfig = await scan({ root, config: { leakwatch: config } });
    expect(withConfig.findings.map((finding) => `${finding.location.line} ${finding.category} ${finding.severity}`)).toEqual(['3 contact medium', '4 government-id high']);
    const off = await scan({ root, config: { leakwatch: parseConfig({ rules: { 'no-sensitive-log': 'off' } }, 'leakwatch.config.json') } });
    expect(off.findings).toEqual([]);
  });
});
