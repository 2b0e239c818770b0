import { readFile } from 'node:fs/promises';
import { LeakwatchError } from '@leakwatch/core';
import { readSarifLog } from '../reporters/sarif.js';
import { parseScanResult } from './parse.js';
import type { ScanResult } from './scan-result.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a saved result: leakwatch JSON (`--format json`) or leakwatch SARIF (`--format sarif`,
 * which carries everything a report needs). Throws `RESULT_INVALID` naming the file for
 * unreadable, foreign or old-version input.
 */
export async function loadScanResult(file: string): Promise<ScanResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new LeakwatchError('RESULT_INVALID', `cannot read the result file (${(error as NodeJS.ErrnoException).code ?? 'error'})`, {
      location: { file },
      cause: error,
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new LeakwatchError('RESULT_INVALID', 'is not JSON: expected the output of `leakwatch scan --format json` or `--format sarif`', {
      location: { file },
      cause: error,
    });
  }
  if (isObject(value) && value['version'] === '2.1.0' && Array.isArray(value['runs'])) {
    return readSarifLog(value, file);
  }
  return parseScanResult(value, file);
}
