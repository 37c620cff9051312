// Reading audit_log rows: the column list, paging by seq, and the auditor-facing shape.
import type { AuditAction, AuditEntry, AuditOutcome } from '../../shared/contract/audit';
import type { SqlExecutor, SqlValue } from '../db/sql-database';
import type { AuditRow } from './audit-canonical';

export const ROW_COLUMNS = 'seq, time, user_id, role, action, record_ref, outcome, reason, session_id, mac';

/** Rows with seq > afterSeq in seq order, fetched a page at a time so memory stays flat. */
export async function* rowsAfter(ex: SqlExecutor, afterSeq: number, page = 5000, where = '', params: readonly SqlValue[] = []): AsyncGenerator<AuditRow> {
  let last = afterSeq;
  for (;;) {
    const rows = await ex.all<AuditRow>(`SELECT ${ROW_COLUMNS} FROM audit_log WHERE seq > ?${where ? ` AND ${where}` : ''} ORDER BY seq LIMIT ?`, [last, ...params, page]);
    for (const row of rows) yield row;
    if (rows.length < page) return;
    last = rows[rows.length - 1]!.seq;
  }
}

export function toEntry(row: Omit<AuditRow, 'mac'>): AuditEntry {
  return {
    seq: row.seq,
    time: row.time,
    userId: row.user_id,
    role: row.role,
    action: row.action as AuditAction,
    recordRef: row.record_ref,
    outcome: row.outcome as AuditOutcome,
    reason: row.reason,
    sessionId: row.session_id,
  };
}
