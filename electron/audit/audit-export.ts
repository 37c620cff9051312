// Exports the filtered log as CSV or JSON, written atomically. Entries carry opaque ids only.
import type { AuditEntry, AuditFilter } from '../../shared/contract/audit';
import type { SqlExecutor } from '../db/sql-database';
import { writeFileAtomic } from './atomic-write';
import { entryRowsAfter, toEntry } from './audit-rows';
import { csvRow } from './csv';
import { whereClause } from './query';

const CSV_HEADER = ['seq', 'time', 'userId', 'role', 'action', 'recordRef', 'outcome', 'reason', 'sessionId'] as const;

function csvValues(e: AuditEntry): (string | number | null)[] {
  return [e.seq, e.time, e.userId, e.role, e.action, e.recordRef, e.outcome, e.reason, e.sessionId];
}

/** Writes the entries matching filter, in seq order; returns how many were written. */
export async function exportEntries(ex: SqlExecutor, target: string, format: 'csv' | 'json', filter: AuditFilter, exportedAt: string): Promise<number> {
  const where = whereClause(filter);
  let count = 0;
  async function* entries(): AsyncGenerator<AuditEntry> {
    for await (const row of entryRowsAfter(ex, 0, where.sql, where.params)) {
      count++;
      yield toEntry(row);
    }
  }
  await writeFileAtomic(target, async function* () {
    if (format === 'csv') {
      yield csvRow(CSV_HEADER);
      for await (const e of entries()) yield csvRow(csvValues(e));
      return;
    }
    yield `{"format":"lockscribe-audit-export","version":1,"exportedAt":${JSON.stringify(exportedAt)},"filter":${JSON.stringify(filter)},"entries":[`;
    let first = true;
    for await (const e of entries()) {
      yield `${first ? '\n' : ',\n'}${JSON.stringify(e)}`;
      first = false;
    }
    yield '\n]}\n';
  });
  return count;
}
