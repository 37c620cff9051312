// The vault file is stock SQLCipher 4: @journeyapps/sqlcipher (SQLCipher's own build) opens what the
// app writes, and the app opens what SQLCipher writes, with the same raw key. A hospital can always
// read its own vault with standard tools.
import { afterEach, describe, expect, it } from 'vitest';
import sqlcipher from '@journeyapps/sqlcipher';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { multipleCiphersDriver } from './multiple-ciphers-driver';
import { readKeyring } from '../vault/keyring';
import { wipe } from '../vault/key-material';
import { discardStaged, stageRestore } from '../vault/backup';
import { vaultPaths } from '../vault/vault-paths';
import { ADMIN_PASS, CLIN_PASS, makeService, tempDir, userKeys } from '../vault/vault-test-support';

type Reference = InstanceType<typeof sqlcipher.Database>;

function openReference(file: string, key: Buffer, mode = sqlcipher.OPEN_READWRITE): Promise<Reference> {
  return new Promise((resolve, reject) => {
    const db: Reference = new sqlcipher.Database(file, mode, (e: Error | null) => {
      if (e) return reject(e);
      db.exec(`PRAGMA key = "x'${key.toString('hex')}'";`, (e2: Error | null) => (e2 ? reject(e2) : resolve(db)));
    });
  });
}

const all = <T>(db: Reference, sql: string, params: unknown[] = []) =>
  new Promise<T[]>((resolve, reject) => db.all(sql, params, (e: Error | null, rows: T[]) => (e ? reject(e) : resolve(rows))));
const exec = (db: Reference, sql: string) => new Promise<void>((resolve, reject) => db.exec(sql, (e: Error | null) => (e ? reject(e) : resolve())));
const close = (db: Reference) => new Promise<void>((resolve) => db.close(() => resolve()));

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

describe('SQLCipher 4 file compatibility', () => {
  it('a vault written by the app opens in SQLCipher with the same key: notes, full-text index and audit log', async () => {
    const t = await tempDir('lockscribe-compat-');
    cleanup = t.cleanup;
    const { service } = makeService(t.dir);
    await service.setup('root', ADMIN_PASS);
    await service.addUser('carol', 'clinician', CLIN_PASS);
    await service.unlock('carol', CLIN_PASS);
    const { noteId } = await service.saveNote('Metoprolol 25 mg twice daily for atrial fibrillation.', 'AF on metoprolol.', 'brief', null);
    await service.lock();

    const keyring = await readKeyring(vaultPaths(t.dir).keyring);
    const entry = keyring.users.find((u) => u.name === 'carol')!;
    const keys = await userKeys(t.dir, 'carol', CLIN_PASS);
    const notesRef = await openReference(vaultPaths(t.dir).notes(entry.userId), keys.contentKey!, sqlcipher.OPEN_READONLY);
    const dirRef = await openReference(vaultPaths(t.dir).db, keys.dirKey, sqlcipher.OPEN_READONLY);
    try {
      const version = await all<{ cipher_version: string }>(notesRef, 'PRAGMA cipher_version');
      expect(version[0]!.cipher_version).toMatch(/^4\./);
      const notes = await all<{ id: string; text: string }>(notesRef, 'SELECT id, text FROM notes');
      expect(notes).toEqual([{ id: noteId, text: 'Metoprolol 25 mg twice daily for atrial fibrillation.' }]);
      const hits = await all<{ rowid: number }>(notesRef, "SELECT rowid FROM notes_fts WHERE notes_fts MATCH 'metoprolol'");
      expect(hits).toHaveLength(1);
      const actions = await all<{ action: string }>(dirRef, 'SELECT action FROM audit_log ORDER BY seq');
      expect(actions.map((a) => a.action)).toContain('note.create');
      for (const ref of [notesRef, dirRef]) expect(await all<unknown>(ref, 'PRAGMA cipher_integrity_check')).toEqual([]);
    } finally {
      await close(notesRef);
      await close(dirRef);
      wipe(keys.privateKey, keys.dirKey, keys.contentKey);
    }
  });

  it('a database written by SQLCipher opens in the app with the same key, and a wrong key opens nothing', async () => {
    const t = await tempDir('lockscribe-compat-');
    cleanup = t.cleanup;
    const file = path.join(t.dir, 'reference.db');
    const key = randomBytes(32);
    const ref = await openReference(file, key, sqlcipher.OPEN_READWRITE | sqlcipher.OPEN_CREATE);
    await exec(ref, "CREATE TABLE t (a TEXT); INSERT INTO t VALUES ('written by SQLCipher'); CREATE VIRTUAL TABLE f USING fts5(x); INSERT INTO f VALUES ('insulin glargine');");
    await close(ref);

    const db = await multipleCiphersDriver.open(file, key);
    try {
      expect(await db.all('SELECT a FROM t')).toEqual([{ a: 'written by SQLCipher' }]);
      expect(await db.all("SELECT x FROM f WHERE f MATCH 'glargine'")).toEqual([{ x: 'insulin glargine' }]);
      await db.run('INSERT INTO t VALUES (?)', ['written by the app']);
    } finally {
      await db.close();
    }
    // And back again: the reference reads the app's write.
    const again = await openReference(file, key, sqlcipher.OPEN_READONLY);
    expect(await all(again, 'SELECT a FROM t ORDER BY rowid')).toEqual([{ a: 'written by SQLCipher' }, { a: 'written by the app' }]);
    await close(again);

    const wrong = await multipleCiphersDriver.open(file, randomBytes(32));
    await expect(wrong.get('SELECT count(*) FROM t')).rejects.toMatchObject({ code: 'SQLITE_NOTADB' });
    await wrong.close();
  });

  it('a backup written by the app is standard SQLCipher 4 under the same key', async () => {
    const t = await tempDir('lockscribe-compat-');
    cleanup = t.cleanup;
    const { service } = makeService(t.dir);
    await service.setup('root', ADMIN_PASS);
    const dest = path.join(t.dir, 'copy.lsvault');
    await service.backup(dest);
    await service.lock();
    const keys = await userKeys(t.dir, 'root', ADMIN_PASS);
    // The backup file holds each store as it is: the directory inside it is a standard SQLCipher 4 file.
    const staged = await stageRestore(dest, vaultPaths(t.dir));
    const ref = await openReference(path.join(staged.dir, 'directory.db'), keys.dirKey, sqlcipher.OPEN_READONLY);
    expect((await all<{ n: number }>(ref, 'SELECT count(*) AS n FROM users'))[0]!.n).toBe(1);
    await close(ref);
    await discardStaged(staged);
    wipe(keys.privateKey, keys.dirKey, keys.contentKey);
  });
});
