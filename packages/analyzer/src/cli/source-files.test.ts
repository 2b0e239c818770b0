import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSourceFiles } from './source-files.js';
import { createTempProject } from './test-cli.js';

describe('listSourceFiles', () => {
  it('lists source files root-relative and sorted, without dependencies, build output, tests or declarations', () => {
    const root = createTempProject({
      'src/b.ts': '',
      'src/a.mts': '',
      'src/view.tsx': '',
      'src/legacy.cjs': '',
      'src/types.d.ts': '',
      'src/a.test.ts': '',
      'src/__tests__/x.ts': '',
      'src/readme.md': '',
      'node_modules/pkg/index.js': '',
      'dist/a.js': '',
      '.cache/x.ts': '',
    });
    expect(listSourceFiles(root)).toEqual(['src/a.mts', 'src/b.ts', 'src/legacy.cjs', 'src/view.tsx']);
  });

  it('limits itself to the given paths and never follows a symlinked folder (no loops)', () => {
    const root = createTempProject({ 'src/a.ts': '', 'lib/b.ts': '', 'lib/deep/c.js': '' });
    symlinkSync(join(root, 'lib'), join(root, 'lib', 'deep', 'loop'));
    mkdirSync(join(root, 'empty'));
    expect(listSourceFiles(root, ['lib'])).toEqual(['lib/b.ts', 'lib/deep/c.js']);
    expect(listSourceFiles(root, [join(root, 'src', 'a.ts'), 'empty', 'missing'])).toEqual(['src/a.ts']);
  });
});
