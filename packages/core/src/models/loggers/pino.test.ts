import { describe, expect, it } from 'vitest';
import { findCallSinkModelProblems } from '../check-model.js';
import { pinoModel } from './pino.js';

describe('pino model', () => {
  it('is well-formed', () => {
    expect(findCallSinkModelProblems(pinoModel)).toEqual([]);
  });

  it('recognises the default-export factory and the Logger type', () => {
    expect(pinoModel.receivers).toContainEqual({ kind: 'factory', module: 'pino', export: 'default' });
    expect(pinoModel.receivers).toContainEqual({ kind: 'type', module: 'pino', name: 'Logger' });
  });

  it('derives loggers with child', () => {
    expect(pinoModel.derive).toEqual(['child']);
  });

  it('treats pino-http and Fastify request loggers as receivers', () => {
    for (const path of ['req.log', 'request.log', 'fastify.log', 'app.log']) {
      expect(pinoModel.receivers).toContainEqual({ kind: 'property', path });
    }
  });

  it('has level methods only, not configuration methods', () => {
    expect(pinoModel.methods).toContain('info');
    expect(pinoModel.methods).toContain('fatal');
    // `isLevelEnabled` and `silent` never write a line.
    expect(pinoModel.methods).not.toContain('isLevelEnabled');
    expect(pinoModel.methods).not.toContain('silent');
  });
});
