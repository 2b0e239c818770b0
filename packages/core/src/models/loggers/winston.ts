import type { CallSinkModel } from '../types.js';

/** winston: created loggers, the default logger on the module itself, and containers. */
export const winstonModel: CallSinkModel = {
  id: 'winston',
  title: 'winston',
  sink: 'log',
  modules: ['winston'],
  receivers: [
    { kind: 'factory', module: 'winston', export: 'default', path: 'createLogger' },
    { kind: 'factory', module: 'winston', export: '*', path: 'createLogger' },
    { kind: 'factory', module: 'winston', export: 'createLogger' },
    // `winston.loggers.get('billing')` returns a logger configured with `winston.loggers.add`.
    { kind: 'factory', module: 'winston', export: 'default', path: 'loggers.get' },
    { kind: 'factory', module: 'winston', export: '*', path: 'loggers.get' },
    // The module is a logger itself: `winston.info(…)` writes through the default logger.
    { kind: 'import', module: 'winston', export: 'default' },
    { kind: 'import', module: 'winston', export: '*' },
    { kind: 'type', module: 'winston', name: 'Logger' },
  ],
  methods: ['log', 'error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly'],
  derive: ['child'],
  notes:
    '`log(level, message, meta)` and `log({ level, message, …meta })`: every argument is data (the level is a short literal). Custom levels from `levels:` are methods too; engines may read them from the createLogger options.',
};
