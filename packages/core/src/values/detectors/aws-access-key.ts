import { isDigit, isUpper } from '../chars.js';
import type { ValueDetector } from '../detector.js';
import { scanPrefixedTokens } from '../prefixed-token.js';

/** AWS access key ids. */
export const awsAccessKeyDetector: ValueDetector = {
  id: 'aws-access-key',
  category: 'credential',
  title: 'AWS access key id',
  description: '`AKIA` (long-term) or `ASIA` (temporary) followed by exactly 16 upper-case letters or digits.',
  scan(text, report) {
    scanPrefixedTokens(
      text,
      { prefixes: ['AKIA', 'ASIA'], isBodyChar: (c) => isUpper(c) || isDigit(c), minBody: 16, maxBody: 16 },
      report,
    );
  },
};
