import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { multipleCiphersDriver } from '../db/multiple-ciphers-driver';
import type { SqlDatabase } from '../db/sql-database';
import type { TestAuditLog } from './audit-test-support';
import { TickingClock, openTestLog, sampleEvent, tempDir } from './audit-test-support';
import { csvCell } from './csv';
import { CHECKPOINT_EVERY } from './audit-keys';
import { ENTRY_FIELDS_SQL, encodeEntryFields, type AuditRowFields } from './audit-canonical';
import { mayBeArchived } from './retention';

const CANARY = 'CANARY-Jane-Doe-metastatic-7f3a';

let dir: string;
let cleanup: () => Promise<void>;
let file: string;
let key: Buffer;
let db: SqlDatabase;
let log: TestAuditLog;
let clock: TickingClock;
let n = 0;

beforeAll(async () => ({ dir, cleanup } = await tempDir()));
afterAll(() => cleanup());
beforeEach(async () => {
  file = path.join(dir, `vault-${n++}.db`);
  key = randomBytes(32);
  clock = new TickingClock();
  db = await multipleCiphersDriver.open(file, key, { create: true });
  log = await openTestLog(db, key, clock);
});
afterEach(() => db.close());

describe('appending', () => {
  it('numbers entries from 1 and chains them, in and out of a caller transaction', async () => {
    expect(await log.appendNow(sampleEvent(0))).toBe(1);
    const seqs = await db.transaction(async (tx) => [await log.append(tx, sampleEvent(1)), await log.append(tx, sampleEvent(2))]);
    expect(seqs).toEqual([2, 3]);
    // Concurrent appends in one transaction still chain in order.
    const more = await db.transaction((tx) => Promise.all([4, 5, 6].map((i) => log.append(tx, sampleEvent(i)))));
    expect(more).toEqual([4, 5, 6]);
    expect(await log.verify()).toMatchObject({ ok: true, entries: 6 });
  });

  it('does not advance its head when the caller transaction rolls back', async () => {
    await log.appendNow(sampleEvent(0));
    await expect(
      db.transaction(async (tx) => {
        await log.append(tx, sampleEvent(1));
        await log.append(tx, sampleEvent(2));
        throw new Error('caller failed');
      }),
    ).rejects.toThrow('caller failed');
    expect(await log.appendNow(sampleEvent(3))).toBe(2);
    expect(await log.verify()).toMatchObject({ ok: true, entries: 2 });
  });

  it('follows entries appended through another connection to the same vault', async () => {
    await log.appendNow(sampleEvent(0));
    const other = await multipleCiphersDriver.open(file, key);
    const otherLog = await openTestLog(other, key, clock);
    expect(await otherLog.appendNow(sampleEvent(1))).toBe(2);
    await other.close();
    expect(await log.appendNow(sampleEvent(2))).toBe(3);
    expect((await log.verify()).ok).toBe(true);
  });

  it('signs a checkpoint every CHECKPOINT_EVERY entries and on demand', async () => {
    await db.transaction(async (tx) => {
      for (let i = 0; i < CHECKPOINT_EVERY + 5; i++) await log.append(tx, sampleEvent(i));
    });
    await log.checkpoint();
    await log.checkpoint(); // nothing new: no second checkpoint at the same head
    const rows = await db.all<{ n: number; seq: number }>('SELECT n, seq FROM audit_checkpoints ORDER BY n');
    expect(rows).toEqual([
      { n: 1, seq: CHECKPOINT_EVERY },
      { n: 2, seq: CHECKPOINT_EVERY + 5 },
    ]);
  });

  it('appends many in few statements: same chain, checkpoints at the same places, follows other writers', async () => {
    await log.appendNow(sampleEvent(0));
    const events = Array.from({ length: 2 * CHECKPOINT_EVERY + 7 }, (_, i) => sampleEvent(i + 1));
    const seqs = await db.transaction((tx) => log.appendMany(tx, events));
    expect(seqs).toEqual(events.map((_, i) => i + 2));
    const rows = await db.all<{ seq: number }>('SELECT seq FROM audit_checkpoints ORDER BY n');
    expect(rows.map((r) => r.seq)).toEqual([CHECKPOINT_EVERY, 2 * CHECKPOINT_EVERY]);
    // Another connection writes in between: the guarded insert notices and re-chains.
    const other = await multipleCiphersDriver.open(file, key);
    await (await openTestLog(other, key, clock)).appendNow(sampleEvent(9));
    await other.close();
    expect(await db.transaction((tx) => log.appendMany(tx, [sampleEvent(10), sampleEvent(11)]))).toEqual([events.length + 3, events.length + 4]);
    expect(await log.verify()).toMatchObject({ ok: true, entries: events.length + 4 });
    // The same entries one at a time give the same log, field for field (only MACs differ by key).
    const fields = await db.all<{ action: string; record_ref: string | null }>('SELECT action, record_ref FROM audit_log ORDER BY seq LIMIT 5');
    expect(fields.map((f) => f.action)).toEqual([0, 1, 2, 3, 4].map((i) => sampleEvent(i).action));
  });

  it('reopens an existing log without changing it', async () => {
    await log.appendNow(sampleEvent(0));
    const again = await openTestLog(db, key, clock);
    expect(await again.appendNow(sampleEvent(1))).toBe(2);
    expect(await db.get('SELECT value FROM audit_meta WHERE key = ?', ['schema_version'])).toEqual({ value: '2' });
  });

  it('refuses UPDATE and DELETE on entries and checkpoints', async () => {
    await log.appendNow(sampleEvent(0));
    await log.checkpoint();
    await expect(db.run(`UPDATE audit_log SET user_id = 'x'`)).rejects.toThrow(/append-only/);
    await expect(db.run('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(db.run(`UPDATE audit_checkpoints SET time = 'x'`)).rejects.toThrow(/append-only/);
    await expect(db.run('DELETE FROM audit_checkpoints')).rejects.toThrow(/append-only/);
    expect((await log.verify()).ok).toBe(true);
  });
});

describe('canonical encoding', () => {
  it('is built byte for byte the same by SQLite and by JavaScript', async () => {
    const reasons = ['café "quoted" \\ back, comma: 5:x,~', '🩺 emoji and 中文', 'lone \ud800 surrogate', `${'x'.repeat(999)}`];
    for (const reason of reasons) await log.appendNow({ ...sampleEvent(0), userId: null, action: 'break-glass.start', reason });
    await log.appendNow({ ...sampleEvent(1), role: null, sessionId: null, recordRef: null });
    const rows = await db.all<AuditRowFields & { enc: string }>(`SELECT seq, time, user_id, role, action, record_ref, outcome, reason, session_id, ${ENTRY_FIELDS_SQL} AS enc FROM audit_log`);
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(row.enc).toBe(encodeEntryFields(row));
    expect(rows[2]!.reason).toBe('lone \ufffd surrogate');
    expect((await log.verify()).ok).toBe(true);
  });
});

describe('what may be recorded', () => {
  it('refuses free text in record refs and ids, without echoing it', async () => {
    const bad = [
      { ...sampleEvent(0), recordRef: `note:${CANARY} has cancer` },
      { ...sampleEvent(0), recordRef: CANARY },
      { ...sampleEvent(0), userId: `${CANARY} x` },
      { ...sampleEvent(0), reason: CANARY }, // note.view takes no reason
      { ...sampleEvent(0), action: 'break-glass.start' as const, reason: 'x'.repeat(1001) },
    ];
    for (const event of bad) {
      const error = await log.appendNow(event).then(() => null, (e: Error) => e);
      expect(error?.message).toMatch(/not valid/);
      expect(error?.message).not.toContain(CANARY);
    }
    expect((await log.query({ filter: {}, sortBy: 'seq', sortDir: 'asc', limit: 10, offset: 0 })).total).toBe(0);
  });

  it('keeps an allowed break-glass reason, with control characters flattened, and never in clear on disk', async () => {
    await log.appendNow({ ...sampleEvent(0), action: 'break-glass.start', reason: `ER\r\nadmit ${CANARY}` });
    const { entries } = await log.query({ filter: {}, sortBy: 'seq', sortDir: 'asc', limit: 10, offset: 0 });
    expect(entries[0]!.reason).toBe(`ER  admit ${CANARY}`);
    await db.close();
    for (const name of await readdir(dir)) {
      if (name.startsWith(path.basename(file))) expect((await readFile(path.join(dir, name))).includes(CANARY)).toBe(false);
    }
    db = await multipleCiphersDriver.open(file, key);
  });
});

describe('queries and exports', () => {
  beforeEach(async () => {
    await db.transaction(async (tx) => {
      for (let i = 0; i < 30; i++) await log.append(tx, sampleEvent(i));
    });
  });

  it('filters, sorts by whitelisted columns and pages', async () => {
    const byUser = await log.query({ filter: { userId: 'user-3' }, sortBy: 'seq', sortDir: 'asc', limit: 2, offset: 1 });
    expect(byUser.total).toBe(4); // i = 3, 10, 17, 24
    expect(byUser.entries.map((e) => e.seq)).toEqual([11, 18]);
    expect(await log.query({ filter: { userId: 'user-3' }, sortBy: 'seq', sortDir: 'asc', limit: 2, offset: 10 })).toEqual({ entries: [], total: 4 });
    const inSession = await log.query({ filter: { sessionId: 's1' }, sortBy: 'seq', sortDir: 'asc', limit: 100, offset: 0 });
    expect(inSession.total).toBeGreaterThan(0);
    expect(inSession.entries.every((e) => e.sessionId === 's1')).toBe(true);
    const views = await log.query({ filter: { action: 'note.view', recordRef: 'note:n4' }, sortBy: 'time', sortDir: 'desc', limit: 10, offset: 0 });
    expect(views.entries.map((e) => e.seq)).toEqual([5]);
    const from = (await log.query({ filter: {}, sortBy: 'seq', sortDir: 'asc', limit: 1, offset: 9 })).entries[0]!.time;
    const to = (await log.query({ filter: {}, sortBy: 'seq', sortDir: 'asc', limit: 1, offset: 11 })).entries[0]!.time;
    const range = await log.query({ filter: { from: from.replace('.000Z', 'Z'), to }, sortBy: 'userId', sortDir: 'asc', limit: 10, offset: 0 });
    expect(range.entries.map((e) => e.seq).sort((a, b) => a - b)).toEqual([10, 11, 12]);
    const injected = { filter: {}, sortBy: 'seq; DROP TABLE audit_log' as 'seq', sortDir: 'asc' as const, limit: 10, offset: 0 };
    await expect(log.query(injected)).rejects.toThrow(/not valid/);
  });

  it('exports CSV and JSON atomically and audits each export', async () => {
    const csvPath = path.join(dir, `export-${n}.csv`);
    expect(await log.exportTo(csvPath, 'csv', { userId: 'user-1' }, { userId: 'aud-1', role: 'auditor', sessionId: 'sa' })).toBe(5);
    const csv = (await readFile(csvPath, 'utf8')).split('\r\n');
    expect(csv[0]).toBe('seq,time,userId,role,action,recordRef,outcome,reason,sessionId');
    expect(csv).toHaveLength(7); // header, 5 rows, trailing empty
    const jsonPath = path.join(dir, `export-${n}.json`);
    expect(await log.exportTo(jsonPath, 'json', {})).toBe(31); // 30 events and the CSV export
    const json = JSON.parse(await readFile(jsonPath, 'utf8')) as { entries: { action: string; userId: string | null }[] };
    expect(json.entries.at(-1)).toMatchObject({ action: 'audit.export', userId: 'aud-1' });
    const last = await log.query({ filter: { action: 'audit.export' }, sortBy: 'seq', sortDir: 'desc', limit: 5, offset: 0 });
    expect(last.total).toBe(2);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('guards CSV cells against formulas and quotes them properly', async () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe(`'+1`);
    expect(csvCell('-2')).toBe(`'-2`);
    expect(csvCell('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(42)).toBe('42');
    await log.appendNow({ ...sampleEvent(0), action: 'break-glass.start', reason: '=cmd|"/C calc"!A0, now' });
    const out = path.join(dir, `formula-${n}.csv`);
    await log.exportTo(out, 'csv', { action: 'break-glass.start' });
    expect(await readFile(out, 'utf8')).toContain(`,"'=cmd|""/C calc""!A0, now",`);
  });
});

describe('checkpoint files', () => {
  it('refuses a checkpoints file that was altered or belongs to another vault', async () => {
    await log.appendNow(sampleEvent(0));
    const good = path.join(dir, `cp-${n}.json`);
    expect(await log.exportCheckpoints(good)).toBe(1);
    expect((await log.verify({ checkpointsFile: good })).ok).toBe(true);
    const text = await readFile(good, 'utf8');
    expect(text).not.toMatch(/user-|note:/);

    const altered = path.join(dir, `cp-altered-${n}.json`);
    const body = JSON.parse(text) as { checkpoints: { seq: number }[] };
    body.checkpoints[0]!.seq = 2;
    await writeFile(altered, JSON.stringify(body));
    await expect(log.verify({ checkpointsFile: altered })).rejects.toThrow(/altered/);

    const otherKey = randomBytes(32);
    const otherDb = await multipleCiphersDriver.open(path.join(dir, `other-${n}.db`), otherKey, { create: true });
    const other = await openTestLog(otherDb, otherKey, clock);
    await other.appendNow(sampleEvent(0));
    const foreign = path.join(dir, `cp-foreign-${n}.json`);
    await other.exportCheckpoints(foreign);
    await otherDb.close();
    await expect(log.verify({ checkpointsFile: foreign })).rejects.toThrow(/different vault/);
  });
});

describe('retention', () => {
  it('treats entries younger than six years as not even archivable', () => {
    const now = new Date('2032-06-01T00:00:00Z');
    expect(mayBeArchived('2026-06-02T00:00:00.000Z', now)).toBe(false);
    expect(mayBeArchived('2026-05-31T00:00:00.000Z', now)).toBe(true);
  });
});
