import type { CallSinkModel } from '../types.js';

/** The Vercel AI SDK (`ai`): provider-agnostic calls that send prompts to the configured model. */
export const vercelAiModel: CallSinkModel = {
  id: 'vercel-ai',
  title: 'Vercel AI SDK',
  sink: 'third-party',
  modules: ['ai'],
  receivers: [{ kind: 'import', module: 'ai', export: '*' }],
  methods: ['generateText', 'streamText', 'generateObject', 'streamObject', 'embed', 'embedMany'],
  args: [0],
  notes: 'Always named imports (`import { generateText } from "ai"`); the one options argument holds `prompt`, `messages`, `system` and `value(s)`.',
};
