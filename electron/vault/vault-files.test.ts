// What is on disk: no plaintext anywhere, plain SQLite cannot read the vault, damaged or foreign files
// give clean errors and stay byte-for-byte unchanged, and backups round-trip.
import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { copyFile, readdir, stat, truncate, writeFile, open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ADMIN_PASS, CLIN_PASS, countIn, exists, filesUnder, makeService, readAudit, sha256File, tempDir, failure, freshVaultEach } from './vault-test-support';
import { vaultPaths } from './vault-paths';


async function filesSince(dir: string, sinceMs: number): Promise<string[]> {
  const all = await filesUnder(dir);
  const out: string[] = [];
  for (const f of all) {
    const s = await stat(f).catch(() => null);
    if (s && s.mtimeMs >= sinceMs - 1000 && s.size < 200 * 1024 * 1024) out.push(f);
  }
  return out;
}

function plainSqliteCannotRead(file: string): void {
  expect(() => {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } finally {
      db.close();
    }
  }).toThrow(/not a database/);
}

describe('vault files', () => {
  const fx = freshVaultEach();

  async function vaultWithNotes(): Promise<void> {
    await fx.h.service.setup('root', ADMIN_PASS);
    await fx.h.service.addUser('carol', 'clinician', CLIN_PASS);
    await fx.h.service.lock();
    await fx.h.service.unlock('carol', CLIN_PASS);
    for (let i = 0; i < 5; i++) await fx.h.service.saveNote(`Note ${i}: chest pain, troponin negative.`, `Summary ${i}.`, 'brief', null);
    await fx.h.service.lock();
  }

  it('leaves no plaintext canary in the vault, its WAL and journal, the keyring or the temp dirs', async () => {
    const started = Date.now();
    const tag = randomBytes(6).toString('hex');
    const canaries = {
      note: `CanaryNoteText${tag}`,
      summary: `CanarySummaryText${tag}`,
      edit: `CanaryEditedSummary${tag}`,
      draft: `CanaryDraftText${tag}`,
      search: `CanarySearchQuery${tag}`,
    };
    await fx.h.service.setup('root', ADMIN_PASS);
    await fx.h.service.addUser('carol', 'clinician', CLIN_PASS);
    await fx.h.service.lock();
    await fx.h.service.unlock('carol', CLIN_PASS);
    await fx.h.service.saveDraft(`Draft: ${canaries.draft} in progress`, 'brief');
    const { noteId } = await fx.h.service.saveNote(`Patient note ${canaries.note}\nmore text`, `Summary ${canaries.summary}`, 'soap', null);
    await fx.h.service.editSummary(noteId, `Edited ${canaries.edit}`);
    await fx.h.service.saveDraft(`Second draft ${canaries.draft}`, 'soap');
    expect((await fx.h.service.listNotes(canaries.note)).map((n) => n.id)).toEqual([noteId]);
    expect(await fx.h.service.listNotes(canaries.search)).toEqual([]);
    expect((await fx.h.service.getNote(noteId)).text).toContain(canaries.note);

    const scan = async (when: string): Promise<void> => {
      const paths = vaultPaths(fx.dir);
      const files = [...new Set([paths.db, paths.wal, paths.shm, paths.journal, paths.keyring, paths.signInState, ...(await filesUnder(fx.dir)), ...(await filesSince(tmpdir(), started))])];
      expect(files.length).toBeGreaterThan(3);
      for (const f of files) {
        for (const [kind, canary] of Object.entries(canaries)) {
          expect({ when, file: path.basename(f), kind, found: await countIn(f, canary) }).toEqual({ when, file: path.basename(f), kind, found: 0 });
        }
      }
    };
    // While unlocked the WAL holds the recent writes; after the lock they are checkpointed into the file.
    expect(await exists(vaultPaths(fx.dir).wal)).toBe(true);
    await scan('unlocked');
    await fx.h.service.lock();
    await scan('locked');
    plainSqliteCannotRead(vaultPaths(fx.dir).db);
  });

  it('reports a plain SQLite file, random bytes and a directory in the vault place as not ours, and never changes them', async () => {
    await vaultWithNotes();
    const { db } = vaultPaths(fx.dir);
    const original = path.join(fx.dir, 'original.db');
    await copyFile(db, original);

    const plain = new Database(db + '.plain');
    plain.exec("CREATE TABLE t (x); INSERT INTO t VALUES ('hello');");
    plain.close();
    await copyFile(db + '.plain', db);
    let hash = await sha256File(db);
    expect((await failure(fx.h.service.unlock('carol', CLIN_PASS))).code).toBe('VAULT_FOREIGN');
    expect(await sha256File(db)).toBe(hash);

    await writeFile(db, randomBytes(64 * 1024));
    hash = await sha256File(db);
    expect((await failure(fx.h.service.unlock('carol', CLIN_PASS))).code).toBe('VAULT_FOREIGN');
    expect(await sha256File(db)).toBe(hash);

    // Setup never writes over a file that is there.
    const fresh = makeService(fx.dir).service;
    expect((await failure(fresh.setup('other', ADMIN_PASS))).code).toBe('VAULT_EXISTS');
    expect(await sha256File(db)).toBe(hash);

    await copyFile(original, db);
    expect((await fx.h.service.unlock('carol', CLIN_PASS)).vault).toBe('unlocked');
  });

  it('gives VAULT_CORRUPT for bit flips and truncation, without a crash, a hang or a write', async () => {
    await vaultWithNotes();
    const { db } = vaultPaths(fx.dir);
    const size = (await stat(db)).size;
    const original = path.join(fx.dir, 'original.db');
    await copyFile(db, original);
    expect(size).toBeGreaterThan(8 * 4096);

    const flips = [5, 100, 4000, 4096 + 17, Math.floor(size / 2), size - 1];
    for (const offset of flips) {
      await copyFile(original, db);
      const handle = await open(db, 'r+');
      const byte = Buffer.alloc(1);
      await handle.read(byte, 0, 1, offset);
      byte[0] = byte[0]! ^ 0x10;
      await handle.write(byte, 0, 1, offset);
      await handle.close();
      const hash = await sha256File(db);
      const e = await failure(fx.h.service.unlock('carol', CLIN_PASS));
      expect({ offset, code: e.code }).toEqual({ offset, code: 'VAULT_CORRUPT' });
      expect(await sha256File(db)).toBe(hash);
    }
    for (const length of [0, 100, 4096, Math.floor(size / 2), size - 100]) {
      await copyFile(original, db);
      await truncate(db, length);
      const hash = await sha256File(db);
      const e = await failure(fx.h.service.unlock('carol', CLIN_PASS));
      expect({ length, code: e.code }).toEqual({ length, code: 'VAULT_CORRUPT' });
      expect(await sha256File(db)).toBe(hash);
    }
    await copyFile(original, db);
    expect((await fx.h.service.unlock('carol', CLIN_PASS)).vault).toBe('unlocked');
    expect(await fx.h.service.listNotes()).toHaveLength(5);
    await fx.h.service.lock();
    // The failed opens were queued while the file was unreadable and are in the log now.
    const entries = await readAudit(fx.dir, 'root', ADMIN_PASS);
    expect(entries.filter((e) => e.action === 'vault.integrity-failure')).toHaveLength(flips.length + 5);
  });

  it('backs up every store to one encrypted file and restores it, keeping the replaced files and recording the rollback', async () => {
    await vaultWithNotes();
    const out = await tempDir('lockscribe-backup-');
    try {
      const backupFile = path.join(out.dir, 'lockscribe-backup.db');
      await fx.h.service.unlock('carol', CLIN_PASS);
      expect((await failure(fx.h.service.backup(backupFile))).code).toBe('FORBIDDEN');
      await fx.h.service.lock();
      await fx.h.service.unlock('root', ADMIN_PASS);
      expect(await fx.h.service.backup(backupFile)).toEqual({ path: backupFile });
      plainSqliteCannotRead(backupFile);
      expect(await countIn(backupFile, 'troponin')).toBe(0);
      await fx.h.service.lock();

      // A note written after the backup is gone after the restore; the replaced file is kept.
      await fx.h.service.unlock('carol', CLIN_PASS);
      await fx.h.service.saveNote('Written after the backup.', 'Later.', 'brief', null);
      expect(await fx.h.service.listNotes()).toHaveLength(6);
      await fx.h.service.lock();
      expect((await failure(fx.h.service.restore(backupFile))).code).toBe('LOCKED');
      await fx.h.service.unlock('root', ADMIN_PASS);
      const backupHash = await sha256File(backupFile);
      const after = await fx.h.service.restore(backupFile);
      expect(after.vault).toBe('locked');
      expect(await sha256File(backupFile)).toBe(backupHash);
      expect((await readdir(fx.dir)).some((f) => f.startsWith('pre-restore-'))).toBe(true);
      await fx.h.service.unlock('carol', CLIN_PASS);
      expect(await fx.h.service.listNotes()).toHaveLength(5);
      await fx.h.service.lock();
      const actions = (await readAudit(fx.dir, 'root', ADMIN_PASS)).map((e) => `${e.action}:${e.outcome}`);
      // The restored log is the backup's (5 notes, not 6) plus the restore itself, which names the rollback.
      expect(actions).toContain('vault.restore:success');
      expect(actions.filter((a) => a === 'note.create:success')).toHaveLength(5);
      const restoreEntry = (await readAudit(fx.dir, 'root', ADMIN_PASS)).find((e) => e.action === 'vault.restore' && e.outcome === 'success')!;
      expect(restoreEntry.reason).toMatch(/^rolled back from entry \d+ to \d+ at .+ by u_/);

      // After a key change (a user disabled), that backup would bring back revoked access: refused.
      await fx.h.service.unlock('root', ADMIN_PASS);
      const eve = await fx.h.service.addUser('eve', 'clinician', 'quartz lantern meadow ninety');
      await fx.h.service.setUserDisabled(eve.id, true);
      expect(await failure(fx.h.service.restore(backupFile))).toMatchObject({ code: 'INVALID_REQUEST', message: expect.stringMatching(/key change/) });
      await fx.h.service.lock();

      // Disaster recovery: the backup restored into an empty directory on another computer.
      const other = await tempDir('lockscribe-restore-');
      try {
        const elsewhere = makeService(other.dir).service;
        expect((await elsewhere.restore(backupFile)).vault).toBe('locked');
        await elsewhere.unlock('carol', CLIN_PASS);
        expect(await elsewhere.listNotes('troponin')).toHaveLength(5);
        await elsewhere.lock();
        // A backup of another vault is refused.
        await elsewhere.unlock('root', ADMIN_PASS);
        const foreign = await tempDir('lockscribe-foreign-');
        try {
          const f = makeService(foreign.dir).service;
          await f.setup('root', ADMIN_PASS);
          await f.backup(path.join(foreign.dir, 'b.db'));
          await f.lock();
          expect((await failure(elsewhere.restore(path.join(foreign.dir, 'b.db')))).code).toBe('VAULT_FOREIGN');
        } finally {
          await elsewhere.lock();
          await foreign.cleanup();
        }
      } finally {
        await other.cleanup();
      }
    } finally {
      await out.cleanup();
    }
  });
});
