import { LeakwatchError, RULES, RULE_IDS, getRuleDocsUrl, isSeverity } from '@leakwatch/core';
import type { RuleId } from '@leakwatch/core';
import { parseScanResult } from '../result/parse.js';
import type { Diagnostic, Finding, ScanResult, Severity } from '../result/scan-result.js';

// A minimal typing of the SARIF 2.1.0 parts leakwatch writes; the test validates the output
// against the official schema, which is the real contract.
type SarifLevel = 'error' | 'warning' | 'note';
interface SarifLocation {
  physicalLocation: {
    artifactLocation: { uri: string; uriBaseId: string };
    region: { startLine: number; startColumn?: number; endLine?: number; endColumn?: number };
  };
  message?: { text: string };
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: SarifLocation[];
  codeFlows?: { threadFlows: { locations: { location: SarifLocation; kinds: string[]; properties: Record<string, unknown> }[] }[] }[];
  partialFingerprints: Record<string, string>;
  properties: { category: string; sink: string; severity: Severity };
}
/** The SARIF log leakwatch writes (one run). */
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: {
    tool: { driver: Record<string, unknown> };
    originalUriBaseIds: Record<string, { uri: string }>;
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: Record<string, unknown>[] }[];
    columnKind: 'utf16CodeUnits';
    results: SarifResult[];
    properties: { leakwatch: Record<string, unknown> };
  }[];
}

/** The `partialFingerprints` key of leakwatch's own stable fingerprint. */
export const SARIF_FINGERPRINT_KEY = 'leakwatchFingerprint/v1';
const SRCROOT = 'SRCROOT';

const LEVEL: Readonly<Record<Severity, SarifLevel>> = { high: 'error', medium: 'warning', low: 'note' };
// GitHub code scanning ranks alerts by `security-severity` (CVSS-like 0-10) on the rule.
const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = { high: '8.0', medium: '5.0', low: '2.0' };

function toPascalCase(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_match, _dash: string, letter: string) => letter.toUpperCase());
}

function toRootUri(root: string): string {
  const path = root.replace(/\\/g, '/');
  const absolute = path.startsWith('/') ? path : `/${path}`;
  return `file://${encodeURI(absolute.endsWith('/') ? absolute : `${absolute}/`)}`;
}

function createLocation(file: string, line: number, column?: number, end?: { line?: number; column?: number }, text?: string): SarifLocation {
  return {
    physicalLocation: {
      artifactLocation: { uri: encodeURI(file), uriBaseId: SRCROOT },
      region: {
        startLine: line,
        ...(column === undefined ? {} : { startColumn: column }),
        ...(end?.line === undefined ? {} : { endLine: end.line }),
        ...(end?.column === undefined ? {} : { endColumn: end.column }),
      },
    },
    ...(text === undefined ? {} : { message: { text } }),
  };
}

function createRuleDescriptor(id: RuleId): Record<string, unknown> {
  const rule = RULES[id];
  return {
    id,
    name: toPascalCase(id),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.help },
    help: { text: `${rule.help}\n\n${getRuleDocsUrl(id)}`, markdown: `${rule.help}\n\n[Rule documentation](${getRuleDocsUrl(id)})` },
    helpUri: getRuleDocsUrl(id),
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: {
      tags: ['security', 'privacy', ...rule.categories],
      precision: 'high',
      'security-severity': SECURITY_SEVERITY[rule.defaultSeverity],
      categories: [...rule.categories],
      sinks: [...rule.sinks],
    },
  };
}

function createResult(finding: Finding): SarifResult {
  const { location } = finding;
  return {
    ruleId: finding.ruleId,
    ruleIndex: RULE_IDS.indexOf(finding.ruleId),
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [createLocation(location.file, location.line, location.column, { ...(location.endLine === undefined ? {} : { line: location.endLine }), ...(location.endColumn === undefined ? {} : { column: location.endColumn }) })],
    ...(finding.trace.length === 0
      ? {}
      : {
          codeFlows: [
            {
              threadFlows: [
                {
                  locations: finding.trace.map((step) => ({
                    location: createLocation(
                      step.location.file,
                      step.location.line,
                      step.location.column,
                      undefined,
                      step.note === undefined ? `${step.kind}: ${step.expression}` : `${step.kind}: ${step.expression} (${step.note})`,
                    ),
                    kinds: [step.kind],
                    properties: { expression: step.expression, ...(step.note === undefined ? {} : { note: step.note }) },
                  })),
                },
              ],
            },
          ],
        }),
    partialFingerprints: { [SARIF_FINGERPRINT_KEY]: finding.fingerprint },
    properties: { category: finding.category, sink: finding.sink, severity: finding.severity },
  };
}

function createNotification(diagnostic: Diagnostic): Record<string, unknown> {
  return {
    level: diagnostic.severity,
    message: { text: diagnostic.message },
    descriptor: { id: diagnostic.code },
    ...(diagnostic.file === undefined ? {} : { locations: [createLocation(diagnostic.file, diagnostic.line ?? 1)] }),
    properties: { hasLine: diagnostic.line !== undefined },
  };
}

/**
 * Builds a SARIF 2.1.0 log: rules from the catalog (help text, docs URL, GitHub
 * `security-severity`), one result per finding with its trace as a code flow and the leakwatch
 * fingerprint in `partialFingerprints`, diagnostics as tool notifications. The run's property bag
 * keeps what SARIF has no place for (routes, stats), so `leakwatch report`/`merge` can read it back.
 */
export function createSarifLog(result: ScanResult): SarifLog {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: result.tool.name,
            version: result.tool.version,
            semanticVersion: result.tool.version,
            informationUri: result.tool.informationUri,
            rules: RULE_IDS.map(createRuleDescriptor),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: toRootUri(result.root) } },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: result.diagnostics.map(createNotification) }],
        columnKind: 'utf16CodeUnits',
        results: result.findings.map(createResult),
        properties: {
          leakwatch: {
            schemaVersion: result.schemaVersion,
            typescriptVersion: result.typescriptVersion,
            root: result.root,
            routes: result.routes,
            stats: result.stats,
            ...(result.shard === undefined ? {} : { shard: result.shard }),
          },
        },
      },
    ],
  };
}

/** Renders the SARIF log as newline-terminated JSON, ready for GitHub code scanning. */
export function renderSarif(result: ScanResult): string {
  return `${JSON.stringify(createSarifLog(result), null, 2)}\n`;
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- walked defensively below

function readLocation(location: Json | undefined): { file: string; line: number; column?: number; endLine?: number; endColumn?: number } {
  const physical = location?.['physicalLocation'] as Json | undefined;
  const region = (physical?.['region'] ?? {}) as Json;
  const uri = physical?.['artifactLocation']?.['uri'];
  return {
    file: typeof uri === 'string' ? decodeURI(uri) : '',
    line: Number(region['startLine'] ?? 0),
    ...(region['startColumn'] === undefined ? {} : { column: Number(region['startColumn']) }),
    ...(region['endLine'] === undefined ? {} : { endLine: Number(region['endLine']) }),
    ...(region['endColumn'] === undefined ? {} : { endColumn: Number(region['endColumn']) }),
  };
}

/**
 * Reads a SARIF log written by `createSarifLog` back into a ScanResult (the inverse, so shard
 * outputs in SARIF can be merged and re-rendered). Throws `RESULT_INVALID` for SARIF from other tools.
 */
export function readSarifLog(log: unknown, source: string): ScanResult {
  const run = (log as Json | undefined)?.['runs']?.[0] as Json | undefined;
  const meta = run?.['properties']?.['leakwatch'] as Json | undefined;
  if (run === undefined || meta === undefined || run['tool']?.['driver']?.['name'] !== 'leakwatch') {
    throw new LeakwatchError('RESULT_INVALID', 'is SARIF, but not written by leakwatch (no runs[0].properties.leakwatch)', {
      location: { file: source },
    });
  }
  const driver = run['tool']['driver'] as Json;
  const findings = ((run['results'] ?? []) as Json[]).map((result) => {
    const where = readLocation(result['locations']?.[0]);
    const steps = (result['codeFlows']?.[0]?.['threadFlows']?.[0]?.['locations'] ?? []) as Json[];
    const properties = (result['properties'] ?? {}) as Json;
    const severity = isSeverity(properties['severity']) ? properties['severity'] : result['level'] === 'error' ? 'high' : result['level'] === 'warning' ? 'medium' : 'low';
    return {
      ruleId: result['ruleId'],
      category: properties['category'],
      sink: properties['sink'],
      severity,
      message: result['message']?.['text'],
      location: where,
      trace: steps.map((step) => {
        const at = readLocation(step['location']);
        const note = step['properties']?.['note'];
        return { kind: step['kinds']?.[0], location: at, expression: step['properties']?.['expression'], ...(typeof note === 'string' ? { note } : {}) };
      }),
      fingerprint: result['partialFingerprints']?.[SARIF_FINGERPRINT_KEY],
    };
  });
  const diagnostics = ((run['invocations']?.[0]?.['toolExecutionNotifications'] ?? []) as Json[]).map((notification) => {
    const where = notification['locations'] === undefined ? undefined : readLocation(notification['locations'][0]);
    return {
      code: notification['descriptor']?.['id'],
      severity: notification['level'],
      message: notification['message']?.['text'],
      ...(where === undefined ? {} : { file: where.file }),
      ...(where !== undefined && notification['properties']?.['hasLine'] === true ? { line: where.line } : {}),
    };
  });
  return parseScanResult(
    {
      schemaVersion: meta['schemaVersion'],
      tool: { name: driver['name'], version: driver['version'], informationUri: driver['informationUri'] },
      typescriptVersion: meta['typescriptVersion'],
      root: meta['root'],
      findings,
      routes: meta['routes'],
      diagnostics,
      stats: meta['stats'],
      ...(meta['shard'] === undefined ? {} : { shard: meta['shard'] }),
    },
    source,
  );
}
