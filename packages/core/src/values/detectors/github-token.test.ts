import { describe, expect, it } from 'vitest';
import { githubTokenDetector } from './github-token.js';

function scan(text: string): string[] {
  const found: string[] = [];
  githubTokenDetector.scan(text, (start, end) => {
    found.push(text.slice(start, end));
    return false;
  });
  return found;
}

const BODY_36 = 'FAKEfake0000FAKEfake0000FAKEfake0000';

describe('GitHub token detector', () => {
  it.each(['ghp_', 'gho_', 'ghs_', 'ghu_', 'ghr_'])('finds %s tokens', (prefix) => {
    expect(scan(`token ${prefix}${BODY_36}`)).toEqual([`${prefix}${BODY_36}`]);
  });

  it('finds fine-grained tokens', () => {
    const token = 'github_' + `pat_11FAKE0000_${BODY_36}${BODY_36}`;
    expect(scan(`GH_TOKEN=${token}\n`)).toEqual([token]);
  });

  it.each([
    ['short body', 'ghp_tooShort'],
    ['long body', `ghp_${BODY_36}X`],
    ['unknown prefix', `ghx_${BODY_36}`],
    ['glued to a word', `xghp_${BODY_36}`],
    ['short fine-grained token', 'github_' + 'pat_FAKE'],
  ])('does not find a %s', (_name, text) => {
    expect(scan(text)).toEqual([]);
  });
});
