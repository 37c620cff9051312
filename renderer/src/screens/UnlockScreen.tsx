import { useId, useState, type FormEvent } from 'react';
import type { SessionInfo } from '../../../shared/contract/vault';
import { call } from '../api';
import { ErrorMessage } from '../components/ErrorMessage';
import { lockedReasonText } from '../logic/format';

interface Props {
  readonly session: SessionInfo;
  readonly lastUserName: string;
  readonly onSession: (s: SessionInfo) => void;
}

/** The lock screen: unlock with user name and passphrase. Emergency access is opened after signing in. */
export function UnlockScreen({ session, lastUserName, onSession }: Props) {
  const [name, setName] = useState(session.user?.name ?? lastUserName);
  const [pass, setPass] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ids = { name: useId(), pass: useId() };
  const reason = lockedReasonText(session.lockedReason);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (busy || !name.trim() || !pass) return;
    setBusy(true);
    setError(null);
    const r = await call('unlock', { userName: name.trim(), passphrase: pass });
    setBusy(false);
    setPass('');
    if (r.ok) onSession(r.value);
    else setError(r.error.message);
  };

  return (
    <main className="center-page">
      <form className="card auth-card" onSubmit={(e) => void submit(e)} data-testid="unlock-form" aria-labelledby="unlock-title" noValidate>
        <h1 id="unlock-title">Lockscribe is locked</h1>
        {reason && session.lockedReason !== 'manual' && (
          <p className={session.lockedReason === 'break-glass-expired' ? 'notice notice-danger' : 'notice'} data-testid="lock-reason" data-reason={session.lockedReason ?? ''}>
            {reason}
          </p>
        )}
        <div className="field">
          <label htmlFor={ids.name}>User name</label>
          <input
            id={ids.name}
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoComplete="username"
            autoFocus={name === ''}
            maxLength={64}
            data-testid="unlock-name"
          />
        </div>
        <div className="field">
          <label htmlFor={ids.pass}>Passphrase</label>
          <input
            id={ids.pass}
            type="password"
            value={pass}
            onChange={(e) => setPass(e.target.value)}
            autoComplete="current-password"
            autoFocus={name !== ''}
            aria-invalid={error ? true : undefined}
            data-testid="unlock-passphrase"
          />
        </div>
        <ErrorMessage message={error} testId="unlock-error" />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy || !name.trim() || !pass} aria-busy={busy} data-testid="unlock-submit">
            {busy ? 'Unlocking…' : 'Unlock'}
          </button>
        </div>
        <p className="field-note">In an emergency, sign in with your own account, then choose Emergency access.</p>
      </form>
    </main>
  );
}
