// Opening and re-keying the stores a session holds.
import { mkdir } from 'node:fs/promises';
import type { SqlDatabase, SqlDriver } from '../db/sql-database';
import { restrictDir } from '../platform/file-permissions';
import { createVaultDb, openVaultDb, sniffStoreFile } from './vault-db';
import type { VaultPaths } from './vault-paths';

export function rekey(db: SqlDatabase, newKey: Buffer): Promise<void> {
  return db.rekey(newKey);
}

export async function openNotesStore(driver: SqlDriver, paths: VaultPaths, ownerId: string, key: Buffer, readOnly = false): Promise<SqlDatabase> {
  const file = paths.notes(ownerId);
  await sniffStoreFile(file);
  return openVaultDb(driver, file, key, 'content', { readOnly });
}

/** A new, empty notes store for a clinician, owner-only. */
export async function createNotesStore(driver: SqlDriver, paths: VaultPaths, ownerId: string, key: Buffer): Promise<void> {
  await mkdir(paths.notesDir, { recursive: true, mode: 0o700 });
  await restrictDir(paths.notesDir);
  const db = await createVaultDb(driver, paths.notes(ownerId), key, 'content');
  await db.close();
}
