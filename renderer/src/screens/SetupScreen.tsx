import { useId, useState, type FormEvent } from 'react';
import { NewPassphraseFields } from '../components/NewPassphraseFields';
import { ErrorMessage } from '../components/ErrorMessage';
import { allMet, passphraseRules } from '../logic/passphrasePolicy';
import { userNameProblem } from '../logic/userName';

interface Props {
  readonly busy: boolean;
  readonly error: string | null;
  readonly onCreate: (adminName: string, passphrase: string) => void;
  /** A new machine can start from an existing backup instead of an empty vault. */
  readonly onRestore: () => void;
}

/** First run: create the vault and its administrator. */
export function SetupScreen({ busy, error, onCreate, onRestore }: Props) {
  const [name, setName] = useState('');
  const [pass, setPass] = useState('');
  const [confirm, setConfirm] = useState('');
  const [touched, setTouched] = useState(false);
  const ids = { name: useId(), nameErr: useId() };
  const rules = passphraseRules(pass, name, confirm);
  const nameProblem = name.length > 0 ? userNameProblem(name) : null;
  const ready = !busy && userNameProblem(name) === null && allMet(rules);

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    setTouched(true);
    if (ready) onCreate(name, pass);
  };

  return (
    <main className="center-page">
      <form className="card auth-card" onSubmit={submit} data-testid="setup-form" aria-labelledby="setup-title" noValidate>
        <h1 id="setup-title">Set up Lockscribe</h1>
        <p className="muted">
          Create the encrypted vault and its administrator account. Everything stays on this computer.
        </p>
        <div className="field">
          <label htmlFor={ids.name}>Administrator user name</label>
          <input
            id={ids.name}
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoComplete="off"
            autoFocus
            maxLength={64}
            aria-invalid={nameProblem ? true : undefined}
            aria-describedby={nameProblem ? ids.nameErr : undefined}
            data-testid="setup-name"
          />
          {nameProblem && (
            <p className="field-note warn" id={ids.nameErr}>
              {nameProblem}
            </p>
          )}
        </div>
        <NewPassphraseFields
          label="Passphrase"
          value={pass}
          confirm={confirm}
          onChange={(v) => {
            setPass(v);
            setTouched(true);
          }}
          onConfirmChange={setConfirm}
          rules={rules}
          touched={touched}
          testId="setup"
        />
        <ErrorMessage message={error} testId="setup-error" />
        <div className="actions">
          <button type="submit" className="primary" disabled={!ready} aria-busy={busy} data-testid="setup-submit">
            {busy ? 'Creating vault…' : 'Create vault'}
          </button>
        </div>
        <p className="muted">
          Moving to a new computer?{' '}
          <button type="button" className="link" onClick={onRestore} disabled={busy} data-testid="setup-restore">
            Restore from a backup instead
          </button>
        </p>
      </form>
    </main>
  );
}
