import { isAlnum } from '../chars.js';
import type { ValueDetector } from '../detector.js';
import { scanPrefixedTokens } from '../prefixed-token.js';

/** GitHub personal access, OAuth, app and refresh tokens. */
export const githubTokenDetector: ValueDetector = {
  id: 'github-token',
  category: 'credential',
  title: 'GitHub token',
  description:
    'Classic tokens (`ghp_`, `gho_`, `ghs_`, `ghu_`, `ghr_` followed by 36 letters and digits) and fine-grained `github_pat_` tokens (50–255 letters, digits and underscores).',
  scan(text, report) {
    let stopped = false;
    const relay = (start: number, end: number): boolean => (stopped = report(start, end));
    scanPrefixedTokens(text, { prefixes: ['ghp_', 'gho_', 'ghs_', 'ghu_', 'ghr_'], isBodyChar: isAlnum, minBody: 36, maxBody: 36 }, relay);
    if (stopped) return;
    scanPrefixedTokens(
      text,
      { prefixes: ['github_pat_'], isBodyChar: (c) => isAlnum(c) || c === 95, minBody: 50, maxBody: 255 },
      report,
    );
  },
};
