import type { AuditEntryView } from '../../../../shared/contract/audit';
import { ariaSort, type AuditSort, type AuditSortField } from '../../logic/auditQuery';
import { formatDateTimeSeconds } from '../../logic/format';

interface Props {
  readonly entries: readonly AuditEntryView[];
  readonly sort: AuditSort;
  readonly onSort: (f: AuditSortField) => void;
}

const COLUMNS: readonly { field: AuditSortField; label: string }[] = [
  { field: 'seq', label: '#' },
  { field: 'time', label: 'Time' },
  { field: 'userId', label: 'User' },
  { field: 'role', label: 'Role' },
  { field: 'action', label: 'Action' },
  { field: 'recordRef', label: 'Record' },
  { field: 'outcome', label: 'Outcome' },
  { field: 'sessionId', label: 'Session' },
];

export function AuditTable({ entries, sort, onSort }: Props) {
  return (
    <div className="table-scroll">
      <table className="table audit-table" data-testid="audit-table">
        <caption className="visually-hidden">Audit log entries. Column headers sort the table.</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => {
              const dir = ariaSort(sort, c.field);
              return (
                <th key={c.field} scope="col" aria-sort={dir}>
                  <button type="button" className="sort-button" onClick={() => onSort(c.field)} data-testid={`audit-sort-${c.field}`}>
                    {c.label}
                    <span className="sort-mark" aria-hidden="true">
                      {dir === 'ascending' ? '▲' : dir === 'descending' ? '▼' : ''}
                    </span>
                  </button>
                </th>
              );
            })}
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.seq} data-testid="audit-row" data-seq={e.seq} data-action={e.action}>
              <td className="num">{e.seq}</td>
              <td className="nowrap">{formatDateTimeSeconds(e.time)}</td>
              <td>
                {e.userName ?? (e.userId === null ? '—' : '')}
                {e.userId !== null && <span className="mono muted block small-text">{e.userId}</span>}
              </td>
              <td>{e.role ?? '—'}</td>
              <td className="nowrap">{e.action}</td>
              <td className="mono">{e.recordRef ?? '—'}</td>
              <td>
                <span className={`outcome outcome-${e.outcome}`}>{e.outcome}</span>
              </td>
              <td className="mono truncate" title={e.sessionId ?? undefined}>
                {e.sessionId ? e.sessionId.slice(0, 8) : '—'}
              </td>
              <td className="reason">{e.reason ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
