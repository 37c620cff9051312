// lockscribe users list [--json]                                      --vault DIR --user ADMIN [--passphrase-file F]
// lockscribe users add NAME --role ROLE [--new-passphrase-file F]      (same vault options)
// lockscribe users disable|enable NAME / users role NAME ROLE          (same vault options)
// User administration for scripted set-ups. Goes through the vault service, so only administrators
// may act and every change is audited exactly as in the app.
import { readFile } from 'node:fs/promises';
import { ROLES, type Role, type UserInfo } from '../../../shared/contract/vault';
import { AppFailure } from '../../base/app-failure';
import { UsageError } from '../cli-command';
import { VAULT_OPTIONS, defaultVaultCliDeps, openVaultService, runVaultCommand, type VaultCliDeps } from './vault-cli';

export const usage = `usage: lockscribe users list [--json]                            --vault DIR --user ADMIN [--passphrase-file FILE]
       lockscribe users add NAME --role ROLE [--new-passphrase-file FILE]  (same vault options)
       lockscribe users disable NAME [--recovery-code-file F]          (same vault options; with the code, a clinician's notes are re-keyed)
       lockscribe users enable NAME                                    (same vault options)
       lockscribe users role NAME ROLE                                 (same vault options)

ROLE is clinician, admin or auditor. --user must be an administrator.
list      one user per line: name, role, enabled or disabled, created, and whether the passphrase is still
          the one an administrator set (--json: an array).
add       the new user's passphrase is read from --new-passphrase-file or asked for twice at the
          terminal (not shown); the passphrase rules apply.
disable   the user can no longer sign in (their passphrase stops opening the vault); enable undoes it.
role      changes the user's role. At least one administrator always stays enabled.
The administrator's passphrase is read from --passphrase-file, asked for at the terminal (not shown),
or read from standard input when it is a pipe.`;

const OPTIONS = {
  ...VAULT_OPTIONS,
  json: { type: 'boolean' },
  role: { type: 'string' },
  'new-passphrase-file': { type: 'string' },
  'recovery-code-file': { type: 'string' },
} as const;

const USER_NAME = /^[A-Za-z0-9._-]{1,64}$/;
const SUBCOMMANDS = ['list', 'add', 'disable', 'enable', 'role'] as const;
type Subcommand = (typeof SUBCOMMANDS)[number];

export interface UsersDeps extends VaultCliDeps {
  /** Whether standard input is a terminal: a pipe can carry one passphrase, not two. */
  readonly stdinIsTerminal: () => boolean;
}

const defaultDeps: UsersDeps = { ...defaultVaultCliDeps, stdinIsTerminal: () => process.stdin.isTTY === true };

/** What a parsed command line asks for, checked before the vault is touched. */
export type UsersRequest =
  | { readonly sub: 'list'; readonly json: boolean }
  | { readonly sub: 'add'; readonly name: string; readonly role: Role; readonly newPassphraseFile: string | undefined }
  | { readonly sub: 'disable' | 'enable'; readonly name: string; readonly recoveryCodeFile?: string }
  | { readonly sub: 'role'; readonly name: string; readonly role: Role };

function isSubcommand(s: string | undefined): s is Subcommand {
  return (SUBCOMMANDS as readonly (string | undefined)[]).includes(s);
}

function checkName(name: string | undefined, sub: Subcommand): string {
  if (name === undefined) throw new UsageError(`users ${sub} needs a user name`);
  if (!USER_NAME.test(name)) throw new UsageError('a user name may contain letters, digits, dot, dash and underscore only (at most 64)');
  return name;
}

function checkRole(role: string | undefined, where: string): Role {
  if (role === undefined) throw new UsageError(`${where} is required: ${ROLES.join(', ')}`);
  const found = ROLES.find((r) => r === role);
  if (!found) throw new UsageError(`${where} must be one of ${ROLES.join(', ')}`);
  return found;
}

export function parseRequest(
  positionals: readonly string[],
  values: { readonly json?: boolean; readonly role?: string; readonly 'new-passphrase-file'?: string; readonly 'recovery-code-file'?: string },
): UsersRequest {
  const [sub, ...rest] = positionals;
  if (!isSubcommand(sub)) throw new UsageError(`give a subcommand: ${SUBCOMMANDS.join(', ')}`);
  const expected = sub === 'list' ? 0 : sub === 'role' ? 2 : 1;
  if (rest.length > expected) throw new UsageError('too many arguments');
  if (values.json && sub !== 'list') throw new UsageError('--json goes with users list only');
  if (values.role !== undefined && sub !== 'add') throw new UsageError(sub === 'role' ? 'give the role after the name: users role NAME ROLE' : '--role goes with users add only');
  if (values['new-passphrase-file'] !== undefined && sub !== 'add') throw new UsageError('--new-passphrase-file goes with users add only');
  if (values['recovery-code-file'] !== undefined && sub !== 'disable') throw new UsageError('--recovery-code-file goes with users disable only');
  switch (sub) {
    case 'list':
      return { sub, json: values.json === true };
    case 'add':
      return { sub, name: checkName(rest[0], sub), role: checkRole(values.role, '--role'), newPassphraseFile: values['new-passphrase-file'] };
    case 'disable':
      return { sub, name: checkName(rest[0], sub), ...(values['recovery-code-file'] !== undefined ? { recoveryCodeFile: values['recovery-code-file'] } : {}) };
    case 'enable':
      return { sub, name: checkName(rest[0], sub) };
    case 'role':
      return { sub, name: checkName(rest[0], sub), role: checkRole(rest[1], 'the new role') };
  }
}

async function readRecoveryCode(file: string): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    throw new AppFailure('IO_ERROR', 'The recovery code file could not be read.');
  }
}

export function formatUsers(users: readonly UserInfo[]): string {
  if (users.length === 0) return 'No users.\n';
  const width = Math.max(4, ...users.map((u) => u.name.length));
  const header = `${'NAME'.padEnd(width)}  ROLE       STATUS    CREATED                   PASSPHRASE\n`;
  const chosen = (u: UserInfo) => (u.passphraseSetByAdmin ? 'set by an administrator' : 'own');
  return header + users.map((u) => `${u.name.padEnd(width)}  ${u.role.padEnd(9)}  ${(u.disabled ? 'disabled' : 'enabled').padEnd(8)}  ${u.createdAt.padEnd(24)}  ${chosen(u)}\n`).join('');
}

export function usersJson(users: readonly UserInfo[]): string {
  return `${JSON.stringify(
    users.map((u) => ({ name: u.name, role: u.role, disabled: u.disabled, createdAt: u.createdAt, id: u.id, passphraseSetByAdmin: u.passphraseSetByAdmin ?? false })),
    null,
    2,
  )}\n`;
}

function userNamed(users: readonly UserInfo[], name: string): UserInfo {
  const user = users.find((u) => u.name === name);
  if (!user) throw new AppFailure('NOT_FOUND', 'There is no user with that name.');
  return user;
}

export async function run(argv: readonly string[], overrides: Partial<UsersDeps> = {}): Promise<number> {
  const deps: UsersDeps = { ...defaultDeps, ...overrides };
  return runVaultCommand(argv, { usage, options: OPTIONS, allowPositionals: true }, deps, async ({ values, positionals }) => {
    const request = parseRequest(positionals, values);
    if (!values.vault) throw new UsageError('--vault is required');
    if (!values.user) throw new UsageError('--user is required');
    const adminFile = values['passphrase-file'];
    // Standard input, when a pipe, is read to its end for one passphrase; the second must come from elsewhere.
    if (request.sub === 'add' && request.newPassphraseFile === undefined && adminFile === undefined && !deps.stdinIsTerminal()) {
      throw new UsageError('standard input can carry one passphrase only: give --passphrase-file or --new-passphrase-file');
    }
    const vault = openVaultService(values.vault, deps);
    if ((await vault.getSession()).vault === 'absent') throw new AppFailure('VAULT_NOT_FOUND');
    await vault.unlock(values.user, await deps.readPassphrase(adminFile));
    try {
      await perform(request, vault, deps);
    } finally {
      await vault.signOut();
    }
    return 0;
  });
}

async function perform(request: UsersRequest, vault: ReturnType<typeof openVaultService>, deps: UsersDeps): Promise<void> {
  if (request.sub === 'list') {
    const users = await vault.listUsers();
    deps.out(request.json ? usersJson(users) : formatUsers(users));
    return;
  }
  if (request.sub === 'add') {
    // Listing first checks the caller is an administrator before anyone types a new passphrase.
    if ((await vault.listUsers()).some((u) => u.name === request.name)) throw new AppFailure('USER_EXISTS');
    const passphrase = await deps.readPassphrase(request.newPassphraseFile, { confirm: true, label: `New passphrase for ${request.name}` });
    const added = await vault.addUser(request.name, request.role, passphrase);
    deps.out(`Added ${added.role} "${added.name}".\n`);
    return;
  }
  const target = userNamed(await vault.listUsers(), request.name);
  if (request.sub === 'role') {
    const changed = await vault.setUserRole(target.id, request.role);
    deps.out(target.role === changed.role ? `"${changed.name}" is already ${changed.role}.\n` : `"${changed.name}" is now ${changed.role}.\n`);
    return;
  }
  const disable = request.sub === 'disable';
  // With the recovery code, a clinician's notes are re-keyed as well: their old keys open nothing.
  const code = request.sub === 'disable' && request.recoveryCodeFile !== undefined ? await readRecoveryCode(request.recoveryCodeFile) : undefined;
  const changed = await vault.setUserDisabled(target.id, disable, code);
  const state = changed.disabled ? 'disabled' : 'enabled';
  deps.out(target.disabled === changed.disabled ? `"${changed.name}" was already ${state}.\n` : `"${changed.name}" is now ${state}.\n`);
}
