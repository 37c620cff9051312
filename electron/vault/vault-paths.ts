// Where a vault's files live inside its directory.
import path from 'node:path';

export interface VaultPaths {
  readonly dir: string;
  readonly db: string;
  readonly wal: string;
  readonly shm: string;
  readonly journal: string;
  readonly keyring: string;
  readonly signInState: string;
}

export function vaultPaths(dir: string): VaultPaths {
  const db = path.join(dir, 'vault.db');
  return {
    dir,
    db,
    wal: `${db}-wal`,
    shm: `${db}-shm`,
    journal: `${db}-journal`,
    keyring: path.join(dir, 'keyring.json'),
    signInState: path.join(dir, 'sign-in-state.json'),
  };
}

/** The keyring copied beside a backup file. */
export function backupKeyringPath(backupFile: string): string {
  return `${backupFile}.keyring.json`;
}
