import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from './result/scan-result.js';
import type { ScanProgressEvent } from './scan.js';
import { scan } from './scan.js';

// The per-file cache must give, after any edit, exactly what a scan without cache gives: each
// step below edits the project, then compares a cached scan with a fresh one.
const fixture = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures/analyzer-express');
let root: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'leakwatch-cache-'));
  cpSync(path.join(fixture, 'src'), path.join(root, 'src'), { recursive: true });
  cpSync(path.join(fixture, 'tsconfig.json'), path.join(root, 'tsconfig.json'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Everything a reader of the result sees, minus the run's own timing and work counter. */
function comparable(result: ScanResult): unknown {
  const { durationMs: _durationMs, functions: _functions, ...stats } = result.stats;
  return { findings: result.findings, routes: result.routes, diagnostics: result.diagnostics, stats };
}

/** A cached scan and how many files it analysed (0 when answered from the cache). */
async function scanCached(): Promise<{ result: ScanResult; analysed: number }> {
  let analysed = 0;
  const onProgress = (event: ScanProgressEvent): void => {
    if (event.phase === 'analyzing') analysed = Math.max(analysed, event.totalFiles ?? 0);
  };
  const result = await scan({ root, cache: '.leakwatch-cache', onProgress });
  return { result, analysed };
}

function edit(file: string, change: (text: string) => string): void {
  const absolute = path.join(root, file);
  writeFileSync(absolute, change(readFileSync(absolute, 'utf8')));
}

async function expectSameAsFresh(): Promise<number> {
  const cached = await scanCached();
  const fresh = await scan({ root });
  expect(comparable(cached.result)).toEqual(comparable(fresh));
  return cached.analysed;
}

const keys = (result: ScanResult): string[] => result.findings.map((finding) => `${finding.location.file}:${finding.location.line} ${finding.ruleId} ${finding.category}`);

describe('scan --cache: per-file reuse by content hash', () => {
  it('stores a full scan, and answers an unchanged project without analysing anything', async () => {
    const first = await scanCached();
    expect(first.analysed).toBe(first.result.stats.files);
    expect(first.result.findings.length).toBeGreaterThan(0);
    expect(readdirSync(path.join(root, '.leakwatch-cache')).sort()).toEqual([expect.stringMatching(/^imports\.json$/), expect.stringMatching(/^scan-[0-9a-f]{32}\.json$/)]);
    const second = await scanCached();
    expect(second.analysed).toBe(0);
    expect(comparable(second.result)).toEqual(comparable(first.result));
  });

  it('re-analyses a changed service and its importers only, and finds the leak it adds', async () => {
    edit('src/services/user-service.ts', (text) => text.replace('return { id: user.id, displayName: user.displayName };', 'return { id: user.id, displayName: user.displayName, phone: user.phone } as PublicUser;'));
    const analysed = await expectSameAsFresh();
    const total = (await scan({ root })).stats.files;
    // The service, the router that imports it and the app that mounts the router; not auth.ts, the repository, the logger.
    expect(analysed).toBeGreaterThan(0);
    expect(analysed).toBeLessThan(total);
    expect(keys((await scanCached()).result)).toContain('src/routes/users.ts:27 no-sensitive-response phone');
  });

  it('re-analyses the routers an app file mounts when their authentication changes', async () => {
    const before = keys(await scan({ root }));
    edit('src/app.ts', (text) => text.replace("app.use('/users', requireAuth, usersRouter);", "app.use('/users', usersRouter);"));
    await expectSameAsFresh();
    expect(keys(await scan({ root }))).not.toEqual(before);
  });

  it('follows added and removed files, and imports that stop resolving', async () => {
    writeFileSync(
      path.join(root, 'src/routes/admin.ts'),
      "import { Router } from 'express';\nimport { getUser } from '../services/user-service.js';\n\nexport const adminRouter = Router();\n\nadminRouter.get('/users/:id', async (req, res) => {\n  res.json(await getUser(req.params.id));\n});\n",
    );
    edit('src/app.ts', (text) => text.replace("import { requireAuth } from './middleware/auth.js';", "import { requireAuth } from './middleware/auth.js';\nimport { adminRouter } from './routes/admin.js';").replace('app.listen(3000);', "app.use('/admin', adminRouter);\napp.listen(3000);"));
    await expectSameAsFresh();
    expect(keys((await scanCached()).result).some((key) => key.startsWith('src/routes/admin.ts:7 no-sensitive-response'))).toBe(true);

    unlinkSync(path.join(root, 'src/routes/admin.ts'));
    await expectSameAsFresh();
    // An unchanged file whose import no longer resolves is analysed again, not answered from the cache.
    unlinkSync(path.join(root, 'src/lib/logger.ts'));
    await expectSameAsFresh();
  });

  it('starts over when the compiler options change', async () => {
    edit('tsconfig.json', (text) => text.replace('"strict": true', '"strict": true,\n    "allowJs": true'));
    const cached = await scanCached();
    expect(cached.analysed).toBe(cached.result.stats.files);
    expect(comparable(cached.result)).toEqual(comparable(await scan({ root })));
  });
});
