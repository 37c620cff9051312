import { useState } from 'react';
import { call } from '../../api';
import { ErrorMessage } from '../ErrorMessage';

export function BackupPanel() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<string | null>(null);

  const backup = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    setResult(null);
    const r = await call('backupVault', {});
    setBusy(false);
    if (!r.ok) setError(r.error.message);
    else setResult(r.value ? `Backup written to ${r.value.path}` : 'Backup cancelled.');
  };

  return (
    <section className="card" aria-labelledby="backup-title">
      <h2 id="backup-title">Backup</h2>
      <p className="muted">Writes an encrypted copy of the vault to a location you choose.</p>
      <ErrorMessage message={error} testId="backup-error" />
      <p className="ok-text break-all" role="status" data-testid="backup-result">
        {result ?? ''}
      </p>
      <div className="actions">
        <button type="button" onClick={() => void backup()} disabled={busy} aria-busy={busy} data-testid="backup-button">
          {busy ? 'Backing up…' : 'Back up vault…'}
        </button>
      </div>
    </section>
  );
}
