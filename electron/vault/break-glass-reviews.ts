// The emergency-access review queue: every break-glass session stays listed until an auditor who did
// not use it marks it reviewed. Rows are never deleted.
import type { SqlExecutor } from '../db/sql-database';
import type { BreakGlassRecord } from '../../shared/contract/audit';

interface Row {
  id: string;
  user_id: string;
  user_name: string | null;
  session_id: string;
  reason: string;
  started_at: string;
  expires_at: string;
  ended_at: string | null;
  end_reason: string | null;
  reviewed_at: string | null;
  reviewed_by: string | null;
  events: number;
}

function toRecord(r: Row): BreakGlassRecord {
  return {
    id: r.id,
    userId: r.user_id,
    userName: r.user_name ?? r.user_id,
    sessionId: r.session_id,
    reason: r.reason,
    startedAt: r.started_at,
    expiresAt: r.expires_at,
    endedAt: r.ended_at,
    endReason: r.end_reason,
    reviewedAt: r.reviewed_at,
    reviewedBy: r.reviewed_by,
    events: r.events,
  };
}

// The event count tells the reviewer how much happened under the emergency session.
const SELECT = `
SELECT b.id, b.user_id, u.name AS user_name, b.session_id, b.reason, b.started_at, b.expires_at, b.ended_at,
       b.end_reason, b.reviewed_at, b.reviewed_by,
       (SELECT COUNT(*) FROM audit_log a WHERE a.session_id = b.session_id) AS events
FROM break_glass_sessions b LEFT JOIN users u ON u.id = b.user_id`;

export async function listBreakGlass(ex: SqlExecutor, unreviewedOnly: boolean): Promise<BreakGlassRecord[]> {
  const where = unreviewedOnly ? ' WHERE b.reviewed_at IS NULL' : '';
  const rows = await ex.all<Row>(`${SELECT}${where} ORDER BY b.started_at DESC, b.rowid DESC LIMIT 500`);
  return rows.map(toRecord);
}

export async function breakGlassById(ex: SqlExecutor, id: string): Promise<BreakGlassRecord | undefined> {
  const row = await ex.get<Row>(`${SELECT} WHERE b.id = ?`, [id]);
  return row && toRecord(row);
}

export async function markReviewed(tx: SqlExecutor, id: string, by: string, at: string): Promise<void> {
  await tx.run('UPDATE break_glass_sessions SET reviewed_at = ?, reviewed_by = ? WHERE id = ? AND reviewed_at IS NULL', [at, by, id]);
}
