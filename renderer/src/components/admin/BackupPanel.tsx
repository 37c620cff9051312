import { useState } from 'react';
import { call } from '../../api';
import { ErrorMessage } from '../ErrorMessage';

/** Encrypted backup to a file, and restore from one (after an explicit confirmation). */
export function BackupPanel() {
  const [busy, setBusy] = useState<'backup' | 'restore' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  const backup = async (): Promise<void> => {
    setBusy('backup');
    setError(null);
    setResult(null);
    const r = await call('backupVault', {});
    setBusy(null);
    if (!r.ok) setError(r.error.message);
    else setResult(r.value ? `Backup written to ${r.value.path}` : 'Backup cancelled.');
  };

  // On success the session ends and the app shows the sign-in screen for the restored vault.
  const restore = async (): Promise<void> => {
    setBusy('restore');
    setError(null);
    setResult(null);
    const r = await call('restoreVault', {});
    setBusy(null);
    setConfirming(false);
    if (!r.ok) setError(r.error.message);
    else if (r.value === null) setResult('Restore cancelled.');
  };

  return (
    <section className="card" aria-labelledby="backup-title">
      <h2 id="backup-title">Backup and restore</h2>
      <p className="muted">Writes an encrypted copy of the vault to a location you choose. Keep it with the recovery code&apos;s envelope, not with the computer.</p>
      <ErrorMessage message={error} testId="backup-error" />
      <p className="ok-text break-all" role="status" data-testid="backup-result">
        {result ?? ''}
      </p>
      {confirming && (
        <div className="notice notice-danger" role="alertdialog" aria-labelledby="restore-warning" data-testid="restore-confirm">
          <p id="restore-warning">
            Restoring replaces this vault with the backup: notes, users, passphrases and the audit log go back to the time of the
            backup. The current vault file is kept beside it, renamed. Everyone is signed out.
          </p>
          <div className="actions">
            <button type="button" onClick={() => setConfirming(false)} disabled={busy !== null} data-testid="restore-cancel">
              Keep the current vault
            </button>
            <button type="button" className="danger" onClick={() => void restore()} disabled={busy !== null} aria-busy={busy === 'restore'} data-testid="restore-go">
              {busy === 'restore' ? 'Restoring…' : 'Choose backup and restore…'}
            </button>
          </div>
        </div>
      )}
      <div className="actions">
        <button type="button" onClick={() => void backup()} disabled={busy !== null} aria-busy={busy === 'backup'} data-testid="backup-button">
          {busy === 'backup' ? 'Backing up…' : 'Back up vault…'}
        </button>
        {!confirming && (
          <button type="button" onClick={() => setConfirming(true)} disabled={busy !== null} data-testid="restore-button">
            Restore from backup…
          </button>
        )}
      </div>
    </section>
  );
}
