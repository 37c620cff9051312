import { useId, useState, type FormEvent } from 'react';
import { call } from '../../api';
import { ErrorMessage } from '../ErrorMessage';
import { NewPassphraseFields } from '../NewPassphraseFields';
import { allMet, passphraseRules } from '../../logic/passphrasePolicy';

interface Props {
  readonly userName: string;
}

/** Change one's own passphrase: the account gets new keys (key-handover.ts on the main side). */
export function ChangePassphraseForm({ userName }: Props) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const currentId = useId();
  const rules = passphraseRules(next, userName, confirm);
  const ready = !busy && current.length > 0 && allMet(rules);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setTouched(true);
    if (!ready) return;
    setBusy(true);
    setError(null);
    setDone(false);
    const r = await call('changePassphrase', { current, next });
    setBusy(false);
    // Never keep passphrases in component state longer than the request.
    setCurrent('');
    if (r.ok) {
      setNext('');
      setConfirm('');
      setTouched(false);
      setDone(true);
    } else setError(r.error.message);
  };

  return (
    <section className="card" aria-labelledby="change-pass-title">
      <h2 id="change-pass-title">Change passphrase</h2>
      <p className="muted">Use it from your next sign-in. Nobody else's access changes.</p>
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="change-pass-form">
        <div className="field">
          <label htmlFor={currentId}>Current passphrase</label>
          <input id={currentId} type="password" value={current} onChange={(e) => setCurrent(e.target.value)} autoComplete="current-password" data-testid="change-pass-current" />
        </div>
        <NewPassphraseFields
          label="New passphrase"
          value={next}
          confirm={confirm}
          onChange={(v) => {
            setNext(v);
            setTouched(true);
          }}
          onConfirmChange={setConfirm}
          rules={rules}
          touched={touched}
          testId="change-pass"
        />
        <ErrorMessage message={error} testId="change-pass-error" />
        {done && (
          <p className="ok-text" role="status" data-testid="change-pass-done">
            Your passphrase was changed.
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={!ready} aria-busy={busy} data-testid="change-pass-submit">
            {busy ? 'Changing…' : 'Change passphrase'}
          </button>
        </div>
      </form>
    </section>
  );
}
