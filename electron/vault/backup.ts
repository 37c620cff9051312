// Encrypted backups: VACUUM INTO writes a fresh copy of the vault, encrypted with the same data
// key, and the keyring goes beside it (a backup is useless without the wraps). Restore copies a backup
// into the vault directory and keeps the replaced database aside: nothing is ever deleted.
import { copyFile, open, rename, stat, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { SqlDatabase, SqlDriver } from '../db/sql-database';
import { AppFailure } from '../base/app-failure';
import { syncDir } from './atomic-file';
import { readKeyring, writeKeyring, type Keyring } from './keyring';
import { openVaultDb, readHeader, sniffVaultFile } from './vault-db';
import { backupKeyringPath, type VaultPaths } from './vault-paths';
import { readVaultId } from './vault-meta';

function tempBeside(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

async function fsyncFile(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes an encrypted copy of `db` to `dest` (atomically) and its keyring to `dest.keyring.json`. */
export async function exportBackup(db: SqlDatabase, _key: Buffer, keyring: Keyring, dest: string): Promise<void> {
  const temp = tempBeside(dest);
  try {
    // Owner-only from the first byte: VACUUM INTO accepts an existing empty file and keeps its mode.
    await (await open(temp, 'wx', 0o600)).close();
    // SQLite3MultipleCiphers writes the copy with the main database's cipher and key: a standard
    // SQLCipher 4 file, compacted, with every page re-encrypted under a fresh salt.
    await db.run('VACUUM INTO ?', [temp]);
    await fsyncFile(temp);
    const header = await readHeader(temp);
    if (!header || header.length < 16) throw new AppFailure('IO_ERROR');
    await rename(temp, dest);
    await syncDir(path.dirname(dest));
    await writeKeyring(backupKeyringPath(dest), { ...keyring, dbSalt: header.toString('hex') });
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

export interface StagedRestore {
  readonly keyring: Keyring;
  /** A copy of the backup inside the vault directory, ready to be renamed into place. */
  readonly staged: string;
}

/** Copies a backup (and reads its keyring) without touching the backup itself or the live vault. */
export async function stageRestore(backupFile: string, paths: VaultPaths): Promise<StagedRestore> {
  const keyring = await readKeyring(backupKeyringPath(backupFile));
  await sniffVaultFile(backupFile, keyring.dbSalt);
  const staged = tempBeside(paths.db);
  try {
    await copyFile(backupFile, staged);
    await fsyncFile(staged);
  } catch (e) {
    await unlink(staged).catch(() => undefined);
    throw e;
  }
  return { keyring, staged };
}

/** With the data key in hand, proves the staged copy opens, passes integrity checks and is this vault. */
export async function verifyStaged(driver: SqlDriver, s: StagedRestore, key: Buffer): Promise<void> {
  const db = await openVaultDb(driver, s.staged, key);
  try {
    if ((await readVaultId(db)) !== s.keyring.vaultId) throw new AppFailure('VAULT_FOREIGN');
  } finally {
    await db.close();
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/**
 * Puts the staged copy in place. The database it replaces (closed by the caller) is renamed to
 * vault.db.pre-restore-<stamp>, never deleted. Returns the name it was kept under, if any.
 */
export async function commitRestore(paths: VaultPaths, s: StagedRestore, stamp: string): Promise<string | null> {
  let keptAs: string | null = null;
  if (await exists(paths.db)) {
    keptAs = `${paths.db}.pre-restore-${stamp}`;
    await rename(paths.db, keptAs);
    for (const side of [paths.wal, paths.shm]) if (await exists(side)) await rename(side, `${keptAs}${side.slice(paths.db.length)}`);
  }
  const header = await readHeader(s.staged);
  await rename(s.staged, paths.db);
  await syncDir(paths.dir);
  await writeKeyring(paths.keyring, { ...s.keyring, dbSalt: header!.toString('hex') });
  return keptAs;
}

export async function discardStaged(s: StagedRestore): Promise<void> {
  await unlink(s.staged).catch(() => undefined);
  await unlink(`${s.staged}-wal`).catch(() => undefined);
  await unlink(`${s.staged}-shm`).catch(() => undefined);
}
