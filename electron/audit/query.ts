// Auditor queries: filters become bound parameters and the sort column comes from a fixed map, so
// nothing the caller sends is ever spliced into SQL.
import { AuditFilterSchema, type AuditEntry, type AuditFilter } from '../../shared/contract/audit';
import type { SqlExecutor, SqlValue } from '../db/sql-database';
import { AppFailure } from '../base/app-failure';
import type { AuditQuery } from './audit-types';
import type { AuditRowFields } from './audit-canonical';
import { toEntry } from './audit-rows';

const SORT_COLUMNS: Readonly<Record<AuditQuery['sortBy'], string>> = {
  seq: 'seq',
  time: 'time',
  userId: 'user_id',
  role: 'role',
  action: 'action',
  recordRef: 'record_ref',
  outcome: 'outcome',
  sessionId: 'session_id',
};

const MAX_LIMIT = 1000;

export interface WhereClause {
  readonly sql: string;
  readonly params: SqlValue[];
}

/** Times are compared as text, so bounds are normalised to the stored form (toISOString, UTC). */
function isoBound(value: string): string {
  const t = new Date(value);
  if (Number.isNaN(t.getTime())) throw new AppFailure('INVALID_REQUEST', 'The audit filter is not valid (time).');
  return t.toISOString();
}

export function whereClause(input: AuditFilter): WhereClause {
  const parsed = AuditFilterSchema.safeParse(input);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || 'filter'))].join(', ');
    throw new AppFailure('INVALID_REQUEST', `The audit filter is not valid (${fields}).`);
  }
  const f = parsed.data;
  const parts: string[] = [];
  const params: SqlValue[] = [];
  const add = (sql: string, value: SqlValue) => {
    parts.push(sql);
    params.push(value);
  };
  if (f.userId !== undefined) add('user_id = ?', f.userId);
  if (f.action !== undefined) add('action = ?', f.action);
  if (f.recordRef !== undefined) add('record_ref = ?', f.recordRef);
  if (f.sessionId !== undefined) add('session_id = ?', f.sessionId);
  if (f.from !== undefined) add('time >= ?', isoBound(f.from));
  if (f.to !== undefined) add('time <= ?', isoBound(f.to));
  return { sql: parts.join(' AND '), params };
}

export async function queryAudit(ex: SqlExecutor, q: AuditQuery): Promise<{ entries: AuditEntry[]; total: number }> {
  const column = Object.hasOwn(SORT_COLUMNS, q.sortBy) ? SORT_COLUMNS[q.sortBy] : undefined;
  if (!column || (q.sortDir !== 'asc' && q.sortDir !== 'desc')) throw new AppFailure('INVALID_REQUEST', 'The audit query is not valid (sort).');
  if (!Number.isInteger(q.limit) || !Number.isInteger(q.offset) || q.limit < 1 || q.offset < 0) {
    throw new AppFailure('INVALID_REQUEST', 'The audit query is not valid (paging).');
  }
  const where = whereClause(q.filter);
  const whereSql = where.sql ? `WHERE ${where.sql}` : '';
  const dir = q.sortDir === 'asc' ? 'ASC' : 'DESC';
  // seq breaks ties, so pages never overlap or skip rows.
  const tie = column === 'seq' ? '' : `, seq ${dir}`;
  // The total comes from the same statement as the page, so an entry appended in between (reading
  // the log is itself logged) cannot make them disagree.
  const rows = await ex.all<AuditRowFields & { total: number }>(
    `SELECT seq, time, user_id, role, action, record_ref, outcome, reason, session_id, count(*) OVER () AS total FROM audit_log ${whereSql}
     ORDER BY ${column} ${dir}${tie} LIMIT ? OFFSET ?`,
    [...where.params, Math.min(q.limit, MAX_LIMIT), q.offset],
  );
  if (rows.length > 0) return { entries: rows.map(toEntry), total: rows[0]!.total };
  // Past the last page: no row to carry the total.
  const count = await ex.get<{ n: number }>(`SELECT count(*) AS n FROM audit_log ${whereSql}`, where.params);
  return { entries: [], total: count?.n ?? 0 };
}
