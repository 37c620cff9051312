// What the vault commands (init, notes, backup, restore) share: their I/O, argument parsing, opening
// the vault service, and turning failures into exit codes with one safe line.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { systemClock } from '../../app/clock';
import { sqlcipherDriver } from '../../db/sqlcipher-driver';
import { openAuditLog } from '../../audit/audit-log';
import { VaultService } from '../../vault/vault-service';
import { UsageError } from '../cli-command';
import { failureLine } from '../run-cli';
import { readPassphrase } from './secret-input';

export interface VaultCliDeps {
  readonly out: (text: string) => void;
  readonly err: (line: string) => void;
  readonly readPassphrase: typeof readPassphrase;
  /** Tests lower the scrypt cost; the CLI uses the production parameters. */
  readonly kdf?: ConstructorParameters<typeof VaultService>[0]['kdf'];
}

export const defaultVaultCliDeps: VaultCliDeps = {
  out: (text) => process.stdout.write(text),
  err: (line) => process.stderr.write(`${line}\n`),
  readPassphrase,
};

export function parseCliArgs<O extends NonNullable<ParseArgsConfig['options']>>(argv: readonly string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals });
  } catch (e) {
    // parseArgs names the offending option; that is safe to print.
    throw new UsageError(e instanceof Error ? e.message.split('\n')[0]!.slice(0, 200) : 'bad arguments');
  }
}

export function openVaultService(dir: string, deps: Pick<VaultCliDeps, 'kdf'>): VaultService {
  return new VaultService({ dir, driver: sqlcipherDriver, clock: systemClock, openAudit: openAuditLog, kdf: deps.kdf });
}

/** Runs a command body: usage errors exit 2 with the usage text, other failures 1 with one line. */
export async function runVaultCommand(usage: string, deps: VaultCliDeps, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof UsageError) {
      deps.err(`lockscribe: ${e.message}\n${usage}`);
      return 2;
    }
    deps.err(failureLine(e));
    return 1;
  }
}
