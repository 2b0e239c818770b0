import { DEFAULT_EXCLUDE, DEFAULT_TEST_FILES } from '@leakwatch/core';

/** The file `leakwatch init` writes. */
export const STARTER_CONFIG_FILE = 'leakwatch.config.json';

/**
 * The starter config: the defaults spelled out where users most often change them (what to
 * skip, what counts as a test file) and empty lists for the project's own vocabulary, loggers,
 * sinks, sanitizers and auth markers, so each knob is visible. It parses with core's
 * `parseConfig` to exactly the defaults.
 */
export function renderStarterConfig(): string {
  const starter = {
    exclude: [...DEFAULT_EXCLUDE],
    testFiles: [...DEFAULT_TEST_FILES],
    names: {},
    ignoreNames: [],
    loggers: [],
    sinks: [],
    sanitizers: [],
    auth: { middleware: [], guards: [], ownerPaths: [] },
  };
  return `${JSON.stringify(starter, null, 2)}\n`;
}
