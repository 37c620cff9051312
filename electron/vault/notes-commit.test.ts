// One wait for the disk per notes change: the outbox carries the audit entries, and an unlock puts back
// entries the directory lost (a power loss simulated by putting back the directory's files as they
// were before the change).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { multipleCiphersDriver } from '../db/multiple-ciphers-driver';
import type { SqlDatabase } from '../db/sql-database';
import { ManualClock } from '../base/clock';
import { setLogSink } from '../base/safe-log';
import { initAuditState, openAuditLog } from '../audit/audit-log';
import { ensureAuditSchema } from '../audit/audit-schema';
import { newChainKey, newSigningSeed } from '../audit/audit-keys';
import type { AuditLogService } from '../audit/audit-types';
import { migrate } from './migrations';
import { insertNote } from './notes';
import { VAULT_PRAGMAS } from './vault-db';
import { commitNotesChange, newOutboxState, OUTBOX_LIMIT, recoverOutbox } from './notes-commit';
import { ADMIN_PASS, AUDITOR_PASS, CLIN_PASS, makeService, readAudit, tempDir } from './vault-test-support';
import { vaultPaths } from './vault-paths';

describe('notes commit with an audit outbox', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    setLogSink(null);
    ({ dir, cleanup } = await tempDir('lockscribe-outbox-'));
  });
  afterEach(async () => cleanup());

  async function stores(): Promise<{ notes: SqlDatabase; directory: SqlDatabase; audit: AuditLogService }> {
    const notes = await multipleCiphersDriver.open(path.join(dir, 'notes.db'), Buffer.alloc(32, 1), { create: true });
    const directory = await multipleCiphersDriver.open(path.join(dir, 'directory.db'), Buffer.alloc(32, 2), { create: true });
    for (const db of [notes, directory]) await db.exec(VAULT_PRAGMAS);
    await migrate(notes, 'content');
    await migrate(directory, 'directory');
    await ensureAuditSchema(directory);
    await directory.transaction((tx) => initAuditState(tx, newChainKey(), newSigningSeed()));
    return { notes, directory, audit: await openAuditLog(directory, new ManualClock()) };
  }

  const save = (n: number) => async (ntx: Parameters<Parameters<typeof commitNotesChange>[3]>[0], dtx: Parameters<Parameters<typeof commitNotesChange>[3]>[1], audit: AuditLogService) => {
    const { noteId } = await insertNote(ntx, { authorId: 'u_a', text: `Note ${n}.`, summary: 'S.', style: 'brief', provenance: null, at: '2026-01-01T00:00:00.000Z' });
    await audit.append(dtx, { userId: 'u_a', role: 'clinician', sessionId: 's1', action: 'note.create', recordRef: `note:${noteId}`, outcome: 'success' });
    return noteId;
  };

  it('keeps each deferred entry in the outbox until a durable directory commit, then empties it', async () => {
    const { notes, directory, audit } = await stores();
    const state = newOutboxState();
    const outbox = async () => (await notes.all<{ entry: string }>('SELECT entry FROM audit_outbox ORDER BY seq')).map((r) => JSON.parse(r.entry) as { seq: number; record_ref: string });
    const ids: string[] = [];
    for (let i = 0; i < OUTBOX_LIMIT; i++) ids.push(await commitNotesChange(notes, directory, state, (n, d) => save(i)(n, d, audit)));
    expect((await outbox()).map((e) => e.record_ref)).toEqual(ids.map((id) => `note:${id}`));
    expect(state.pending).toBe(OUTBOX_LIMIT);
    // The next change waits for the directory's disk too, so nothing earlier can be lost any more.
    await commitNotesChange(notes, directory, state, (n, d) => save(99)(n, d, audit));
    expect(await outbox()).toEqual([]);
    expect(state.pending).toBe(0);
    await commitNotesChange(notes, directory, state, (n, d) => save(100)(n, d, audit));
    expect((await outbox()).length).toBe(1);
    // Every entry is in the directory already: recovery appends nothing and empties the outbox.
    expect(await recoverOutbox(notes, directory, audit)).toBe(0);
    expect(await outbox()).toEqual([]);
    await notes.close();
    await directory.close();
  });

  it('rolls back the outbox row with the change, and the directory commit goes back to FULL', async () => {
    const { notes, directory, audit } = await stores();
    const state = newOutboxState();
    await expect(
      commitNotesChange(notes, directory, state, async (n, d) => {
        await save(1)(n, d, audit);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await notes.all('SELECT * FROM audit_outbox')).toEqual([]);
    expect(await notes.all('SELECT * FROM notes')).toEqual([]);
    expect(state.pending).toBe(0);
    expect(await directory.get('PRAGMA synchronous')).toEqual({ synchronous: 2 });
    await notes.close();
    await directory.close();
  });

  it('appends again, at the next unlock, the entries of saves whose directory writes a power loss dropped', async () => {
    const { service } = makeService(dir);
    await service.setup('root', ADMIN_PASS);
    await service.addUser('carol', 'clinician', CLIN_PASS);
    await service.addUser('audrey', 'auditor', AUDITOR_PASS);
    await service.lock();
    await service.unlock('carol', CLIN_PASS);
    const kept = await service.saveNote('Seen before the snapshot.', 'Fine.', 'brief', null);
    // The directory as the disk held it before the next saves (their entries were never synced).
    const { db } = vaultPaths(dir);
    const snap = path.join(dir, 'snapshot');
    for (const suffix of ['', '-wal']) await copyFile(`${db}${suffix}`, `${snap}${suffix}`);
    const lost = [await service.saveNote('First lost entry.', 'A.', 'brief', null), await service.saveNote('Second lost entry.', 'B.', 'brief', null)];
    await service.lock();
    for (const suffix of ['', '-wal']) await copyFile(`${snap}${suffix}`, `${db}${suffix}`);
    await rm(`${db}-shm`, { force: true });
    const before = await readAudit(dir, 'root', ADMIN_PASS);
    for (const { noteId } of lost) expect(before.some((e) => e.recordRef === `note:${noteId}`)).toBe(false);

    await service.unlock('carol', CLIN_PASS);
    await service.lock();
    const after = await readAudit(dir, 'root', ADMIN_PASS);
    for (const { noteId } of [kept, ...lost]) {
      expect(after.filter((e) => e.action === 'note.create' && e.recordRef === `note:${noteId}`)).toHaveLength(1);
    }
    // A second unlock finds nothing left to put back.
    await service.unlock('carol', CLIN_PASS);
    await service.lock();
    const again = await readAudit(dir, 'root', ADMIN_PASS);
    expect(again.filter((e) => e.action === 'note.create')).toHaveLength(3);
    // And the chain still verifies.
    await service.unlock('audrey', AUDITOR_PASS);
    const report = await service.verifyAudit();
    expect(report.ok).toBe(true);
    await service.lock();
  });
});
