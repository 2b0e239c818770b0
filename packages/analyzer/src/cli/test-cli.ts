// Test helpers for running the CLI in-process with captured output and a stand-in engine.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ScanResult } from '../result/scan-result.js';
import type { CliScanOptions, ScanFunction } from './commands.js';
import type { CliIo } from './io.js';
import { listSourceFiles } from './source-files.js';
import { runCli } from './run.js';

/** What one CLI run printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of a test run: TTY flags, environment, engine. */
export interface RunOptions {
  readonly cwd: string;
  readonly scan?: ScanFunction;
  readonly stdoutTty?: boolean;
  readonly stderrTty?: boolean;
  readonly env?: Record<string, string | undefined>;
}

/** Runs `leakwatch <argv>` in-process. */
export async function runLeakwatch(argv: readonly string[], options: RunOptions): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text), isTTY: options.stdoutTty ?? false },
    stderr: { write: (text: string) => (stderr += text), isTTY: options.stderrTty ?? false },
    env: options.env ?? {},
    cwd: options.cwd,
  };
  let tick = 0;
  const code = await runCli(argv, io, { ...(options.scan === undefined ? {} : { scan: options.scan }), now: () => (tick += 250) });
  return { code, stdout, stderr };
}

/** Writes files (path → text) into a fresh temporary folder and returns it. */
export function createTempProject(files: Readonly<Record<string, string>>, prefix = 'leakwatch-cli-'): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

/**
 * A stand-in engine that returns a fixed result for any root, honouring `onlyFiles` like the
 * real one (findings outside it are left out, files outside it are not counted; routes and
 * diagnostics stay), and records calls.
 */
export function createFakeScan(make: (root: string) => ScanResult): ScanFunction & { calls: CliScanOptions[] } {
  const calls: CliScanOptions[] = [];
  const scan = async (options: CliScanOptions): Promise<ScanResult> => {
    calls.push(options);
    options.onProgress?.({ phase: 'analyzing', files: 3, totalFiles: 7 });
    const made = make(options.root);
    const only = options.onlyFiles;
    // Like the engine: only the `onlyFiles` are walked (so counted), the rest is summarised on demand.
    const walked = only?.size ?? listSourceFiles(options.root, options.paths).length;
    const result = { ...made, root: options.root, stats: { ...made.stats, files: walked, linesOfCode: walked * 10 } };
    if (only === undefined) return result;
    return { ...result, findings: result.findings.filter((finding) => only.has(finding.location.file)) };
  };
  return Object.assign(scan, { calls });
}
