#!/usr/bin/env node
// The `leakwatch` bin: wires the real engine and the process's streams into runCli.
import { scanWithEngine } from './engine.js';
import { runCli } from './run.js';

// exitCode rather than exit(): a large report piped to another process must drain first.
process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }, { scan: scanWithEngine });
