import { describe, expect, it } from 'vitest';
import { slackWebhookDetector } from './slack-webhook.js';

function scan(text: string): string[] {
  const found: string[] = [];
  slackWebhookDetector.scan(text, (start, end) => {
    found.push(text.slice(start, end));
    return false;
  });
  return found;
}

const PATH = 'hooks.slack.com/services/' + 'T00000000/B00000000/FAKEfakeFAKEfakeFAKEfake';

describe('Slack webhook detector', () => {
  it('finds webhook URLs with and without a scheme', () => {
    expect(scan(`POST https://${PATH} failed`)).toEqual([`https://${PATH}`]);
    expect(scan(`url=${PATH}`)).toEqual([PATH]);
  });

  it.each([
    ['documentation link', 'https://hooks.slack.com/services/'],
    ['missing secret', 'https://hooks.slack.com/services/T00000000/B00000000/'],
    ['short secret', 'https://hooks.slack.com/services/T00000000/B00000000/abc'],
    ['lower-case ids', 'https://hooks.slack.com/services/t00000000/b00000000/FAKEfakeFAKEfakeFAKEfake'],
  ])('does not find a %s', (_name, text) => {
    expect(scan(text)).toEqual([]);
  });
});
