import { isAlnum, isDigit } from '../chars.js';
import type { ValueDetector } from '../detector.js';
import { scanPrefixedTokens } from '../prefixed-token.js';

function isSlackTokenBody(body: string): boolean {
  // Real tokens carry numeric team/user ids between dashes: `xoxb-<digits>-<digits>-<secret>`.
  return body.includes('-') && [...body].some((ch) => isDigit(ch.charCodeAt(0)));
}

/** Slack bot, user, app and refresh tokens. */
export const slackTokenDetector: ValueDetector = {
  id: 'slack-token',
  category: 'credential',
  title: 'Slack token',
  description: '`xoxb-`, `xoxp-`, `xoxa-`, `xoxr-`, `xoxs-` followed by 20–255 letters, digits and dashes including numeric id parts.',
  scan(text, report) {
    scanPrefixedTokens(
      text,
      {
        prefixes: ['xoxb-', 'xoxp-', 'xoxa-', 'xoxr-', 'xoxs-'],
        isBodyChar: (c) => isAlnum(c) || c === 45,
        minBody: 20,
        maxBody: 255,
        isValidBody: isSlackTokenBody,
      },
      report,
    );
  },
};
