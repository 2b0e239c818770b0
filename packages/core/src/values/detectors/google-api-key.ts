import { isBase64Url } from '../chars.js';
import type { ValueDetector } from '../detector.js';
import { scanPrefixedTokens } from '../prefixed-token.js';

/** Google API keys. */
export const googleApiKeyDetector: ValueDetector = {
  id: 'google-api-key',
  category: 'credential',
  title: 'Google API key',
  description: '`AIza` followed by exactly 35 base64url characters.',
  scan(text, report) {
    scanPrefixedTokens(text, { prefixes: ['AIza'], isBodyChar: isBase64Url, minBody: 35, maxBody: 35 }, report);
  },
};
