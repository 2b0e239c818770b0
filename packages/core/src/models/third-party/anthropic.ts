import type { CallSinkModel } from '../types.js';

/** Anthropic's SDK (`@anthropic-ai/sdk`). */
export const anthropicModel: CallSinkModel = {
  id: 'anthropic',
  title: 'Anthropic',
  sink: 'third-party',
  modules: ['@anthropic-ai/sdk'],
  receivers: [
    { kind: 'factory', module: '@anthropic-ai/sdk', export: 'default', construct: true },
    { kind: 'factory', module: '@anthropic-ai/sdk', export: 'Anthropic', construct: true },
    { kind: 'type', module: '@anthropic-ai/sdk', name: 'Anthropic' },
  ],
  methods: [
    'messages.create',
    'messages.stream',
    'messages.countTokens',
    'messages.batches.create',
    'beta.messages.create',
    'beta.messages.stream',
  ],
  args: [0],
};
