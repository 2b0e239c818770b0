import { describe, expect, it } from 'vitest';
import { googleApiKeyDetector } from './google-api-key.js';

function scan(text: string): string[] {
  const found: string[] = [];
  googleApiKeyDetector.scan(text, (start, end) => {
    found.push(text.slice(start, end));
    return false;
  });
  return found;
}

describe('Google API key detector', () => {
  it('finds AIza keys of the right length', () => {
    const key = 'AIza' + 'FAKEfake0000FAKEfake0000FAKEfake-_0';
    expect(scan(`?key=${key}&q=1`)).toEqual([key]);
  });

  it.each([
    ['short key', 'AIza' + 'FAKE'],
    ['long key', 'AIza' + 'FAKEfake0000FAKEfake0000FAKEfake0000'],
    ['glued to a word', 'xAIza' + 'FAKEfake0000FAKEfake0000FAKEfake000'],
  ])('does not find a %s', (_name, text) => {
    expect(scan(text)).toEqual([]);
  });
});
