import type { OutputStream } from './io.js';

/** A progress line printer for a TTY; the CLI creates none when stderr is not a terminal. */
export interface ProgressPrinter {
  update(event: unknown): void;
  finish(): void;
}

function describeEvent(event: unknown): string {
  if (typeof event !== 'object' || event === null) return '';
  const fields = event as Record<string, unknown>;
  const parts: string[] = [];
  const pair = (done: unknown, total: unknown, word: string): void => {
    if (typeof done === 'number' && typeof total === 'number') parts.push(`${word} ${done}/${total}`);
    else if (typeof done === 'number') parts.push(`${word} ${done}`);
  };
  if (typeof fields['phase'] === 'string') parts.push(fields['phase']);
  pair(fields['project'] ?? fields['projectIndex'], fields['projects'] ?? fields['projectCount'], 'project');
  pair(fields['files'] ?? fields['filesDone'], fields['totalFiles'] ?? fields['fileCount'], 'files');
  if (typeof fields['tsconfig'] === 'string') parts.push(fields['tsconfig']);
  return parts.join(' · ');
}

/**
 * Prints one self-overwriting status line (projects, files, elapsed) on a terminal, at most
 * ten times a second, and clears it when the scan ends so the report starts on a clean line.
 */
export function createProgressPrinter(stream: OutputStream, now: () => number = Date.now): ProgressPrinter {
  const started = now();
  let lastDraw = -Infinity;
  let last = '';
  const draw = (force: boolean): void => {
    const time = now();
    if (!force && time - lastDraw < 100) return;
    lastDraw = time;
    const elapsed = ((time - started) / 1000).toFixed(1);
    stream.write(`\r\u001b[2Kleakwatch: ${elapsed}s${last === '' ? '' : ` · ${last}`}`);
  };
  return {
    update(event) {
      const text = describeEvent(event);
      if (text !== '') last = text;
      draw(false);
    },
    finish() {
      stream.write('\r\u001b[2K');
    },
  };
}
