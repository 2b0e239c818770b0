import { describe, expect, it } from 'vitest';
import { createProgressPrinter } from './progress.js';

describe('createProgressPrinter', () => {
  it('redraws one line with elapsed time, project and files, at most every 100 ms, and clears it', () => {
    let out = '';
    let now = 1_000;
    const printer = createProgressPrinter({ write: (text: string) => (out += text), isTTY: true }, () => now);
    now = 1_200;
    printer.update({ phase: 'loading', project: 1, projects: 2, tsconfig: 'api/tsconfig.json' });
    now = 1_250;
    printer.update({ phase: 'analyzing', project: 1, projects: 2, files: 10, totalFiles: 40 });
    now = 1_400;
    printer.update({ phase: 'analyzing', project: 1, projects: 2, files: 20, totalFiles: 40 });
    printer.finish();
    expect(out.split('\r\u001b[2K')).toEqual([
      '',
      'leakwatch: 0.2s · loading · project 1/2 · api/tsconfig.json',
      'leakwatch: 0.4s · analyzing · project 1/2 · files 20/40',
      '',
    ]);
  });
});
