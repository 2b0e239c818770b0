import { isAlnum, isDigit, isUpper } from '../chars.js';
import type { ValueDetector } from '../detector.js';

const HOST_PATH = 'hooks.slack.com/services/';
const SCHEMES = ['https://', 'http://'];

/** Reads `[A-Z0-9]+` starting with `lead`, returning its end or -1. */
function readId(text: string, pos: number, lead: number): number {
  if (text.charCodeAt(pos) !== lead) return -1;
  const start = pos;
  while ((isUpper(text.charCodeAt(pos)) || isDigit(text.charCodeAt(pos))) && pos - start < 32) pos++;
  return pos - start >= 5 ? pos : -1;
}

/** Slack incoming-webhook URLs: whoever holds one can post into the channel. */
export const slackWebhookDetector: ValueDetector = {
  id: 'slack-webhook',
  category: 'credential',
  title: 'Slack webhook URL',
  description: '`hooks.slack.com/services/T…/B…/<secret>` with or without its scheme; the secret path is the credential.',
  scan(text, report) {
    let from = 0;
    for (;;) {
      const hit = text.indexOf(HOST_PATH, from);
      if (hit === -1) return;
      from = hit + HOST_PATH.length;
      const team = readId(text, from, 84);
      if (team === -1 || text.charCodeAt(team) !== 47) continue;
      const bot = readId(text, team + 1, 66);
      if (bot === -1 || text.charCodeAt(bot) !== 47) continue;
      let end = bot + 1;
      while (isAlnum(text.charCodeAt(end)) && end - bot <= 64) end++;
      if (end - bot - 1 < 16 || isAlnum(text.charCodeAt(end))) continue;
      const scheme = SCHEMES.find((s) => text.startsWith(s, hit - s.length));
      const start = scheme === undefined ? hit : hit - scheme.length;
      if (report(start, end)) return;
      from = end;
    }
  },
};
