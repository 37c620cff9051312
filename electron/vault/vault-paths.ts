// Where a vault's files live inside its directory.
import path from 'node:path';

export interface VaultPaths {
  readonly dir: string;
  /** The directory store: users, settings, emergency records, the audit log. */
  readonly db: string;
  readonly wal: string;
  readonly shm: string;
  readonly journal: string;
  readonly keyring: string;
  readonly signInState: string;
  /** One store per clinician: notes/<user id>.db. */
  readonly notesDir: string;
  notes(userId: string): string;
}

export function vaultPaths(dir: string): VaultPaths {
  const db = path.join(dir, 'directory.db');
  const notesDir = path.join(dir, 'notes');
  return {
    dir,
    db,
    wal: `${db}-wal`,
    shm: `${db}-shm`,
    journal: `${db}-journal`,
    keyring: path.join(dir, 'keyring.json'),
    signInState: path.join(dir, 'sign-in-state.json'),
    notesDir,
    // User ids are checked (ids.ts) before they reach a path.
    notes: (userId) => path.join(notesDir, `${userId}.db`),
  };
}
