import {
  LeakwatchError,
  isCategoryId,
  isRuleId,
  isSeverity,
  isSinkId,
} from '@leakwatch/core';
import { SCAN_RESULT_SCHEMA_VERSION } from './scan-result.js';
import type { ScanResult } from './scan-result.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks the shape of a parsed ScanResult: the fields reporters rely on, with the JSON path of
 * the first mismatch in the error. The full contract is scan-result.schema.json; this is the
 * cheap run-time subset, so `leakwatch report` fails with a clear message instead of a crash.
 */
export function parseScanResult(value: unknown, source: string): ScanResult {
  const fail = (path: string, expected: string): never => {
    throw new LeakwatchError('RESULT_INVALID', `${path}: expected ${expected}`, { location: { file: source } });
  };
  if (!isObject(value)) return fail('$', 'a leakwatch JSON result (an object)');
  const version = value['schemaVersion'];
  if (version !== SCAN_RESULT_SCHEMA_VERSION) {
    const what = typeof version === 'number' ? `schema version ${version}` : 'no schemaVersion';
    throw new LeakwatchError(
      'RESULT_INVALID',
      `has ${what}; this leakwatch reads schema version ${SCAN_RESULT_SCHEMA_VERSION}: re-run \`leakwatch scan --format json\` with this version`,
      { location: { file: source } },
    );
  }
  const tool = value['tool'];
  if (!isObject(tool) || tool['name'] !== 'leakwatch') fail('$.tool.name', '"leakwatch"');
  if (typeof value['typescriptVersion'] !== 'string') fail('$.typescriptVersion', 'a string');
  if (typeof value['root'] !== 'string') fail('$.root', 'a string');
  for (const key of ['findings', 'routes', 'diagnostics'] as const) {
    if (!Array.isArray(value[key])) fail(`$.${key}`, 'an array');
  }
  (value['findings'] as unknown[]).forEach((finding, i) => {
    const at = `$.findings[${i}]`;
    if (!isObject(finding)) return fail(at, 'an object');
    if (!isRuleId(finding['ruleId'])) fail(`${at}.ruleId`, 'a leakwatch rule id');
    if (!isCategoryId(finding['category'])) fail(`${at}.category`, 'a category id');
    if (!isSinkId(finding['sink'])) fail(`${at}.sink`, 'a sink id');
    if (!isSeverity(finding['severity'])) fail(`${at}.severity`, 'low, medium or high');
    if (typeof finding['message'] !== 'string') fail(`${at}.message`, 'a string');
    if (typeof finding['fingerprint'] !== 'string') fail(`${at}.fingerprint`, 'a string');
    checkLocation(finding['location'], `${at}.location`, fail);
    if (!Array.isArray(finding['trace'])) return fail(`${at}.trace`, 'an array');
    finding['trace'].forEach((step: unknown, j) => {
      if (!isObject(step) || typeof step['expression'] !== 'string' || typeof step['kind'] !== 'string') {
        fail(`${at}.trace[${j}]`, 'a step with kind, expression and location');
      } else {
        checkLocation(step['location'], `${at}.trace[${j}].location`, fail);
      }
    });
    return undefined;
  });
  (value['routes'] as unknown[]).forEach((route, i) => {
    if (!isObject(route) || typeof route['file'] !== 'string' || typeof route['line'] !== 'number') {
      fail(`$.routes[${i}]`, 'a route with file and line');
    } else {
      for (const key of ['returns', 'logs', 'sendsToThirdParties']) {
        if (!Array.isArray(route[key])) fail(`$.routes[${i}].${key}`, 'an array of category ids');
      }
    }
  });
  (value['diagnostics'] as unknown[]).forEach((diagnostic, i) => {
    if (!isObject(diagnostic) || typeof diagnostic['code'] !== 'string' || typeof diagnostic['message'] !== 'string') {
      fail(`$.diagnostics[${i}]`, 'a diagnostic with code and message');
    }
  });
  const stats = value['stats'];
  if (!isObject(stats) || !isObject(stats['bySeverity'])) fail('$.stats', 'an object with bySeverity');
  return value as unknown as ScanResult;
}

function checkLocation(location: unknown, at: string, fail: (path: string, expected: string) => never): void {
  if (!isObject(location) || typeof location['file'] !== 'string' || typeof location['line'] !== 'number') {
    fail(at, 'a location with file, line and column');
  }
}
