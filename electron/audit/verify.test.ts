// Mutation suite: a 10,001-entry log is built once, then each test tampers with a copy the way an
// attacker holding the key could (triggers dropped, raw SQL) and checks what verification reports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { multipleCiphersDriver } from '../db/multiple-ciphers-driver';
import type { SqlDatabase } from '../db/sql-database';
import type { TestAuditLog } from './audit-test-support';
import { TickingClock, openTestLog, sampleEvent, tamper, tempDir, testLogKeys } from './audit-test-support';
import { ChainKeys } from './audit-keys';
import { encodeEntryFields, entryMac } from './audit-canonical';
import { UNDETECTABLE_TAIL } from './verify';

const key = randomBytes(32);
let dir: string;
let cleanup: () => Promise<void>;
let template: string; // 10,001 entries: 10,000 events and one checkpoint export at 6,001
let oldCopy: string; // the same vault when it held 6,001 entries
let oldFile: string; // checkpoints exported at 6,001 (covering 1..6,000)
let newFile: string; // checkpoints exported at 10,001 (covering 1..10,000)
let clock: TickingClock;

async function appendMany(db: SqlDatabase, log: TestAuditLog, from: number, count: number): Promise<void> {
  await db.transaction(async (tx) => {
    for (let i = from; i < from + count; i++) await log.append(tx, sampleEvent(i));
  });
}

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  template = path.join(dir, 'template.db');
  oldCopy = path.join(dir, 'old-copy.db');
  oldFile = path.join(dir, 'old-checkpoints.json');
  newFile = path.join(dir, 'new-checkpoints.json');
  clock = new TickingClock();
  const db = await multipleCiphersDriver.open(template, key, { create: true });
  const log = await openTestLog(db, key, clock);
  await appendMany(db, log, 0, 6000);
  await log.exportCheckpoints(oldFile);
  // No WAL and no open transaction: the file on disk is the committed vault.
  await copyFile(template, oldCopy);
  await appendMany(db, log, 6000, 3999);
  await log.exportCheckpoints(newFile); // checkpoint 10 is already at 10,000; the export itself is entry 10,001
  await db.close();
});

afterAll(() => cleanup());

let n = 0;
/** A fresh copy of the template, tampered with by `steps`, opened as the app would. */
async function tampered(steps: Parameters<typeof tamper>[2], source = template): Promise<{ db: SqlDatabase; log: TestAuditLog }> {
  const file = path.join(dir, `case-${n++}.db`);
  await copyFile(source, file);
  if (steps.length > 0) await tamper(file, key, steps);
  const db = await multipleCiphersDriver.open(file, key);
  return { db, log: await openTestLog(db, key, clock) };
}

async function verifyCase(steps: Parameters<typeof tamper>[2], options?: { checkpointsFile?: string }) {
  const { db, log } = await tampered(steps);
  try {
    return await log.verify(options);
  } finally {
    await db.close();
  }
}

describe('audit verification', () => {
  it('passes an untouched log, with and without the exported checkpoints, and names the blind spot', async () => {
    expect(await verifyCase([])).toMatchObject({ ok: true, entries: 10_001, firstBadSeq: null, damage: null, checkpoints: 10 });
    const report = await verifyCase([], { checkpointsFile: newFile });
    expect(report).toMatchObject({ ok: true, entries: 10_001, firstBadSeq: null, damage: null, checkpoints: 10 });
    expect(report.detail).toContain(UNDETECTABLE_TAIL);
  });

  it('finds a changed field', async () => {
    const report = await verifyCase([`UPDATE audit_log SET user_id = 'mallory' WHERE seq = 4321`]);
    expect(report).toMatchObject({ ok: false, firstBadSeq: 4321, damage: 'changed' });
  });

  it('finds a field whose storage type was changed, even with the same bytes', async () => {
    const report = await verifyCase(['UPDATE audit_log SET role = CAST(role AS BLOB) WHERE seq = 1234']);
    expect(report).toMatchObject({ ok: false, firstBadSeq: 1234, damage: 'changed' });
  });

  it('finds a deleted row', async () => {
    const report = await verifyCase(['DELETE FROM audit_log WHERE seq = 5123']);
    expect(report).toMatchObject({ ok: false, firstBadSeq: 5123, damage: 'deleted' });
  });

  it('finds a deleted row hidden by renumbering the rest', async () => {
    const report = await verifyCase(['DELETE FROM audit_log WHERE seq = 5123', 'UPDATE audit_log SET seq = seq - 1 WHERE seq > 5123']);
    expect(report).toMatchObject({ ok: false, firstBadSeq: 5123, damage: 'deleted' });
  });

  it('finds two swapped rows', async () => {
    const swap = (a: number, b: number) => [
      `UPDATE audit_log SET seq = -1 WHERE seq = ${a}`,
      `UPDATE audit_log SET seq = ${a} WHERE seq = ${b}`,
      `UPDATE audit_log SET seq = ${b} WHERE seq = -1`,
    ];
    expect(await verifyCase(swap(3000, 7000))).toMatchObject({ ok: false, firstBadSeq: 3000, damage: 'reordered' });
    expect(await verifyCase(swap(2222, 2223))).toMatchObject({ ok: false, firstBadSeq: 2222, damage: 'reordered' });
  });

  it('finds a forged row inserted in the middle', async () => {
    const forged = [2500, '2026-01-01T09:00:00.000Z', 'mallory', 'admin', 'note.view', 'note:n1', 'success', null, 's1', randomBytes(32)] as const;
    const report = await verifyCase([
      // Make room at 2,500 by moving every later row down one.
      'UPDATE audit_log SET seq = -(seq + 1) WHERE seq >= 2500',
      'UPDATE audit_log SET seq = -seq WHERE seq < 0',
      ['INSERT INTO audit_log (seq, time, user_id, role, action, record_ref, outcome, reason, session_id, mac) VALUES (?,?,?,?,?,?,?,?,?,?)', forged],
    ]);
    expect(report).toMatchObject({ ok: false, firstBadSeq: 2500, damage: 'inserted' });
  });

  it('finds truncation before the last checkpoint', async () => {
    const report = await verifyCase(['DELETE FROM audit_log WHERE seq > 7500']);
    expect(report).toMatchObject({ ok: false, firstBadSeq: 7501, damage: 'truncated', entries: 7500 });
  });

  it('sees truncation after the last checkpoint through the key state; blind only if an older state is put back too', async () => {
    const { db, log } = await tampered([]);
    await appendMany(db, log, 20_000, 300); // entries 10,002..10,301; the last checkpoint is at 10,000
    await db.close();
    const file = path.join(dir, `case-${n - 1}.db`);
    await tamper(file, key, ['DELETE FROM audit_log WHERE seq > 10100']);
    let reopened = await multipleCiphersDriver.open(file, key);
    let report = await (await openTestLog(reopened, key, clock)).verify({ checkpointsFile: newFile });
    await reopened.close();
    expect(report).toMatchObject({ ok: false, firstBadSeq: 10_101, damage: 'truncated', entries: 10_100 });
    // The documented limit: cut back AND put back the key state of that moment (from an older copy).
    const keys = new ChainKeys(testLogKeys(key).firstKey);
    await tamper(file, key, [['UPDATE audit_state SET next_seq = 10101, mac_key = ? WHERE id = 1', [keys.forSeq(10_101)]]]);
    reopened = await multipleCiphersDriver.open(file, key);
    report = await (await openTestLog(reopened, key, clock)).verify({ checkpointsFile: newFile });
    await reopened.close();
    expect(report).toMatchObject({ ok: true, entries: 10_100, damage: null });
    expect(report.detail).toContain(UNDETECTABLE_TAIL);
  });

  it('catches a rollback of log and checkpoints: by the key state, and by the newest exported checkpoints even with the old state', async () => {
    const rollback = ['DELETE FROM audit_log WHERE seq > 6001', 'DELETE FROM audit_checkpoints WHERE seq > 6000'];
    expect(await verifyCase(rollback)).toMatchObject({ ok: false, entries: 6001, damage: 'truncated' });
    // The whole older copy (its own state included) is consistent on its own and with the old file.
    const { db, log } = await tampered([], oldCopy);
    expect((await log.verify()).ok).toBe(true);
    expect((await log.verify({ checkpointsFile: oldFile })).ok).toBe(true);
    expect(await log.verify({ checkpointsFile: newFile })).toMatchObject({ ok: false, firstBadSeq: 6002, damage: 'truncated' });
    await db.close();
  });

  it('finds a history rewritten and re-MACed by someone holding the first key, through the signed checkpoints', async () => {
    // An auditor (who holds the first key) rewrites entries from 8,500 on, re-MACs them and fixes the key
    // state. The checkpoints at 9,000 and 10,000 cannot be re-signed (their keys are gone), so they are
    // dropped; the exported file still has them.
    const keys = new ChainKeys(testLogKeys(key).firstKey);
    const { db } = await tampered(['DELETE FROM audit_log WHERE seq >= 8500', 'DELETE FROM audit_checkpoints WHERE seq >= 8500']);
    const prev = await db.get<{ mac: Buffer }>('SELECT mac FROM audit_log WHERE seq = 8499');
    let mac = prev!.mac;
    await db.exec('DROP TRIGGER IF EXISTS audit_log_no_update');
    await db.transaction(async (tx) => {
      for (let seq = 8500; seq <= 10_001; seq++) {
        const e = { ...sampleEvent(seq), userId: 'mallory' };
        const row = { seq, time: '2026-02-01T00:00:00.000Z', user_id: e.userId, role: e.role, action: e.action, record_ref: e.recordRef, outcome: e.outcome, reason: null, session_id: e.sessionId };
        mac = entryMac(keys.forSeq(seq), mac, seq, encodeEntryFields(row));
        await tx.run('INSERT INTO audit_log (seq, time, user_id, role, action, record_ref, outcome, reason, session_id, mac) VALUES (?,?,?,?,?,?,?,?,?,?)', [
          seq, row.time, row.user_id, row.role, row.action, row.record_ref, row.outcome, null, row.session_id, mac,
        ]);
      }
      await tx.run('UPDATE audit_state SET next_seq = 10002, mac_key = ? WHERE id = 1', [keys.forSeq(10_002)]);
    });
    const log = await openTestLog(db, key, clock);
    expect((await log.verify()).ok).toBe(true);
    const report = await log.verify({ checkpointsFile: newFile });
    await db.close();
    expect(report).toMatchObject({ ok: false, firstBadSeq: 8001, damage: 'truncated' });
  });

  it('finds an older copy of the vault put back, before and after it is written to again', async () => {
    const { db, log } = await tampered([], oldCopy);
    expect((await log.verify()).ok).toBe(true);
    expect(await log.verify({ checkpointsFile: newFile })).toMatchObject({ ok: false, firstBadSeq: 6002, damage: 'truncated', entries: 6001 });
    // The restored copy keeps being used and grows past the exported checkpoints.
    await appendMany(db, log, 30_000, 5000);
    const report = await log.verify({ checkpointsFile: newFile });
    await db.close();
    expect(report).toMatchObject({ ok: false, firstBadSeq: 6001, damage: 'truncated' });
  });

  it('finds an altered or deleted signed checkpoint', async () => {
    const altered = await verifyCase([['UPDATE audit_checkpoints SET head_mac = ? WHERE n = 4', [randomBytes(32)]]]);
    expect(altered).toMatchObject({ ok: false, firstBadSeq: 4000, damage: 'changed' });
    const deleted = await verifyCase(['DELETE FROM audit_checkpoints WHERE n = 4'], { checkpointsFile: newFile });
    expect(deleted).toMatchObject({ ok: false, firstBadSeq: 3001, damage: 'deleted' });
  });
});
