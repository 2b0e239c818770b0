import { describe, expect, it } from 'vitest';
import { createFingerprint } from './fingerprint.js';
import { formatExpression } from './finding.js';

const base = {
  ruleId: 'no-sensitive-log',
  category: 'credential',
  sink: 'log',
  file: 'src/routes/login.ts',
  scope: 'loginHandler',
  sinkExpression: 'logger.info(req.body)',
} as const;

describe('createFingerprint', () => {
  it('is a 16-digit hex string that does not depend on position', () => {
    const fp = createFingerprint(base);
    expect(fp).toMatch(/^[0-9a-f]{16}$/);
    expect(createFingerprint({ ...base })).toBe(fp);
  });

  it('ignores whitespace changes in the sink expression and path separators', () => {
    expect(createFingerprint({ ...base, sinkExpression: 'logger.info(\n  req.body\n)' })).toBe(
      createFingerprint({ ...base, sinkExpression: 'logger.info( req.body )' }),
    );
    expect(createFingerprint({ ...base, file: 'src\\routes\\login.ts' })).toBe(createFingerprint(base));
  });

  it('changes with every identifying part', () => {
    const fp = createFingerprint(base);
    expect(createFingerprint({ ...base, category: 'contact' })).not.toBe(fp);
    expect(createFingerprint({ ...base, sink: 'third-party' })).not.toBe(fp);
    expect(createFingerprint({ ...base, file: 'src/routes/other.ts' })).not.toBe(fp);
    expect(createFingerprint({ ...base, scope: 'signupHandler' })).not.toBe(fp);
    expect(createFingerprint({ ...base, occurrence: 1 })).not.toBe(fp);
    expect(createFingerprint({ ...base, ruleId: 'no-sensitive-response' })).not.toBe(fp);
  });
});

describe('formatExpression', () => {
  it('elides string literal contents, which may themselves be secrets', () => {
    expect(formatExpression("login('admin', \"hunter2\")")).toBe("login('…', \"…\")");
    expect(formatExpression('`token ${t}`')).toBe('`…`');
  });

  it('folds whitespace and caps the length', () => {
    expect(formatExpression('a\n   .b')).toBe('a .b');
    const long = formatExpression('x'.repeat(500));
    expect(long).toHaveLength(120);
    expect(long.endsWith('…')).toBe(true);
  });
});
