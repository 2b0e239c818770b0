import type { CallSinkModel } from '../types.js';

/** pino, with the loggers pino-http and Fastify hang on their request objects. */
export const pinoModel: CallSinkModel = {
  id: 'pino',
  title: 'pino',
  sink: 'log',
  modules: ['pino', 'pino-http', 'fastify'],
  receivers: [
    { kind: 'factory', module: 'pino', export: 'default' },
    { kind: 'factory', module: 'pino', export: 'pino' },
    { kind: 'property', path: 'req.log' },
    { kind: 'property', path: 'request.log' },
    { kind: 'property', path: 'reply.log' },
    { kind: 'property', path: 'fastify.log' },
    { kind: 'property', path: 'app.log' },
    { kind: 'property', path: 'server.log' },
    { kind: 'type', module: 'pino', name: 'Logger' },
    { kind: 'type', module: 'pino', name: 'BaseLogger' },
    { kind: 'type', module: 'fastify', name: 'FastifyBaseLogger' },
  ],
  methods: ['fatal', 'error', 'warn', 'info', 'debug', 'trace'],
  derive: ['child'],
  notes:
    "Level methods take `(obj, msg, …args)` or `(msg, …args)`; every argument is data. `child(bindings)` binds fields to every later line, so its argument is data too. pino's `redact` option is a sanitizer (see sanitizers/pino-redact). pino-http's logger is reached as `req.log` (its middleware's `.logger` property is not modelled).",
};
