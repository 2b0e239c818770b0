import type { CallSinkModel } from '../types.js';

/** bunyan: `createLogger` or `new Logger`, and child loggers. */
export const bunyanModel: CallSinkModel = {
  id: 'bunyan',
  title: 'bunyan',
  sink: 'log',
  modules: ['bunyan'],
  receivers: [
    { kind: 'factory', module: 'bunyan', export: 'default', path: 'createLogger' },
    { kind: 'factory', module: 'bunyan', export: 'createLogger' },
    { kind: 'factory', module: 'bunyan', export: 'default', construct: true },
    { kind: 'type', module: 'bunyan', name: 'Logger' },
  ],
  methods: ['fatal', 'error', 'warn', 'info', 'debug', 'trace'],
  derive: ['child'],
  notes: 'Level methods take `(fields, msg, …args)` or `(msg, …args)`; called with no argument they only read the level and log nothing.',
};
