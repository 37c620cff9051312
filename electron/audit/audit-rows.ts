// Reading audit_log rows a page at a time (keyset paging on seq, so memory stays flat), and the
// auditor-facing shape of an entry.
import type { AuditAction, AuditEntry, AuditOutcome } from '../../shared/contract/audit';
import type { SqlExecutor, SqlValue } from '../db/sql-database';
import { ENTRY_FIELDS_SQL, type AuditRowFields, type ChainRow } from './audit-canonical';

const ENTRY_COLUMNS = 'seq, time, user_id, role, action, record_ref, outcome, reason, session_id';
const CHAIN_COLUMNS = `seq, mac, ${ENTRY_FIELDS_SQL} AS enc`;

async function* pagedAfter<T extends { readonly seq: number }>(
  ex: SqlExecutor,
  columns: string,
  afterSeq: number,
  page: number,
  where = '',
  params: readonly SqlValue[] = [],
): AsyncGenerator<T> {
  let last = afterSeq;
  for (;;) {
    const rows = await ex.all<T>(`SELECT ${columns} FROM audit_log WHERE seq > ?${where ? ` AND ${where}` : ''} ORDER BY seq LIMIT ?`, [last, ...params, page]);
    for (const row of rows) yield row;
    if (rows.length < page) return;
    last = rows[rows.length - 1]!.seq;
  }
}

/** Entries (without MACs) with seq > afterSeq matching an optional WHERE fragment, in seq order. */
export function entryRowsAfter(ex: SqlExecutor, afterSeq: number, where = '', params: readonly SqlValue[] = []): AsyncGenerator<AuditRowFields> {
  return pagedAfter<AuditRowFields>(ex, ENTRY_COLUMNS, afterSeq, 5000, where, params);
}

/** What the chain check needs per entry, in seq order. */
export function chainRowsAfter(ex: SqlExecutor, afterSeq: number, page = 5000): AsyncGenerator<ChainRow> {
  return pagedAfter<ChainRow>(ex, CHAIN_COLUMNS, afterSeq, page);
}

/** The chain rows a page at a time: a long walk pays one await per page, not one per row. */
export async function* chainPagesAfter(ex: SqlExecutor, afterSeq: number, page = 10_000): AsyncGenerator<readonly ChainRow[]> {
  let last = afterSeq;
  for (;;) {
    const rows = await ex.all<ChainRow>(`SELECT ${CHAIN_COLUMNS} FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?`, [last, page]);
    if (rows.length > 0) yield rows;
    if (rows.length < page) return;
    last = rows[rows.length - 1]!.seq;
  }
}

export async function nextChainRow(ex: SqlExecutor, afterSeq: number): Promise<ChainRow | undefined> {
  return ex.get<ChainRow>(`SELECT ${CHAIN_COLUMNS} FROM audit_log WHERE seq > ? ORDER BY seq LIMIT 1`, [afterSeq]);
}

export async function timeAt(ex: SqlExecutor, seq: number): Promise<string | null> {
  return (await ex.get<{ time: string }>('SELECT time FROM audit_log WHERE seq = ?', [seq]))?.time ?? null;
}

export function toEntry(row: AuditRowFields): AuditEntry {
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
