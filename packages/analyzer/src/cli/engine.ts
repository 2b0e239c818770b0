import type { LeakwatchConfig } from '@leakwatch/core';
import { scan } from '../scan.js';
import type { ScanConfig } from '../scan.js';
import type { ScanFunction } from './commands.js';

// The engine takes the whole config: names feed its classifier, and custom loggers, sinks,
// sanitizers and auth markers join core's models through resolveModels.
function toEngineConfig(config: LeakwatchConfig): ScanConfig {
  const extra = Object.fromEntries(Object.entries(config.names).filter((entry): entry is [string, readonly string[]] => entry[1] !== undefined));
  return { names: { extra, ignore: config.ignoreNames }, leakwatch: config };
}

/** The real analysis engine as the CLI calls it, with the loaded config passed on. */
export const scanWithEngine: ScanFunction = ({ config, ...options }) =>
  scan({ ...options, ...(config === undefined ? {} : { config: toEngineConfig(config) }) });
