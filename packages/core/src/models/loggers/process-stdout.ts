import type { CallSinkModel } from '../types.js';

/** Direct writes to the process's standard streams, which container runtimes ship to the log aggregator. */
export const processStdoutModel: CallSinkModel = {
  id: 'process-stdout',
  title: 'process.stdout / process.stderr',
  sink: 'log',
  modules: [],
  receivers: [
    { kind: 'global', path: 'process.stdout' },
    { kind: 'global', path: 'process.stderr' },
  ],
  methods: ['write'],
  args: [0],
  notes: 'Only the chunk (argument 0) is data; the encoding and callback are not. Project wrappers around `write` are reported at their call (policy: wrappers).',
};
