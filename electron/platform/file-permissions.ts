// Owner-only folders and files, the way each OS does it: POSIX modes (0700 / 0600) where they apply,
// and on Windows, where modes are ignored, an ACL that grants the current user alone full control
// (inherited permissions removed, so nothing from the parent folder lets anyone else in).
import { execFile } from 'node:child_process';
import { chmod, mkdir } from 'node:fs/promises';
import os from 'node:os';
import { AppFailure } from '../base/app-failure';

/** Runs a program with arguments (never through a shell) and resolves when it exits 0. */
export type CommandRunner = (file: string, args: readonly string[]) => Promise<void>;

export interface PermissionSeams {
  readonly platform: NodeJS.Platform;
  readonly run: CommandRunner;
  readonly chmod: (target: string, mode: number) => Promise<void>;
  readonly mkdir: (target: string, mode: number) => Promise<void>;
  /** The account to grant, as icacls names it: DOMAIN\user, or user alone. */
  readonly account: () => string;
}

const execFileRunner: CommandRunner = (file, args) =>
  new Promise((resolve, reject) => {
    execFile(file, [...args], { windowsHide: true, timeout: 30_000 }, (error) => (error ? reject(error) : resolve()));
  });

/** The signed-in Windows account; USERDOMAIN qualifies it so a local account of the same name is not meant. */
export function windowsAccount(env: NodeJS.ProcessEnv = process.env, username = os.userInfo().username): string {
  const user = env.USERNAME || username;
  const domain = env.USERDOMAIN;
  return domain ? `${domain}\\${user}` : user;
}

export const systemSeams: PermissionSeams = {
  platform: process.platform,
  run: execFileRunner,
  chmod: (target, mode) => chmod(target, mode),
  mkdir: async (target, mode) => void (await mkdir(target, { recursive: true, mode })),
  account: () => windowsAccount(),
};

export const DIR_MODE = 0o700;
export const FILE_MODE = 0o600;

/** The icacls command line that leaves `target` to the current account alone. */
export function icaclsArgs(target: string, kind: 'dir' | 'file', account: string): readonly string[] {
  // (OI)(CI): files and folders created inside later inherit the same single grant.
  const grant = kind === 'dir' ? `${account}:(OI)(CI)F` : `${account}:F`;
  return [target, '/inheritance:r', '/grant:r', grant];
}

async function restrict(target: string, kind: 'dir' | 'file', seams: PermissionSeams): Promise<void> {
  try {
    if (seams.platform === 'win32') {
      await seams.run('icacls', icaclsArgs(target, kind, seams.account()));
    } else {
      // chmod as well as the create mode: the umask narrows a new folder, and an existing one keeps its old mode.
      await seams.chmod(target, kind === 'dir' ? DIR_MODE : FILE_MODE);
    }
  } catch {
    throw new AppFailure('IO_ERROR', kind === 'dir' ? 'The folder could not be made private to this user.' : 'The file could not be made private to this user.');
  }
}

/** Creates the folder if needed (with its parents) and makes it readable by its owner only. */
export async function restrictDir(target: string, seams: PermissionSeams = systemSeams): Promise<void> {
  try {
    await seams.mkdir(target, DIR_MODE);
  } catch {
    throw new AppFailure('IO_ERROR', 'The folder could not be created.');
  }
  await restrict(target, 'dir', seams);
}

/** Makes an existing file readable and writable by its owner only. */
export async function restrictFile(target: string, seams: PermissionSeams = systemSeams): Promise<void> {
  await restrict(target, 'file', seams);
}
