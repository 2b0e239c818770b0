import type { CallSinkModel } from '../types.js';

/** Google's Gemini SDKs: `@google/generative-ai` (model objects) and its successor `@google/genai`. */
export const googleGenerativeAiModel: CallSinkModel = {
  id: 'google-generative-ai',
  title: 'Google Generative AI (Gemini)',
  sink: 'third-party',
  modules: ['@google/generative-ai', '@google/genai'],
  receivers: [
    { kind: 'factory', module: '@google/generative-ai', export: 'GoogleGenerativeAI', construct: true },
    { kind: 'type', module: '@google/generative-ai', name: 'GenerativeModel' },
    { kind: 'type', module: '@google/generative-ai', name: 'ChatSession' },
    { kind: 'factory', module: '@google/genai', export: 'GoogleGenAI', construct: true },
    { kind: 'type', module: '@google/genai', name: 'Chat' },
  ],
  methods: [
    'generateContent',
    'generateContentStream',
    'countTokens',
    'embedContent',
    'batchEmbedContents',
    'sendMessage',
    'sendMessageStream',
    'models.generateContent',
    'models.generateContentStream',
    'models.embedContent',
    'models.countTokens',
  ],
  derive: ['getGenerativeModel', 'startChat', 'chats.create'],
  notes: '`genAI.getGenerativeModel({ model })` and `model.startChat({ history })` return receivers; `history` is data.',
};
