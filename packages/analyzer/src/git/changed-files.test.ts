import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getChangedFiles } from './changed-files.js';

describe('getChangedFiles', () => {
  let root: string;
  const git = (...args: string[]): string =>
    execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com' },
    });
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'leakwatch-git-'));
    git('init', '-q', '-b', 'main');
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src/a.ts'), 'export const a = 1;\n');
    writeFileSync(join(root, 'src/b.ts'), 'export const b = 1;\n');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    git('checkout', '-q', '-b', 'feature');
    writeFileSync(join(root, 'src/a.ts'), 'export const a = 2;\n');
    git('commit', '-q', '-am', 'change a');
    writeFileSync(join(root, 'src/b.ts'), 'export const b = 2;\n');
    writeFileSync(join(root, 'src/new.ts'), 'export const n = 1;\n');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('lists committed, uncommitted and untracked changes since the ref', async () => {
    expect(await getChangedFiles(root, 'main')).toEqual(['src/a.ts', 'src/b.ts', 'src/new.ts']);
  });

  it('fails with a usage error naming the ref when git cannot resolve it', async () => {
    await expect(getChangedFiles(root, 'no-such-branch')).rejects.toMatchObject({
      code: 'USAGE',
      message: expect.stringContaining('--changed-since: cannot compare with "no-such-branch": fatal:'),
    });
    await expect(getChangedFiles(root, '--output=x')).rejects.toThrow('"--output=x" is not a git ref');
  });
});
