import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { LeakwatchError } from '@leakwatch/core';

const run = promisify(execFile);

async function runGit(root: string, args: readonly string[], what: string): Promise<string[]> {
  try {
    const { stdout } = await run('git', [...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    return stdout.split('\n').map((line) => line.trim()).filter(Boolean);
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    const reason = failure.code === 'ENOENT' ? 'git is not installed or not on PATH' : (failure.stderr ?? failure.message).trim().split('\n')[0];
    throw new LeakwatchError('USAGE', `--changed-since: ${what}: ${reason}`, { cause: error });
  }
}

/**
 * Files changed since `ref`, relative to `root` with forward slashes: what `git diff --name-only
 * <ref>...` lists (the branch's commits since it left `ref`), plus uncommitted and untracked
 * files, so a local run sees work in progress too. Deleted files are included: their importers
 * may now break or change behaviour.
 */
export async function getChangedFiles(root: string, ref: string): Promise<string[]> {
  if (ref.startsWith('-')) throw new LeakwatchError('USAGE', `--changed-since: "${ref}" is not a git ref`);
  const [committed, uncommitted, untracked] = await Promise.all([
    runGit(root, ['diff', '--name-only', '--relative', `${ref}...`, '--'], `cannot compare with "${ref}"`),
    runGit(root, ['diff', '--name-only', '--relative', 'HEAD', '--'], 'cannot list uncommitted changes'),
    runGit(root, ['ls-files', '--others', '--exclude-standard'], 'cannot list untracked files'),
  ]);
  return [...new Set([...committed, ...uncommitted, ...untracked].map((file) => file.replace(/\\/g, '/')))].sort();
}
