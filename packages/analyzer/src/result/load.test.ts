import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderJson } from '../reporters/json.js';
import { renderSarif } from '../reporters/sarif.js';
import { loadScanResult } from './load.js';
import { parseScanResult } from './parse.js';
import { createSampleResult } from './test-results.js';

describe('loadScanResult', () => {
  let dir: string;
  const result = createSampleResult();
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'leakwatch-load-'));
  });

  it('reads leakwatch JSON and leakwatch SARIF alike', async () => {
    await writeFile(join(dir, 'r.json'), renderJson(result));
    await writeFile(join(dir, 'r.sarif'), renderSarif(result));
    expect(await loadScanResult(join(dir, 'r.json'))).toEqual(result);
    expect(await loadScanResult(join(dir, 'r.sarif'))).toEqual(result);
  });

  it('names the file and the version for results of another schema version', async () => {
    const file = join(dir, 'old.json');
    await writeFile(file, JSON.stringify({ ...result, schemaVersion: 0 }));
    await expect(loadScanResult(file)).rejects.toThrow(
      `${file}: has schema version 0; this leakwatch reads schema version 1: re-run \`leakwatch scan --format json\` with this version`,
    );
    await writeFile(file, JSON.stringify({ findings: [] }));
    await expect(loadScanResult(file)).rejects.toThrow(`${file}: has no schemaVersion;`);
  });

  it('explains missing files and non-JSON input', async () => {
    await expect(loadScanResult(join(dir, 'missing.json'))).rejects.toThrow('cannot read the result file (ENOENT)');
    await writeFile(join(dir, 'bad.json'), 'Findings: 3');
    await expect(loadScanResult(join(dir, 'bad.json'))).rejects.toMatchObject({ code: 'RESULT_INVALID', message: expect.stringContaining('is not JSON') });
  });

  it('points at the first malformed field', () => {
    const broken = JSON.parse(renderJson(result)) as { findings: Record<string, unknown>[] };
    broken.findings[2]!['category'] = 'password';
    expect(() => parseScanResult(broken, 'r.json')).toThrow('r.json: $.findings[2].category: expected a category id');
    const noTrace = JSON.parse(renderJson(result)) as { findings: Record<string, unknown>[] };
    delete noTrace.findings[0]!['trace'];
    expect(() => parseScanResult(noTrace, 'r.json')).toThrow('r.json: $.findings[0].trace: expected an array');
  });
});
