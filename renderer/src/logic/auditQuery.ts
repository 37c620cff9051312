// Audit screen helpers: the filter form to an AuditFilter, sorting and paging.
import type { AuditAction, AuditFilter } from '../../../shared/contract/audit';
import { AUDIT_ACTIONS } from '../../../shared/contract/audit';

export type AuditSortField = 'seq' | 'time' | 'userId' | 'role' | 'action' | 'recordRef' | 'outcome' | 'sessionId';
export type SortDir = 'asc' | 'desc';

export interface AuditSort {
  readonly field: AuditSortField;
  readonly dir: SortDir;
}

export interface AuditFilterForm {
  readonly userId: string;
  readonly action: string;
  readonly recordRef: string;
  readonly sessionId: string;
  /** Values of <input type="datetime-local">: "YYYY-MM-DDTHH:MM" in local time, or ''. */
  readonly from: string;
  readonly to: string;
}

export const emptyAuditFilterForm: AuditFilterForm = { userId: '', action: '', recordRef: '', sessionId: '', from: '', to: '' };

export const DEFAULT_AUDIT_SORT: AuditSort = { field: 'seq', dir: 'desc' };
export const AUDIT_PAGE_SIZE = 50;

function isAuditAction(v: string): v is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(v);
}

/** Local datetime-local value → ISO 8601 UTC, or undefined when empty/invalid. */
export function localInputToIso(value: string): string | undefined {
  if (value.trim() === '') return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

export type FilterResult = { readonly ok: true; readonly filter: AuditFilter } | { readonly ok: false; readonly message: string };

export function buildAuditFilter(form: AuditFilterForm): FilterResult {
  const filter: { -readonly [K in keyof AuditFilter]: AuditFilter[K] } = {};
  const userId = form.userId.trim();
  const recordRef = form.recordRef.trim();
  if (userId) filter.userId = userId;
  if (recordRef) filter.recordRef = recordRef;
  const sessionId = form.sessionId.trim();
  if (sessionId) filter.sessionId = sessionId;
  if (form.action) {
    if (!isAuditAction(form.action)) return { ok: false, message: 'Unknown action.' };
    filter.action = form.action;
  }
  if (form.from.trim()) {
    const iso = localInputToIso(form.from);
    if (!iso) return { ok: false, message: 'The "from" date is not valid.' };
    filter.from = iso;
  }
  if (form.to.trim()) {
    const iso = localInputToIso(form.to);
    if (!iso) return { ok: false, message: 'The "to" date is not valid.' };
    filter.to = iso;
  }
  if (filter.from && filter.to && filter.from > filter.to) return { ok: false, message: 'The "from" date is after the "to" date.' };
  return { ok: true, filter };
}

/** Clicking a header: same field flips direction; a new field starts descending for time/seq, ascending otherwise. */
export function toggleSort(current: AuditSort, field: AuditSortField): AuditSort {
  if (current.field === field) return { field, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { field, dir: field === 'seq' || field === 'time' ? 'desc' : 'asc' };
}

export function ariaSort(sort: AuditSort, field: AuditSortField): 'ascending' | 'descending' | 'none' {
  if (sort.field !== field) return 'none';
  return sort.dir === 'asc' ? 'ascending' : 'descending';
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

export function pageLabel(offset: number, shown: number, total: number): string {
  if (total === 0 || shown === 0) return 'No entries';
  return `${offset + 1}–${offset + shown} of ${total}`;
}
