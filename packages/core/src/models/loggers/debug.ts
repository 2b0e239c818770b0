import type { CallSinkModel } from '../types.js';

/** The `debug` package: `debug('app:db')` returns a function that logs when its namespace is enabled. */
export const debugModel: CallSinkModel = {
  id: 'debug',
  title: 'debug',
  sink: 'log',
  modules: ['debug'],
  receivers: [
    { kind: 'factory', module: 'debug', export: 'default' },
    { kind: 'factory', module: 'debug', export: 'debug' },
    { kind: 'type', module: 'debug', name: 'Debugger' },
  ],
  methods: [''],
  derive: ['extend'],
  notes:
    "Logging is calling the receiver itself (method `''`). Disabled namespaces still count: `DEBUG=*` turns them on in production incidents, which is exactly when logs are copied around.",
};
