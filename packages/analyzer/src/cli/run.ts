import { isLeakwatchError } from '@leakwatch/core';
import { runBaseline, runInit, runMerge, runReport, runScan } from './commands.js';
import type { ScanFunction } from './commands.js';
import { COMMANDS, HELP } from './help.js';
import type { CommandName } from './help.js';
import type { CliIo } from './io.js';
import { readPackageVersion } from './version.js';

/** What the CLI needs besides its IO; injected so tests can stand in for the engine. */
export interface CliDeps {
  /** The analysis engine; main.ts passes the real `scan`. */
  readonly scan?: ScanFunction;
  /** Clock for progress output. */
  readonly now?: () => number;
}

/**
 * Runs the `leakwatch` CLI and returns its exit code: 0 no finding at or above `--fail-on`,
 * 1 findings, 2 usage, config or internal error. Known errors print one terse line (no stack);
 * anything else is a bug, printed with its stack only when LEAKWATCH_DEBUG is set.
 */
export async function runCli(argv: readonly string[], io: CliIo, deps: CliDeps = {}): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      const topic = rest[0];
      const known = topic !== undefined && (COMMANDS as readonly string[]).includes(topic);
      (command === undefined ? io.stderr : io.stdout).write(known ? HELP[topic as CommandName] : HELP.main);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout.write(`${readPackageVersion()}\n`);
      return 0;
    }
    switch (command) {
      case 'scan':
        return await runScan(rest, io, deps);
      case 'report':
        return await runReport(rest, io);
      case 'baseline':
        return await runBaseline(rest, io, deps);
      case 'merge':
        return await runMerge(rest, io);
      case 'init':
        return await runInit(rest, io);
      default:
        io.stderr.write(`leakwatch: unknown command "${command}"; run \`leakwatch --help\`\n`);
        return 2;
    }
  } catch (error) {
    if (isLeakwatchError(error)) {
      io.stderr.write(`leakwatch: ${error.message.trimEnd()}\n`);
    } else {
      const detail = io.env['LEAKWATCH_DEBUG'] ? `\n${(error as Error).stack ?? ''}` : ' (set LEAKWATCH_DEBUG=1 for the stack)';
      io.stderr.write(`leakwatch: internal error: ${(error as Error).message ?? String(error)}${detail}\n`);
    }
    return 2;
  }
}
