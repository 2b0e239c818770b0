import { isBase64Url } from '../chars.js';
import type { ValueDetector } from '../detector.js';
import { hasMixedCharacters, scanPrefixedTokens } from '../prefixed-token.js';

// `sk-` alone is a common word prefix (`sk-button`), so the body must look random: mixed case and
// digits, and enough distinct characters that kebab-case identifiers never pass.
function looksRandom(body: string): boolean {
  return hasMixedCharacters(body) && new Set(body).size >= 16;
}

/** OpenAI API keys. */
export const openaiKeyDetector: ValueDetector = {
  id: 'openai-key',
  category: 'credential',
  title: 'OpenAI API key',
  description:
    '`sk-` (including `sk-proj-`, `sk-svcacct-`, `sk-admin-`) followed by 32–256 base64url characters that mix upper case, lower case and digits with at least 16 distinct characters.',
  scan(text, report) {
    scanPrefixedTokens(text, { prefixes: ['sk-'], isBodyChar: isBase64Url, minBody: 32, maxBody: 256, isValidBody: looksRandom }, report);
  },
};
