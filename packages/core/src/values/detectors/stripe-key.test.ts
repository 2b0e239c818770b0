import { describe, expect, it } from 'vitest';
import { stripeKeyDetector } from './stripe-key.js';

function scan(text: string): string[] {
  const found: string[] = [];
  stripeKeyDetector.scan(text, (start, end) => {
    found.push(text.slice(start, end));
    return false;
  });
  return found;
}

describe('Stripe key detector', () => {
  it.each(['sk_' + 'live_', 'sk_' + 'test_', 'rk_' + 'live_', 'rk_' + 'test_'])('finds %s keys', (prefix) => {
    const key = `${prefix}FAKEfake0000FAKEfake0000`;
    expect(scan(`STRIPE_KEY=${key}`)).toEqual([key]);
  });

  it.each([
    ['publishable key', 'pk_' + 'live_FAKEfake0000FAKEfake0000'],
    ['short body', 'sk_' + 'live_short'],
    ['glued to a word', 'ask_' + 'live_FAKEfake0000FAKEfake0000'],
    ['prose', 'the sk_live_ prefix'],
  ])('does not find a %s', (_name, text) => {
    expect(scan(text)).toEqual([]);
  });
});
