import type { CallSinkModel } from '../types.js';

/**
 * The fallback when no import or type identifies a logger: an object conventionally named
 * `logger` or `log` (`logger.info`, `this.logger.warn`, `req.log.error`).
 */
export const conventionalModel: CallSinkModel = {
  id: 'conventional',
  title: 'Conventionally named loggers',
  sink: 'log',
  modules: [],
  receivers: [
    { kind: 'name', pattern: '^_?(logger|log)$' },
    { kind: 'property', path: 'this.logger' },
    { kind: 'property', path: 'this.log' },
    { kind: 'property', path: 'req.log' },
  ],
  // Calling a receiver named `log` (`''`) is left out on purpose: `Math.log(x)` would match.
  methods: ['trace', 'debug', 'info', 'notice', 'warn', 'warning', 'error', 'fatal', 'critical', 'log', 'verbose', 'silly', 'http'],
  derive: ['child'],
  notes:
    'Lowest-confidence model: engines use it only when the receiver has no import and no declared type. Only level-method calls count, never calling the receiver itself, so `Math.log(x)` and `log(x)` helpers are not sinks.',
};
