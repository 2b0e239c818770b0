/** Where the CLI writes: a stream with `isTTY` when it is a terminal. */
export interface OutputStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/** The CLI's whole contact with its process, injected so tests run it in-process. */
export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

/** Colour only on a TTY, and never when NO_COLOR is set (https://no-color.org). */
export function shouldUseColor(stream: OutputStream, env: CliIo['env']): boolean {
  return stream.isTTY === true && (env['NO_COLOR'] === undefined || env['NO_COLOR'] === '') && env['TERM'] !== 'dumb';
}
