import { describe, expect, it } from 'vitest';
import { findSanitizerProblems } from '../check-model.js';
import { maskHelpers } from './mask-helpers.js';

describe('mask-helpers sanitizer', () => {
  it('is well-formed', () => {
    expect(findSanitizerProblems(maskHelpers)).toEqual([]);
  });

  const pattern = new RegExp(maskHelpers.namePattern ?? '$^', 'i');

  it('matches mask, redact, obfuscate, anonymise and pseudonymise helpers in both spellings', () => {
    for (const name of ['maskEmail', 'redactSsn', 'obfuscate', 'anonymizeIp', 'anonymiseIp', 'pseudonymizeUser', 'pseudonymise']) {
      expect(pattern.test(name)).toBe(true);
    }
  });

  it('does not treat truncate or sanitize helpers as masks', () => {
    for (const name of ['truncate', 'truncateEmail', 'sanitizeHtml', 'unmask', 'getMask']) expect(pattern.test(name)).toBe(false);
  });

  it('leaves a masked phone a phone fragment', () => {
    expect(maskHelpers.removes).not.toContain('phone-fragment');
    expect(maskHelpers.removes).toContain('contact');
  });
});
