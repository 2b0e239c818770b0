import type { CallSinkModel } from '../types.js';
import { bunyanModel } from './bunyan.js';
import { consoleModel } from './console.js';
import { conventionalModel } from './conventional.js';
import { debugModel } from './debug.js';
import { log4jsModel } from './log4js.js';
import { nestjsLoggerModel } from './nestjs-logger.js';
import { pinoModel } from './pino.js';
import { processStdoutModel } from './process-stdout.js';
import { winstonModel } from './winston.js';

/**
 * Every logger model. Library models come first and the conventional-name fallback last: an
 * engine that stops at the first match prefers the precise model.
 */
export const LOGGER_MODELS: readonly CallSinkModel[] = [
  consoleModel,
  processStdoutModel,
  pinoModel,
  winstonModel,
  bunyanModel,
  debugModel,
  log4jsModel,
  nestjsLoggerModel,
  conventionalModel,
];
