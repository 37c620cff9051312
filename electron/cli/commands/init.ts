// lockscribe init --vault DIR [--user NAME] [--passphrase-file FILE] [--print-recovery-code]
// Creates an encrypted vault and its first administrator, and shows the recovery code once, on the
// terminal: a redirected standard output (a log file, a CI transcript) must not keep it.
import { closeSync, openSync, writeSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { restrictDir } from '../../platform/file-permissions';
import { UsageError } from '../cli-command';
import { VAULT_OPTIONS, defaultVaultCliDeps, openVaultService, runVaultCommand, type VaultCliDeps } from './vault-cli';

export const usage = `usage: lockscribe init --vault DIR [--user NAME] [--passphrase-file FILE] [--print-recovery-code]

Creates a new encrypted vault in DIR with one administrator (default name: admin) and shows the
recovery code on the terminal. The passphrase is read from --passphrase-file, asked for at the
terminal (not shown), or read from standard input when it is a pipe. An existing vault is never
overwritten. When standard output is not a terminal, the code is written to the terminal (/dev/tty)
instead; --print-recovery-code prints it on standard output anyway. With no terminal and no flag,
nothing is created.`;

const OPTIONS = { ...VAULT_OPTIONS, 'print-recovery-code': { type: 'boolean' } } as const;

const USER_NAME = /^[A-Za-z0-9._-]{1,64}$/;

/** Where the recovery code can be shown besides standard output. */
export interface Terminal {
  write(text: string): void;
  close(): void;
}

export interface InitDeps extends VaultCliDeps {
  readonly stdoutIsTerminal: boolean;
  /** The controlling terminal for writing, or null when there is none. */
  readonly openTerminal: () => Terminal | null;
}

function openControllingTerminal(): Terminal | null {
  let fd: number;
  try {
    fd = openSync('/dev/tty', 'w');
  } catch {
    return null;
  }
  return { write: (text) => void writeSync(fd, text), close: () => closeSync(fd) };
}

export const defaultInitDeps: InitDeps = { ...defaultVaultCliDeps, stdoutIsTerminal: process.stdout.isTTY === true, openTerminal: openControllingTerminal };

function recoveryText(recoveryCode: string, auditAnchor: string): string {
  return [
    'RECOVERY CODE (shown only this once):',
    '',
    `    ${recoveryCode}`,
    '',
    `AUDIT LOG FINGERPRINT: ${auditAnchor}`,
    '',
    'Write both down and keep them offline, somewhere safe. With the code, a signed-in clinician or',
    'administrator can open emergency (break-glass) access, which is audited; it opens nothing on its',
    'own. It cannot be shown again; an administrator can replace it with a new one. Every audit',
    'verification names the fingerprint: if one ever shows another, the log was replaced.',
    '',
  ].join('\n');
}

export async function run(argv: readonly string[], overrides: Partial<InitDeps> = {}): Promise<number> {
  const deps: InitDeps = { ...defaultInitDeps, ...overrides };
  return runVaultCommand(argv, { usage, options: OPTIONS }, deps, async ({ values }) => {
    const dir = values.vault;
    if (!dir) throw new UsageError('--vault is required');
    const user = values.user ?? 'admin';
    if (!USER_NAME.test(user)) throw new UsageError('--user may contain letters, digits, dot, dash and underscore only');
    // Decide where the code goes before anything is created: a vault whose code nobody saw is lost.
    const onStdout = values['print-recovery-code'] === true || deps.stdoutIsTerminal;
    const terminal = onStdout ? null : deps.openTerminal();
    if (!onStdout && terminal === null) {
      deps.err('lockscribe: No terminal to show the recovery code on: run init at a terminal, or give --print-recovery-code to print it on standard output.');
      return 1;
    }
    try {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      // Owner-only (an ACL on Windows), even where the folder already existed: the vault setup enforces it too.
      await restrictDir(dir);
      const vault = openVaultService(dir, deps);
      if ((await vault.getSession()).vault !== 'absent') {
        deps.err('lockscribe: A vault already exists here.');
        return 1;
      }
      const passphrase = await deps.readPassphrase(values['passphrase-file'], { confirm: true, label: `Passphrase for ${user}` });
      const { recoveryCode, auditAnchor } = await vault.setup(user, passphrase);
      await vault.signOut();
      const created = `Vault created in ${dir} with administrator "${user}".\n`;
      if (terminal) {
        terminal.write(`${created}\n${recoveryText(recoveryCode, auditAnchor)}`);
        deps.out(`${created}The recovery code was shown on the terminal, not on standard output.\n`);
      } else {
        deps.out(`${created}\n${recoveryText(recoveryCode, auditAnchor)}`);
      }
      return 0;
    } finally {
      terminal?.close();
    }
  });
}
