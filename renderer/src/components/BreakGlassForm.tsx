import { useId, useState, type FormEvent } from 'react';
import type { SessionInfo } from '../../../shared/contract/vault';
import { call } from '../api';
import { ErrorMessage } from './ErrorMessage';

const MIN_REASON = 10;

interface Props {
  readonly userName: string;
  readonly onSession: (s: SessionInfo) => void;
  readonly onCancel: () => void;
}

/** Emergency access for the signed-in user: recovery code plus a typed reason. Audited and reviewed. */
export function BreakGlassForm({ userName, onSession, onCancel }: Props) {
  const [code, setCode] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ids = { code: useId(), reason: useId(), reasonNote: useId(), warn: useId() };
  const reasonLength = reason.trim().length;
  const ready = !busy && code.trim().length > 0 && reasonLength >= MIN_REASON;

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (!ready) return;
    setBusy(true);
    setError(null);
    const r = await call('breakGlass', { recoveryCode: code.trim(), reason: reason.trim() });
    setBusy(false);
    if (r.ok) {
      onSession(r.value);
    } else {
      setCode('');
      setError(r.error.message);
    }
  };

  return (
    <form className="card auth-card breakglass-form" onSubmit={(e) => void submit(e)} data-testid="breakglass-form" aria-labelledby="bg-title" aria-describedby={ids.warn} noValidate>
      <h1 id="bg-title">Emergency access</h1>
      <div className="warning-box" id={ids.warn} role="note">
        <strong>This is audited and reviewed.</strong> With the vault's recovery code, emergency access lets you, <strong>{userName}</strong>,
        read every clinician's notes for a limited time. Nothing can be edited or signed while it is open. Your name, the
        time and the reason you give are recorded, and someone else will review the session.
      </div>
      <div className="field">
        <label htmlFor={ids.code}>Recovery code</label>
        <input id={ids.code} value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" spellCheck={false} className="mono" maxLength={200} data-testid="breakglass-code" />
      </div>
      <div className="field">
        <label htmlFor={ids.reason}>Reason for emergency access</label>
        <textarea
          id={ids.reason}
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={1000}
          aria-describedby={ids.reasonNote}
          data-testid="breakglass-reason"
        />
        <p className="field-note" id={ids.reasonNote}>
          {reasonLength < MIN_REASON ? `At least ${MIN_REASON} characters (${reasonLength} so far).` : 'Reason will be recorded in the audit log.'}
        </p>
      </div>
      <ErrorMessage message={error} testId="breakglass-error" />
      <div className="actions">
        <button type="button" onClick={onCancel} data-testid="breakglass-cancel">
          Cancel
        </button>
        <button type="submit" className="danger" disabled={!ready} aria-busy={busy} data-testid="breakglass-submit">
          {busy ? 'Opening…' : 'Open emergency access'}
        </button>
      </div>
    </form>
  );
}
