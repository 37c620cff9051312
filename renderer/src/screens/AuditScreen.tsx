import { useCallback, useEffect, useState } from 'react';
import type { AuditEntryView, AuditFilter, AuditVerifyReport } from '../../../shared/contract/audit';
import { call } from '../api';
import {
  AUDIT_PAGE_SIZE,
  DEFAULT_AUDIT_SORT,
  buildAuditFilter,
  emptyAuditFilterForm,
  pageLabel,
  toggleSort,
  type AuditFilterForm,
  type AuditSort,
} from '../logic/auditQuery';
import { AuditFilters } from '../components/audit/AuditFilters';
import { AuditTable } from '../components/audit/AuditTable';
import { VerifyResult } from '../components/audit/VerifyResult';
import { BreakGlassReviews } from '../components/audit/BreakGlassReviews';
import { ErrorMessage } from '../components/ErrorMessage';

export function AuditScreen() {
  const [form, setForm] = useState<AuditFilterForm>(emptyAuditFilterForm);
  const [filter, setFilter] = useState<AuditFilter>({});
  const [sort, setSort] = useState<AuditSort>(DEFAULT_AUDIT_SORT);
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<{ entries: readonly AuditEntryView[]; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<AuditVerifyReport | null>(null);
  const [busy, setBusy] = useState<'verify' | 'export' | null>(null);
  const [exportMsg, setExportMsg] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const query = useCallback(async (): Promise<void> => {
    const r = await call('queryAudit', { filter, sortBy: sort.field, sortDir: sort.dir, limit: AUDIT_PAGE_SIZE, offset });
    if (r.ok) {
      setPage(r.value);
      setError(null);
    } else {
      setError(r.error.message);
    }
  }, [filter, sort, offset]);

  useEffect(() => {
    void query();
  }, [query]);

  const apply = (): void => {
    const built = buildAuditFilter(form);
    if (!built.ok) {
      setError(built.message);
      return;
    }
    setOffset(0);
    setFilter(built.filter);
  };

  const verify = async (): Promise<void> => {
    setBusy('verify');
    setReport(null);
    const r = await call('verifyAudit', {});
    setBusy(null);
    if (r.ok) setReport(r.value);
    else setError(r.error.message);
  };

  const exportLog = async (kind: 'csv' | 'json' | 'checkpoints'): Promise<void> => {
    setBusy('export');
    setExportMsg(null);
    if (kind === 'checkpoints') {
      const r = await call('exportCheckpoints', {});
      setBusy(null);
      if (!r.ok) setExportMsg({ kind: 'error', text: r.error.message });
      else setExportMsg({ kind: 'ok', text: r.value ? `${r.value.checkpoints} checkpoints exported to ${r.value.path}` : 'Export cancelled.' });
      return;
    }
    const r = await call('exportAudit', { format: kind, filter });
    setBusy(null);
    if (!r.ok) setExportMsg({ kind: 'error', text: r.error.message });
    else setExportMsg({ kind: 'ok', text: r.value ? `${r.value.entries} entries exported to ${r.value.path}` : 'Export cancelled.' });
  };

  const showSession = (sessionId: string): void => {
    setForm({ ...emptyAuditFilterForm, sessionId });
    setOffset(0);
    setFilter({ sessionId });
    setError(null);
  };

  const shown = page?.entries.length ?? 0;
  const total = page?.total ?? 0;

  return (
    <section className="page audit-page" aria-labelledby="audit-title" data-testid="audit-screen">
      <div className="page-head">
        <h1 id="audit-title">Audit log</h1>
        <div className="actions">
          <button type="button" onClick={() => void verify()} disabled={busy !== null} aria-busy={busy === 'verify'} data-testid="audit-verify">
            {busy === 'verify' ? 'Verifying…' : 'Verify'}
          </button>
          <button type="button" onClick={() => void exportLog('csv')} disabled={busy !== null} data-testid="audit-export-csv">
            Export CSV
          </button>
          <button type="button" onClick={() => void exportLog('json')} disabled={busy !== null} data-testid="audit-export-json">
            Export JSON
          </button>
          <button type="button" onClick={() => void exportLog('checkpoints')} disabled={busy !== null} data-testid="audit-export-checkpoints">
            Export checkpoints
          </button>
        </div>
      </div>
      {report && <VerifyResult report={report} />}
      {exportMsg && (
        <p className={exportMsg.kind === 'error' ? 'error-text break-all' : 'ok-text break-all'} role={exportMsg.kind === 'error' ? 'alert' : 'status'} data-testid="audit-export-result">
          {exportMsg.text}
        </p>
      )}
      <BreakGlassReviews onShowSession={showSession} />
      <AuditFilters
        form={form}
        onChange={setForm}
        onApply={apply}
        onClear={() => {
          setForm(emptyAuditFilterForm);
          setOffset(0);
          setFilter({});
          setError(null);
        }}
      />
      <ErrorMessage message={error} testId="audit-error" />
      {page && (
        <AuditTable
          entries={page.entries}
          sort={sort}
          onSort={(f) => {
            setOffset(0);
            setSort((s) => toggleSort(s, f));
          }}
        />
      )}
      <nav className="pager" aria-label="Audit log pages">
        <button type="button" className="small" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - AUDIT_PAGE_SIZE))} data-testid="audit-prev">
          Previous
        </button>
        <span data-testid="audit-page-label" aria-live="polite">
          {pageLabel(offset, shown, total)}
        </span>
        <button type="button" className="small" disabled={offset + shown >= total} onClick={() => setOffset(offset + AUDIT_PAGE_SIZE)} data-testid="audit-next">
          Next
        </button>
      </nav>
    </section>
  );
}
