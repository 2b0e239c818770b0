import type { CallSinkModel } from '../types.js';

/** The OpenAI SDK (`openai`), including Azure's client from the same package. */
export const openaiModel: CallSinkModel = {
  id: 'openai',
  title: 'OpenAI',
  sink: 'third-party',
  modules: ['openai'],
  receivers: [
    { kind: 'factory', module: 'openai', export: 'default', construct: true },
    { kind: 'factory', module: 'openai', export: 'OpenAI', construct: true },
    { kind: 'factory', module: 'openai', export: 'AzureOpenAI', construct: true },
    { kind: 'type', module: 'openai', name: 'OpenAI' },
  ],
  methods: [
    'chat.completions.create',
    'chat.completions.parse',
    'chat.completions.stream',
    'responses.create',
    'responses.parse',
    'responses.stream',
    'completions.create',
    'embeddings.create',
    'moderations.create',
    'images.generate',
    'images.edit',
    'audio.speech.create',
    'beta.threads.create',
    'beta.threads.messages.create',
    'beta.threads.runs.create',
    'conversations.create',
    'conversations.items.create',
  ],
  args: [0],
  notes: 'The request body (argument 0) carries the prompt; argument 1 holds request options (headers, timeout).',
};
