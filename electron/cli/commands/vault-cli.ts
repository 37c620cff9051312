// What the vault commands (init, notes, backup, restore) share: their I/O, argument parsing, opening
// the vault service, and turning failures into exit codes with one safe line.
import type { ParseArgsConfig } from 'node:util';
import { systemClock } from '../../base/clock';
import { multipleCiphersDriver } from '../../db/multiple-ciphers-driver';
import { openAuditLog } from '../../audit/audit-log';
import { VaultService } from '../../vault/vault-service';
import { UsageError, parseCliArgs } from '../cli-command';
import { failureLine } from '../run-cli';
import { readPassphrase } from './secret-input';

export interface VaultCliDeps {
  readonly out: (text: string) => void;
  readonly err: (line: string) => void;
  readonly readPassphrase: typeof readPassphrase;
  /** Tests lower the scrypt cost; the CLI uses the production parameters. */
  readonly kdf?: ConstructorParameters<typeof VaultService>[0]['kdf'];
}

/** The options every vault command takes. */
export const VAULT_OPTIONS = {
  vault: { type: 'string' },
  user: { type: 'string' },
  'passphrase-file': { type: 'string' },
  help: { type: 'boolean' },
} as const;

export const defaultVaultCliDeps: VaultCliDeps = {
  out: (text) => process.stdout.write(text),
  err: (line) => process.stderr.write(`${line}\n`),
  readPassphrase,
};

export function openVaultService(dir: string, deps: Pick<VaultCliDeps, 'kdf'>): VaultService {
  return new VaultService({ dir, driver: multipleCiphersDriver, clock: systemClock, openAudit: openAuditLog, kdf: deps.kdf });
}

type Options = NonNullable<ParseArgsConfig['options']>;

export interface CommandSpec<O extends Options> {
  readonly usage: string;
  readonly options: O;
  readonly allowPositionals?: boolean;
}

/**
 * Parses the arguments and runs a command body. --help prints the usage; usage errors exit 2 with the
 * usage text; other failures exit 1 with one line. Only messages written to be shown leave this
 * process: anything else might hold patient text.
 */
export async function runVaultCommand<O extends Options>(
  argv: readonly string[],
  spec: CommandSpec<O>,
  deps: Pick<VaultCliDeps, 'out' | 'err'>,
  body: (args: ReturnType<typeof parseCliArgs<O>>) => Promise<number>,
): Promise<number> {
  try {
    const args = parseCliArgs(argv, spec.options, spec.allowPositionals);
    if ((args.values as { readonly help?: unknown }).help === true) {
      deps.out(`${spec.usage.trimEnd()}\n`);
      return 0;
    }
    return await body(args);
  } catch (e) {
    if (e instanceof UsageError) {
      deps.err(`lockscribe: ${e.message}\n${spec.usage.trimEnd()}`);
      return 2;
    }
    deps.err(failureLine(e));
    return 1;
  }
}
