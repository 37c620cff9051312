// Opening the vault database: tell our file from a foreign or damaged one before anything can write
// to it, check its integrity, then set the durability PRAGMAs. A file that fails any check is left
// byte-for-byte as it was.
import { open as openFile, stat } from 'node:fs/promises';
import type { SqlDatabase, SqlDriver } from '../db/sql-database';
import { AppFailure } from '../base/app-failure';
import { logEvent } from '../base/safe-log';
import { migrate, type StoreKind } from './migrations';
import { restrictFile } from '../platform/file-permissions';
import { warmStore } from './store-warmup';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const PAGE = 4096;

export async function readHeader(file: string): Promise<Buffer | null> {
  const handle = await openFile(file, 'r').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return null;
    throw new AppFailure('IO_ERROR');
  });
  if (!handle) return null;
  try {
    const buf = Buffer.alloc(16);
    const { bytesRead } = await handle.read(buf, 0, 16, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function differingBytes(a: Buffer, b: Buffer): number {
  let n = 0;
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) n++;
  return n;
}

/**
 * Checks that needs no key: the file exists, is not plain SQLite, has at least one whole page, and
 * starts with the salt the keyring recorded. A salt differing in a byte or two is damage; more is another file.
 */
export async function sniffVaultFile(file: string, expectedSalt: string): Promise<void> {
  const info = await stat(file).catch(() => null);
  if (!info) throw new AppFailure('VAULT_NOT_FOUND');
  if (!info.isFile()) throw new AppFailure('VAULT_FOREIGN');
  const header = await readHeader(file);
  if (!header || header.length < 16 || info.size < PAGE) throw new AppFailure('VAULT_CORRUPT');
  if (header.equals(SQLITE_MAGIC)) throw new AppFailure('VAULT_FOREIGN');
  const expected = Buffer.from(expectedSalt, 'hex');
  const diff = differingBytes(header, expected);
  if (diff > 2) throw new AppFailure('VAULT_FOREIGN');
  if (diff > 0) throw new AppFailure('VAULT_CORRUPT');
}

// WAL + FULL: a commit that returned is on disk; secure_delete overwrites freed pages (old drafts);
// temp tables and sorts stay in memory, never in an unencrypted temp file; a 32 MiB page cache keeps
// hot pages decrypted once rather than on every read (the vault runs on its own thread, so the memory
// is the worker's and is freed when the vault locks).
export const VAULT_PRAGMAS = `PRAGMA journal_mode = WAL;
PRAGMA synchronous = FULL;
PRAGMA secure_delete = ON;
PRAGMA temp_store = MEMORY;
PRAGMA cache_size = -32768;
PRAGMA wal_autocheckpoint = 8192;
PRAGMA foreign_keys = ON;`;

async function pragmas(db: SqlDatabase): Promise<void> {
  await db.exec(VAULT_PRAGMAS);
  const mode = await db.get<{ journal_mode: string }>('PRAGMA journal_mode');
  if (mode?.journal_mode !== 'wal') logEvent('warn', 'vault-journal-mode', { mode: mode?.journal_mode ?? null });
}

// Notes and their full-text index: twice the usual cache, so a 10,000-note store stays in memory.
export const OWN_STORE_CACHE = 'PRAGMA cache_size = -65536';

/** SQLCipher's page MACs, then SQLite's structure check. Both read only. */
async function integrity(db: SqlDatabase): Promise<void> {
  let cipherErrors: unknown[];
  let quick: { quick_check: string }[];
  try {
    await db.get('SELECT count(*) AS n FROM sqlite_master');
    cipherErrors = await db.all('PRAGMA cipher_integrity_check');
    quick = await db.all<{ quick_check: string }>('PRAGMA quick_check');
  } catch (e) {
    logEvent('error', 'vault-open-check-failed', { code: (e as { code?: string }).code ?? null });
    throw new AppFailure('VAULT_CORRUPT');
  }
  if (cipherErrors.length > 0 || quick.length !== 1 || quick[0]!.quick_check !== 'ok') {
    logEvent('error', 'vault-integrity-failed', { pageErrors: cipherErrors.length, structureErrors: quick.length });
    throw new AppFailure('VAULT_CORRUPT');
  }
}

/** A clinician's store has no salt in the keyring: check it is a file, not plain SQLite, at least a page. */
export async function sniffStoreFile(file: string): Promise<void> {
  const info = await stat(file).catch(() => null);
  if (!info) throw new AppFailure('VAULT_NOT_FOUND');
  if (!info.isFile()) throw new AppFailure('VAULT_FOREIGN');
  const header = await readHeader(file);
  if (!header || header.length < 16 || info.size < PAGE) throw new AppFailure('VAULT_CORRUPT');
  if (header.equals(SQLITE_MAGIC)) throw new AppFailure('VAULT_FOREIGN');
}

/** Opens an existing store after the key checks out; the caller has already sniffed the file. */
export async function openVaultDb(driver: SqlDriver, file: string, key: Buffer, kind: StoreKind = 'directory', options: { readonly readOnly?: boolean } = {}): Promise<SqlDatabase> {
  let db: SqlDatabase;
  try {
    db = await driver.open(file, key, { create: false });
  } catch {
    throw new AppFailure('VAULT_CORRUPT');
  }
  try {
    await integrity(db);
    await pragmas(db);
    await migrate(db, kind);
    // A clinician's own store: a larger cache, filled now (store-warmup.ts). Not the stores an emergency
    // session opens read-only, one per clinician.
    if (kind === 'content' && !options.readOnly) {
      await db.exec(OWN_STORE_CACHE);
      await warmStore(db);
    }
    // An emergency reader cannot write, whatever the code above it does.
    if (options.readOnly) await db.exec('PRAGMA query_only = ON');
    return db;
  } catch (e) {
    await db.close().catch(() => undefined);
    throw e;
  }
}

/** Creates a new, empty store (the caller checked nothing is there), owner-only from the start. */
export async function createVaultDb(driver: SqlDriver, file: string, key: Buffer, kind: StoreKind = 'directory'): Promise<SqlDatabase> {
  const db = await driver.open(file, key, { create: true });
  try {
    await restrictFile(file);
    await pragmas(db);
    await migrate(db, kind);
    return db;
  } catch (e) {
    await db.close().catch(() => undefined);
    throw e;
  }
}
