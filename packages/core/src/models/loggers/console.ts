import type { CallSinkModel } from '../types.js';

/** The global `console`, in Node, browsers, Deno, Bun and workers alike. */
export const consoleModel: CallSinkModel = {
  id: 'console',
  title: 'console',
  sink: 'log',
  modules: [],
  receivers: [
    { kind: 'global', path: 'console' },
    // `import { log } from 'node:console'` is rare, but `import console from 'node:console'` is the same object.
    { kind: 'import', module: 'node:console', export: 'default' },
    { kind: 'import', module: 'console', export: 'default' },
  ],
  methods: ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'dirxml', 'table', 'assert', 'group', 'groupCollapsed', 'timeLog'],
  notes: '`console.assert(condition, …data)` prints its data when the condition is false; `timeLog(label, …data)` prints its data.',
};
