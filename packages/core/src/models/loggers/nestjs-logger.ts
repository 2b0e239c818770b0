import type { CallSinkModel } from '../types.js';

/** NestJS's `Logger` from `@nestjs/common`: instances, static calls, and the `this.logger` field convention. */
export const nestjsLoggerModel: CallSinkModel = {
  id: 'nestjs-logger',
  title: 'NestJS Logger',
  sink: 'log',
  modules: ['@nestjs/common'],
  receivers: [
    { kind: 'factory', module: '@nestjs/common', export: 'Logger', construct: true },
    // Static methods: `Logger.log('…')` writes through the application logger.
    { kind: 'import', module: '@nestjs/common', export: 'Logger' },
    { kind: 'type', module: '@nestjs/common', name: 'Logger' },
    { kind: 'type', module: '@nestjs/common', name: 'LoggerService' },
    { kind: 'type', module: '@nestjs/common', name: 'ConsoleLogger' },
    { kind: 'property', path: 'this.logger' },
  ],
  methods: ['log', 'error', 'warn', 'debug', 'verbose', 'fatal'],
  notes:
    'Methods take `(message, …optionalParams)`; the last string parameter is the context name, which is not data but is harmless to include. `private readonly logger = new Logger(X.name)` is the convention `this.logger` follows.',
};
