// lockscribe restore --vault DIR --from FILE [--user NAME] [--passphrase-file FILE]
// Replaces the vault in DIR with a backup. An existing vault needs an administrator to sign in (and
// the backup must be of that vault); a folder with no vault takes the backup as it is (new computer).
import path from 'node:path';
import { UsageError } from '../cli-command';
import { VAULT_OPTIONS, defaultVaultCliDeps, openVaultService, runVaultCommand, type VaultCliDeps } from './vault-cli';

export const usage = `usage: lockscribe restore --vault DIR --from FILE [--user NAME] [--passphrase-file FILE]

Replaces the vault in DIR with the backup FILE (written by lockscribe backup or the app). If DIR
already holds a vault, an administrator signs in first and the backup must be of the same vault; the
replaced database is kept beside it. Passphrases become those of the backup. The restore is audited.`;

const OPTIONS = { ...VAULT_OPTIONS, from: { type: 'string' } } as const;

export async function run(argv: readonly string[], overrides: Partial<VaultCliDeps> = {}): Promise<number> {
  const deps: VaultCliDeps = { ...defaultVaultCliDeps, ...overrides };
  return runVaultCommand(argv, { usage, options: OPTIONS }, deps, async ({ values }) => {
    if (!values.vault) throw new UsageError('--vault is required');
    if (!values.from) throw new UsageError('--from is required');
    const vault = openVaultService(values.vault, deps);
    if ((await vault.getSession()).vault !== 'absent') {
      if (!values.user) throw new UsageError('this folder holds a vault: give --user NAME of an administrator');
      await vault.unlock(values.user, await deps.readPassphrase(values['passphrase-file']));
    }
    try {
      await vault.restore(path.resolve(values.from));
    } finally {
      await vault.signOut();
    }
    deps.out(`Vault in ${values.vault} restored from ${values.from}. Sign in with the passphrases of the backup.\n`);
    return 0;
  });
}
