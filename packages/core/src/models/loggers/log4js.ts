import type { CallSinkModel } from '../types.js';

/** log4js: `getLogger(category)` then level methods. */
export const log4jsModel: CallSinkModel = {
  id: 'log4js',
  title: 'log4js',
  sink: 'log',
  modules: ['log4js'],
  receivers: [
    { kind: 'factory', module: 'log4js', export: 'default', path: 'getLogger' },
    { kind: 'factory', module: 'log4js', export: '*', path: 'getLogger' },
    { kind: 'factory', module: 'log4js', export: 'getLogger' },
    { kind: 'type', module: 'log4js', name: 'Logger' },
  ],
  methods: ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'mark', 'log', 'addContext'],
  notes: '`addContext(key, value)` attaches a value to every later line of that logger, so it is a sink method too.',
};
