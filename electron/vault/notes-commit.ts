// A change to a clinician's notes store and its audit entries, made durable with one wait for the disk
// instead of two.
//
// The entries commit first, in the directory, without waiting for the disk; the notes store then
// commits durably (one fsync) with a copy of those entries in its audit_outbox. So when a change
// returns, it and its entries are on disk in the notes store. A crash of the process keeps the
// directory's write as well (it is already in the OS); a power loss may drop the directory's newest
// entries, and the next unlock of the store appends again any that are missing (recoverOutbox). A
// crash before the notes commit leaves an entry for a change that did not land, never a change without
// its entry. Every OUTBOX_LIMIT-th change commits the directory durably instead: that makes every
// earlier entry durable too, so the outbox is emptied then.
import type { SqlDatabase, SqlExecutor } from '../db/sql-database';
import type { AuditEventInput, AuditWriter } from '../audit/audit-types';
import type { AuditAction, AuditOutcome } from '../../shared/contract/audit';
import { logEvent } from '../base/safe-log';

/** Changes whose directory commit may still be waiting for the disk, at most. */
export const OUTBOX_LIMIT = 16;

const OUTBOX_TABLE = 'CREATE TABLE IF NOT EXISTS audit_outbox (seq INTEGER PRIMARY KEY, entry TEXT NOT NULL)';

/** Per open notes store: how many changes since the directory last committed durably. */
export interface OutboxState {
  pending: number;
  ready: boolean;
}

export function newOutboxState(): OutboxState {
  return { pending: 0, ready: false };
}

interface EntryRow {
  seq: number;
  user_id: string | null;
  role: string | null;
  action: AuditAction;
  record_ref: string | null;
  outcome: AuditOutcome;
  reason: string | null;
  session_id: string | null;
}

const ENTRY_COLUMNS = 'seq, user_id, role, action, record_ref, outcome, reason, session_id';

/**
 * Runs fn with both transactions open and commits the directory, then the notes store. fn must append
 * its audit entries to the directory transaction it is given.
 */
export async function commitNotesChange<T>(
  notes: SqlDatabase,
  dir: SqlDatabase,
  state: OutboxState,
  fn: (notes: SqlExecutor, dir: SqlExecutor) => Promise<T>,
): Promise<T> {
  if (!state.ready) {
    await notes.exec(OUTBOX_TABLE);
    state.ready = true;
  }
  const deferred = state.pending < OUTBOX_LIMIT;
  const value = await notes.transaction(async (ntx) => {
    const { value, entries } = await dir.transaction(
      async (dtx) => {
        const head = (await dtx.get<{ seq: number }>('SELECT seq FROM audit_log ORDER BY seq DESC LIMIT 1'))?.seq ?? 0;
        const value = await fn(ntx, dtx);
        // What fn appended: this is the only writer while the transaction is open (BEGIN IMMEDIATE).
        const entries = deferred ? await dtx.all<EntryRow>(`SELECT ${ENTRY_COLUMNS} FROM audit_log WHERE seq > ? ORDER BY seq`, [head]) : [];
        return { value, entries };
      },
      { durable: !deferred },
    );
    if (deferred) {
      for (const e of entries) await ntx.run('INSERT INTO audit_outbox (seq, entry) VALUES (?, ?)', [e.seq, JSON.stringify(e)]);
    } else {
      await ntx.run('DELETE FROM audit_outbox');
    }
    return value;
  });
  state.pending = deferred ? state.pending + 1 : 0;
  return value;
}

/**
 * At unlock of a clinician's own store: every entry in its outbox that the directory lost (a power loss
 * right after a change) is appended again, durably, then the outbox is emptied. An entry counts as
 * present when the directory holds the same event at its sequence number or later, so running this
 * again after a crash half way through appends nothing twice. Returns how many were appended.
 */
export async function recoverOutbox(notes: SqlDatabase, dir: SqlDatabase, audit: AuditWriter): Promise<number> {
  await notes.exec(OUTBOX_TABLE);
  const rows = await notes.all<{ entry: string }>('SELECT entry FROM audit_outbox ORDER BY seq');
  if (rows.length === 0) return 0;
  const missing: AuditEventInput[] = [];
  for (const { entry } of rows) {
    const e = JSON.parse(entry) as EntryRow;
    const present = await dir.get(
      `SELECT 1 AS ok FROM audit_log WHERE record_ref IS ? AND seq >= ? AND action = ? AND outcome = ? AND user_id IS ? AND session_id IS ? LIMIT 1`,
      [e.record_ref, e.seq, e.action, e.outcome, e.user_id, e.session_id],
    );
    if (!present) missing.push({ userId: e.user_id, role: e.role, sessionId: e.session_id, action: e.action, recordRef: e.record_ref, outcome: e.outcome, reason: e.reason });
  }
  if (missing.length > 0) {
    await dir.transaction((tx) => audit.appendMany(tx, missing));
    logEvent('warn', 'audit-outbox-recovered', { entries: missing.length });
  }
  await notes.transaction((tx) => tx.run('DELETE FROM audit_outbox'));
  return missing.length;
}
