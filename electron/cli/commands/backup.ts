// lockscribe backup --vault DIR --user NAME --out FILE [--passphrase-file FILE]
// Writes an encrypted copy of the vault (SQLCipher, same key) with its keyring beside it. Admins only.
import path from 'node:path';
import { UsageError } from '../cli-command';
import { VAULT_OPTIONS, defaultVaultCliDeps, openVaultService, runVaultCommand, type VaultCliDeps } from './vault-cli';

export const usage = `usage: lockscribe backup --vault DIR --user NAME --out FILE [--passphrase-file FILE]

Writes an encrypted backup of the vault in DIR to FILE (and its keyring to FILE.keyring.json). The
user must be an administrator. Restore it with: lockscribe restore --vault DIR --from FILE`;

const OPTIONS = { ...VAULT_OPTIONS, out: { type: 'string' } } as const;

export async function run(argv: readonly string[], overrides: Partial<VaultCliDeps> = {}): Promise<number> {
  const deps: VaultCliDeps = { ...defaultVaultCliDeps, ...overrides };
  return runVaultCommand(argv, { usage, options: OPTIONS }, deps, async ({ values }) => {
    if (!values.vault) throw new UsageError('--vault is required');
    if (!values.user) throw new UsageError('--user is required');
    if (!values.out) throw new UsageError('--out is required');
    const vault = openVaultService(values.vault, deps);
    await vault.unlock(values.user, await deps.readPassphrase(values['passphrase-file']));
    try {
      const { path: written } = await vault.backup(path.resolve(values.out));
      deps.out(`Backup written to ${written}\n`);
    } finally {
      await vault.signOut();
    }
    return 0;
  });
}
