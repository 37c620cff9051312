import { useId, type FormEvent } from 'react';
import { AUDIT_ACTIONS } from '../../../../shared/contract/audit';
import type { AuditFilterForm } from '../../logic/auditQuery';

interface Props {
  readonly form: AuditFilterForm;
  readonly onChange: (f: AuditFilterForm) => void;
  readonly onApply: () => void;
  readonly onClear: () => void;
}

export function AuditFilters({ form, onChange, onApply, onClear }: Props) {
  const ids = { user: useId(), action: useId(), ref: useId(), session: useId(), from: useId(), to: useId() };
  const set = (k: keyof AuditFilterForm) => (e: { target: { value: string } }) => onChange({ ...form, [k]: e.target.value });
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    onApply();
  };
  return (
    <form className="audit-filters" onSubmit={submit} aria-label="Filter the audit log" data-testid="audit-filters">
      <div className="field">
        <label htmlFor={ids.user}>User id</label>
        <input id={ids.user} value={form.userId} onChange={set('userId')} maxLength={64} data-testid="audit-filter-user" />
      </div>
      <div className="field">
        <label htmlFor={ids.action}>Action</label>
        <select id={ids.action} value={form.action} onChange={set('action')} data-testid="audit-filter-action">
          <option value="">All actions</option>
          {AUDIT_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.ref}>Record</label>
        <input id={ids.ref} value={form.recordRef} onChange={set('recordRef')} maxLength={128} data-testid="audit-filter-record" />
      </div>
      <div className="field">
        <label htmlFor={ids.session}>Session</label>
        <input id={ids.session} value={form.sessionId} onChange={set('sessionId')} maxLength={64} data-testid="audit-filter-session" />
      </div>
      <div className="field">
        <label htmlFor={ids.from}>From</label>
        <input id={ids.from} type="datetime-local" value={form.from} onChange={set('from')} data-testid="audit-filter-from" />
      </div>
      <div className="field">
        <label htmlFor={ids.to}>To</label>
        <input id={ids.to} type="datetime-local" value={form.to} onChange={set('to')} data-testid="audit-filter-to" />
      </div>
      <div className="filter-actions">
        <button type="submit" className="primary" data-testid="audit-apply">
          Apply
        </button>
        <button type="button" onClick={onClear} data-testid="audit-clear">
          Clear
        </button>
      </div>
    </form>
  );
}
