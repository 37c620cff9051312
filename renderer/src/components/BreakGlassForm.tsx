import { useId, useState, type FormEvent } from 'react';
import type { SessionInfo } from '../../../shared/contract/vault';
import { call } from '../api';
import { ErrorMessage } from './ErrorMessage';

const MIN_REASON = 10;

interface Props {
  readonly initialName: string;
  readonly onSession: (s: SessionInfo) => void;
  readonly onCancel: () => void;
}

/** Emergency access: recovery code plus a typed reason. Audited and reviewed. */
export function BreakGlassForm({ initialName, onSession, onCancel }: Props) {
  const [name, setName] = useState(initialName);
  const [code, setCode] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ids = { name: useId(), code: useId(), reason: useId(), reasonNote: useId(), warn: useId() };
  const reasonLength = reason.trim().length;
  const ready = !busy && name.trim().length > 0 && code.trim().length > 0 && reasonLength >= MIN_REASON;

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (!ready) return;
    setBusy(true);
    setError(null);
    const r = await call('breakGlass', { userName: name.trim(), recoveryCode: code.trim(), reason: reason.trim() });
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
        <strong>This is audited and reviewed.</strong> Emergency access opens a time-limited session using the vault's
        recovery code. Your name, the time and the reason you give are recorded, and the session will be reviewed.
      </div>
      <div className="field">
        <label htmlFor={ids.name}>User name</label>
        <input id={ids.name} value={name} onChange={(e) => setName(e.target.value)} autoComplete="username" maxLength={64} data-testid="breakglass-name" />
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
          Back to unlock
        </button>
        <button type="submit" className="danger" disabled={!ready} aria-busy={busy} data-testid="breakglass-submit">
          {busy ? 'Opening…' : 'Open emergency access'}
        </button>
      </div>
    </form>
  );
}
