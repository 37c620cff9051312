// lockscribe init --vault DIR [--user NAME] [--passphrase-file FILE]
// Creates an encrypted vault and its first administrator, and prints the recovery code once.
import { readdir } from 'node:fs/promises';
import { restrictDir } from '../../platform/file-permissions';
import { UsageError } from '../cli-command';
import { VAULT_OPTIONS, defaultVaultCliDeps, openVaultService, runVaultCommand, type VaultCliDeps } from './vault-cli';

export const usage = `usage: lockscribe init --vault DIR [--user NAME] [--passphrase-file FILE]

Creates a new encrypted vault in DIR with one administrator (default name: admin) and prints the
recovery code. The passphrase is read from --passphrase-file, asked for at the terminal (not shown),
or read from standard input when it is a pipe. An existing vault is never overwritten.`;

const OPTIONS = VAULT_OPTIONS;

const USER_NAME = /^[A-Za-z0-9._-]{1,64}$/;

export type InitDeps = VaultCliDeps;

export async function run(argv: readonly string[], overrides: Partial<InitDeps> = {}): Promise<number> {
  const deps: InitDeps = { ...defaultVaultCliDeps, ...overrides };
  return runVaultCommand(argv, { usage, options: OPTIONS }, deps, async ({ values }) => {
    const dir = values.vault;
    if (!dir) throw new UsageError('--vault is required');
    const user = values.user ?? 'admin';
    if (!USER_NAME.test(user)) throw new UsageError('--user may contain letters, digits, dot, dash and underscore only');
    // A folder made for the vault becomes owner-only (an ACL on Windows); one already holding other files keeps its permissions.
    const existing = await readdir(dir).catch(() => null);
    if (existing === null || existing.length === 0) await restrictDir(dir);
    const vault = openVaultService(dir, deps);
    if ((await vault.getSession()).vault !== 'absent') {
      deps.err('lockscribe: A vault already exists here.');
      return 1;
    }
    const passphrase = await deps.readPassphrase(values['passphrase-file'], { confirm: true, label: `Passphrase for ${user}` });
    const { recoveryCode } = await vault.setup(user, passphrase);
    await vault.signOut();
    deps.out(
      [
        `Vault created in ${dir} with administrator "${user}".`,
        '',
        'RECOVERY CODE (shown only this once):',
        '',
        `    ${recoveryCode}`,
        '',
        'Write it down and keep it offline, somewhere safe. With it, anyone can open the vault in an',
        'emergency (break-glass access, which is audited). It cannot be shown again; an administrator',
        'can replace it with a new one.',
        '',
      ].join('\n'),
    );
    return 0;
  });
}
