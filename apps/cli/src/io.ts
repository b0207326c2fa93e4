/** Where a command reads its environment and writes: the real process, or a test's buffers. */
export interface CliIo {
  env: Record<string, string | undefined>;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Resolves when the operator asks the server to stop (SIGINT/SIGTERM for the real process). */
  untilStopped(): Promise<string>;
}

export function processIo(): CliIo {
  // `jiebang export-audit | head` closes the pipe early: drop the rest of the output but let the command finish,
  // so the database is still closed cleanly (and the export still audited).
  let stdoutClosed = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    stdoutClosed = true;
  });
  return {
    env: process.env,
    stdout: { write: (text: string) => stdoutClosed || process.stdout.write(text) },
    stderr: process.stderr,
    untilStopped: () =>
      new Promise((resolve) => {
        const stop = (signal: string) => {
          // A second Ctrl-C while shutting down means "now".
          process.once(signal, () => process.exit(130));
          resolve(signal);
        };
        process.once('SIGINT', () => stop('SIGINT'));
        process.once('SIGTERM', () => stop('SIGTERM'));
      }),
  };
}

/** Exit codes: 0 done, 1 failed, 2 bad usage or configuration, 3 the audit chain is broken. */
export const EXIT = { ok: 0, failed: 1, usage: 2, chainBroken: 3 } as const;

/** A failure the operator can act on: printed without a stack trace, with its exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failed,
  ) {
    super(message);
  }
}
