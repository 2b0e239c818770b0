import { describe, expect, it } from 'vitest';
import { findCallSinkModelProblems } from '../check-model.js';
import { nestjsLoggerModel } from './nestjs-logger.js';

describe('nestjs-logger model', () => {
  it('is well-formed', () => {
    expect(findCallSinkModelProblems(nestjsLoggerModel)).toEqual([]);
  });

  it('recognises new Logger(ctx), static Logger calls and this.logger', () => {
    expect(nestjsLoggerModel.receivers).toContainEqual({ kind: 'factory', module: '@nestjs/common', export: 'Logger', construct: true });
    expect(nestjsLoggerModel.receivers).toContainEqual({ kind: 'import', module: '@nestjs/common', export: 'Logger' });
    expect(nestjsLoggerModel.receivers).toContainEqual({ kind: 'property', path: 'this.logger' });
  });

  it('has NestJS level names, including verbose and fatal but not info', () => {
    expect(nestjsLoggerModel.methods).toEqual(['log', 'error', 'warn', 'debug', 'verbose', 'fatal']);
  });
});
