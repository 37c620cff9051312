// What a CLI command looks like. Commands print only what they are asked for on stdout; errors
// are exactly one line on stderr ("lockscribe: <message>"), never with note text or a stack.
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A command module (electron/cli/commands/<name>.ts). */
export interface CliModule {
  /** Returns the exit code: 0 success, 1 failure, 2 usage error (commands may add their own). */
  run(argv: readonly string[]): Promise<number>;
  /** Printed for `lockscribe <command> --help` when present; otherwise the command handles --help. */
  readonly usage?: string;
}

export interface CliEntry {
  /** One line for the command list in `lockscribe --help`. */
  readonly summary: string;
  /** A lazy import, so start-up stays fast and native modules load only for the command run. */
  readonly load: () => Promise<CliModule>;
}

export interface CliIo {
  readonly stdin: NodeJS.ReadableStream & { readonly isTTY?: boolean };
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly env: NodeJS.ProcessEnv;
}

export function processIo(): CliIo {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
}

/** Bad command-line arguments: exit code 2 and the usage text. The message must be safe to print. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Strict option parsing; a bad option becomes a UsageError (exit 2) naming it. */
export function parseCliArgs<O extends NonNullable<ParseArgsConfig['options']>>(argv: readonly string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals });
  } catch (e) {
    // parseArgs names the offending option; that is safe to print.
    throw new UsageError(e instanceof Error ? e.message.split('\n')[0]!.slice(0, 200) : 'bad arguments');
  }
}
