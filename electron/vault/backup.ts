// Encrypted backups: one file holding every store of the vault, each still encrypted under its own
// key (the directory compacted by VACUUM INTO, each clinician's store copied as it is, since an
// administrator never holds a notes key), and the keyring of the moment (enabled users only).
// Layout: "LSVAULT2\n", a 4-byte big-endian header length, the JSON header, then the files in order.
// Restore stages the files inside the vault folder, checks them, and moves the replaced ones into
// pre-restore-<time>/: nothing is ever deleted.
import { createHash, randomBytes } from 'node:crypto';
import { copyFile, mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SqlDatabase, SqlDriver } from '../db/sql-database';
import { AppFailure } from '../base/app-failure';
import { syncDir } from './atomic-file';
import { parseKeyring, writeKeyring, type Keyring } from './keyring';
import { openVaultDb, readHeader, sniffVaultFile } from './vault-db';
import { readVaultId } from './vault-meta';
import type { VaultPaths } from './vault-paths';

const MAGIC = Buffer.from('LSVAULT2\n', 'latin1');
const MAX_HEADER = 16 * 1024 * 1024;

export interface BackupHeader {
  readonly format: 'lockscribe-backup';
  readonly version: 2;
  readonly createdAt: string;
  /** The audit log's last entry when the backup was made: held against exported anchors on restore. */
  readonly auditHeadSeq: number;
  readonly keyring: Keyring;
  readonly files: readonly { readonly name: string; readonly size: number; readonly sha256: string }[];
}

function tempBeside(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Writes the backup to `dest` atomically. `db` is the open directory. */
export async function exportBackup(db: SqlDatabase, paths: VaultPaths, keyring: Keyring, auditHeadSeq: number, createdAt: string, dest: string): Promise<void> {
  const work = path.join(paths.dir, `.backup-${randomBytes(6).toString('hex')}`);
  const temp = tempBeside(dest);
  await mkdir(work, { mode: 0o700 });
  try {
    const dirCopy = path.join(work, 'directory.db');
    await (await open(dirCopy, 'wx', 0o600)).close();
    // SQLite3MultipleCiphers writes the copy with the directory's cipher and key: standard SQLCipher 4.
    await db.run('VACUUM INTO ?', [dirCopy]);
    const parts: { name: string; file: string }[] = [{ name: 'directory.db', file: dirCopy }];
    const stores = (await readdir(paths.notesDir).catch(() => [] as string[])).filter((f) => /^[A-Za-z0-9_-]+\.db$/.test(f)).sort();
    for (const f of stores) {
      // Closed stores (no session holds them) are consistent files; copy each with its WAL if one is left.
      const copy = path.join(work, f);
      await copyFile(path.join(paths.notesDir, f), copy);
      parts.push({ name: `notes/${f}`, file: copy });
      const wal = path.join(paths.notesDir, `${f}-wal`);
      if ((await stat(wal).catch(() => null))?.size) {
        await copyFile(wal, `${copy}-wal`);
        parts.push({ name: `notes/${f}-wal`, file: `${copy}-wal` });
      }
    }
    const bodies = await Promise.all(parts.map((p) => readFile(p.file)));
    const header: BackupHeader = {
      format: 'lockscribe-backup',
      version: 2,
      createdAt,
      auditHeadSeq,
      keyring,
      files: parts.map((p, i) => ({ name: p.name, size: bodies[i]!.length, sha256: sha256(bodies[i]!) })),
    };
    const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32BE(headerBytes.length);
    const out = await open(temp, 'wx', 0o600);
    try {
      for (const chunk of [MAGIC, length, headerBytes, ...bodies]) await out.write(chunk);
      await out.sync();
    } finally {
      await out.close();
    }
    await rename(temp, dest);
    await syncDir(path.dirname(dest));
  } finally {
    await rm(work, { recursive: true, force: true });
    await rm(temp, { force: true });
  }
}

export interface StagedRestore {
  readonly header: BackupHeader;
  /** A folder inside the vault directory holding the backup's files, ready to be moved into place. */
  readonly dir: string;
}

function parseHeader(bytes: Buffer): BackupHeader {
  const h = JSON.parse(bytes.toString('utf8')) as BackupHeader;
  if (h.format !== 'lockscribe-backup' || h.version !== 2 || !Array.isArray(h.files) || !Number.isInteger(h.auditHeadSeq)) throw new Error('bad header');
  parseKeyring(JSON.stringify(h.keyring));
  for (const f of h.files) if (!/^(directory\.db|notes\/[A-Za-z0-9_-]+\.db(-wal)?)$/.test(f.name) || !Number.isInteger(f.size) || f.size < 0) throw new Error('bad entry');
  return h;
}

/** Reads a backup into a staging folder, checking every file's hash, without touching the live vault. */
export async function stageRestore(backupFile: string, paths: VaultPaths): Promise<StagedRestore> {
  let data: Buffer;
  try {
    data = await readFile(backupFile);
  } catch {
    throw new AppFailure('IO_ERROR', 'The backup file could not be read.');
  }
  let header: BackupHeader;
  let offset: number;
  try {
    if (!data.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error('magic');
    const len = data.readUInt32BE(MAGIC.length);
    if (len > MAX_HEADER) throw new Error('header');
    offset = MAGIC.length + 4;
    header = parseHeader(data.subarray(offset, offset + len));
    offset += len;
  } catch (e) {
    if (e instanceof AppFailure) throw e;
    throw new AppFailure('VAULT_FOREIGN', 'That is not a Lockscribe backup of this version.');
  }
  const dir = path.join(paths.dir, `.restore-${randomBytes(6).toString('hex')}`);
  await mkdir(path.join(dir, 'notes'), { recursive: true, mode: 0o700 });
  try {
    for (const f of header.files) {
      const body = data.subarray(offset, offset + f.size);
      offset += f.size;
      if (body.length !== f.size || sha256(body) !== f.sha256) throw new AppFailure('VAULT_CORRUPT', 'The backup file is damaged.');
      const out = await open(path.join(dir, f.name), 'wx', 0o600);
      try {
        await out.write(body);
        await out.sync();
      } finally {
        await out.close();
      }
    }
    await sniffVaultFile(path.join(dir, 'directory.db'), (await readHeader(path.join(dir, 'directory.db')))!.toString('hex'));
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
  return { header, dir };
}

/** With the directory key in hand, proves the staged directory opens, passes integrity checks and is this vault. */
export async function verifyStaged(driver: SqlDriver, s: StagedRestore, dirKey: Buffer): Promise<void> {
  const db = await openVaultDb(driver, path.join(s.dir, 'directory.db'), dirKey, 'directory');
  try {
    if ((await readVaultId(db)) !== s.header.keyring.vaultId) throw new AppFailure('VAULT_FOREIGN');
  } finally {
    await db.close();
  }
}

/**
 * Moves the live stores into pre-restore-<stamp>/ and the staged ones into place. The keyring is the
 * current one where a vault exists (a restore never brings back old passphrases, users or codes);
 * only on an empty folder does the backup's keyring come with it.
 */
export async function commitRestore(paths: VaultPaths, s: StagedRestore, stamp: string, keepKeyring: Keyring | null): Promise<void> {
  const kept = path.join(paths.dir, `pre-restore-${stamp}`);
  await mkdir(kept, { recursive: true, mode: 0o700 });
  for (const f of [paths.db, paths.wal, paths.shm]) await rename(f, path.join(kept, path.basename(f))).catch(() => undefined);
  await rename(paths.notesDir, path.join(kept, 'notes')).catch(() => undefined);
  await rename(path.join(s.dir, 'directory.db'), paths.db);
  await rename(path.join(s.dir, 'notes'), paths.notesDir);
  await syncDir(paths.dir);
  const header = await readHeader(paths.db);
  await writeKeyring(paths.keyring, { ...(keepKeyring ?? s.header.keyring), dirSalt: header!.toString('hex') });
  await rm(s.dir, { recursive: true, force: true });
}

export async function discardStaged(s: StagedRestore): Promise<void> {
  await rm(s.dir, { recursive: true, force: true });
}
