import { describe, expect, it } from 'vitest';
import { openaiKeyDetector } from './openai-key.js';

function scan(text: string): string[] {
  const found: string[] = [];
  openaiKeyDetector.scan(text, (start, end) => {
    found.push(text.slice(start, end));
    return false;
  });
  return found;
}

describe('OpenAI key detector', () => {
  it.each(['sk-' + 'proj-FAKEfake0123456789FAKEfake0123456789', 'sk-' + 'FAKEfake0123456789FAKEfake0123456789ab'])('finds %s', (key) => {
    expect(scan(`OPENAI_API_KEY=${key}`)).toEqual([key]);
  });

  it.each([
    ['kebab-case class', 'sk-button-primary-large-variant-outline'],
    ['low-entropy body', `sk-${'aA1'.repeat(12)}`],
    ['lower-case hex', 'sk-d41d8cd98f00b204e9800998ecf8427ed41d8cd9'],
    ['inside a word', 'task-FAKEfake0123456789FAKEfake0123456789'],
    ['short body', 'sk-FAKEfake0123'],
  ])('does not find a %s', (_name, text) => {
    expect(scan(text)).toEqual([]);
  });
});
