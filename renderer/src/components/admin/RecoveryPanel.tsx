import { useId, useState, type FormEvent } from 'react';
import { call } from '../../api';
import { ErrorMessage } from '../ErrorMessage';
import { RecoveryCodeCard } from '../RecoveryCodeCard';

/** Rotate the recovery code: confirm with the passphrase, then show the new code once. */
export function RecoveryPanel() {
  const [pass, setPass] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [code, setCode] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const passId = useId();

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (!pass || busy) return;
    setBusy(true);
    setError(null);
    setDone(false);
    const r = await call('rotateRecoveryCode', { passphrase: pass });
    setBusy(false);
    setPass('');
    if (r.ok) setCode(r.value.recoveryCode);
    else setError(r.error.message);
  };

  if (code !== null) {
    return (
      <RecoveryCodeCard
        code={code}
        title="New recovery code"
        continueLabel="Done"
        onContinue={() => {
          setCode(null);
          setDone(true);
        }}
      />
    );
  }

  return (
    <section className="card" aria-labelledby="recovery-title">
      <h2 id="recovery-title">Recovery code</h2>
      <p className="muted">Rotating makes the old recovery code stop working at once; each clinician's notes are re-keyed for the new code at their next sign-in (until then their notes have no emergency access). The new code is shown once.</p>
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="rotate-form">
        <div className="field">
          <label htmlFor={passId}>Your passphrase</label>
          <input id={passId} type="password" value={pass} onChange={(e) => setPass(e.target.value)} autoComplete="current-password" data-testid="rotate-passphrase" />
        </div>
        <ErrorMessage message={error} testId="rotate-error" />
        {done && (
          <p className="ok-text" role="status">
            The recovery code was rotated.
          </p>
        )}
        <div className="actions">
          <button type="submit" disabled={!pass || busy} aria-busy={busy} data-testid="rotate-submit">
            Rotate recovery code
          </button>
        </div>
      </form>
    </section>
  );
}
