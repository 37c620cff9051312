// Dispatches `lockscribe <command> [options]` to a registered command and turns its outcome into
// an exit code: 0 success, 1 failure (one line "lockscribe: <message>" on stderr), 2 usage error.
import { ERROR_MESSAGES } from '../../shared/errors';
import { isAppFailure } from '../base/app-failure';
import { UsageError, type CliIo } from './cli-command';
import { COMMANDS } from './commands/index';

export function usage(): string {
  const lines = ['usage: lockscribe <command> [options]', '', 'commands:'];
  for (const [name, entry] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(12)} ${entry.summary}`);
  lines.push('', 'Run "lockscribe <command> --help" for the options of a command.');
  return lines.join('\n');
}

/** One safe line for any failure: AppFailure messages are written to be shown; nothing else is. */
export function failureLine(e: unknown): string {
  const message = isAppFailure(e) ? e.message : ERROR_MESSAGES.INTERNAL;
  return `lockscribe: ${message.replace(/\s+/g, ' ')}`;
}

export async function runCli(argv: readonly string[], io: Pick<CliIo, 'stdout' | 'stderr'>): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout).write(`${usage()}\n`);
    return name === undefined ? 2 : 0;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!entry) {
    io.stderr.write(`lockscribe: unknown command "${name.replace(/[^\w-]/g, '?').slice(0, 40)}"\n${usage()}\n`);
    return 2;
  }
  let usageText: string | undefined;
  try {
    const command = await entry.load();
    usageText = command.usage;
    if (usageText && (args.includes('--help') || args.includes('-h'))) {
      io.stdout.write(`${usageText}\n`);
      return 0;
    }
    return await command.run(args);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`lockscribe: ${e.message}\n${usageText ?? ''}\n`);
      return 2;
    }
    io.stderr.write(`${failureLine(e)}\n`);
    return 1;
  }
}
