import { describe, expect, it } from 'vitest';
import { slackTokenDetector } from './slack-token.js';

function scan(text: string): string[] {
  const found: string[] = [];
  slackTokenDetector.scan(text, (start, end) => {
    found.push(text.slice(start, end));
    return false;
  });
  return found;
}

describe('Slack token detector', () => {
  it.each(['xoxb-', 'xoxp-', 'xoxa-', 'xoxr-', 'xoxs-'])('finds %s tokens', (prefix) => {
    const token = `${prefix}000000000000-0000000000000-FAKEfakeFAKEfakeFAKEfake`;
    expect(scan(`SLACK_TOKEN=${token}`)).toEqual([token]);
  });

  it.each([
    ['short token', 'xoxb-0000'],
    ['no numeric parts', 'xoxb-' + 'FAKEfakeFAKEfakeFAKEfakeFAKE'],
    ['unknown prefix', 'xoxz-000000000000-0000000000000-FAKEfakeFAKEfake'],
  ])('does not find a %s', (_name, text) => {
    expect(scan(text)).toEqual([]);
  });
});
