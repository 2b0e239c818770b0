import type { SinkId } from './ids.js';

/** A sink's definition, read by docs and reporters. */
export interface SinkDefinition {
  readonly id: SinkId;
  readonly title: string;
  readonly description: string;
}

/** Every sink, keyed by id. */
export const SINKS: Readonly<Record<SinkId, SinkDefinition>> = {
  log: {
    id: 'log',
    title: 'Logs',
    description:
      'Any logger or console, including process.stdout.write wrappers and debug: logs are copied to aggregators, retained for years and read by many people.',
  },
  response: {
    id: 'response',
    title: 'HTTP responses',
    description:
      'What goes back to the HTTP caller: body, headers, status code and message, a handler or resolver return value, the body of a thrown HTTP exception.',
  },
  'third-party': {
    id: 'third-party',
    title: 'Third parties',
    description:
      'Data sent to an external service: analytics, error trackers, webhooks to other parties, HTTP clients calling another origin, LLM APIs.',
  },
};
