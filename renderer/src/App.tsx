import { useCallback, useEffect, useState } from 'react';
import type { SessionInfo } from '../../shared/contract/vault';
import { call, subscribe } from './api';
import { SetupScreen } from './screens/SetupScreen';
import { UnlockScreen } from './screens/UnlockScreen';
import { RecoveryCodeCard } from './components/RecoveryCodeCard';
import { Shell } from './Shell';

/**
 * The session drives everything. Whenever the vault is not unlocked, the Shell (and with it every
 * note and summary held in React state) is unmounted at once and the lock or setup screen shows.
 */
export function App() {
  const [session, setSession] = useState<SessionInfo | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [setupError, setSetupError] = useState<string | null>(null);
  const [recoveryCode, setRecoveryCode] = useState<string | null>(null);
  const [auditAnchor, setAuditAnchor] = useState<string | null>(null);
  // Only the user name (never note text) survives a lock, so the lock screen can prefill it.
  const [lastUserName, setLastUserName] = useState('');

  const applySession = useCallback((s: SessionInfo) => {
    setSession(s);
    if (s.user) setLastUserName(s.user.name);
    if (s.vault !== 'unlocked') setRecoveryCode(null);
  }, []);

  useEffect(() => {
    let live = true;
    let fromEvent = false;
    const unsubscribe = subscribe('sessionChanged', (s) => {
      fromEvent = true;
      applySession(s);
    });
    void call('getSession', {}).then((r) => {
      if (!live) return;
      if (r.ok) {
        if (!fromEvent) applySession(r.value);
      } else {
        setLoadError(r.error.message);
      }
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [applySession]);

  const createVault = async (adminName: string, passphrase: string): Promise<void> => {
    setCreating(true);
    setSetupError(null);
    const r = await call('setupVault', { adminName, passphrase });
    if (r.ok) {
      setRecoveryCode(r.value.recoveryCode);
      setAuditAnchor(r.value.auditAnchor);
      applySession(r.value.session);
    } else {
      setSetupError(r.error.message);
    }
    setCreating(false);
  };

  const restoreBackup = async (): Promise<void> => {
    setCreating(true);
    setSetupError(null);
    const r = await call('restoreVault', {});
    setCreating(false);
    if (!r.ok) setSetupError(r.error.message);
    else if (r.value) applySession(r.value);
  };

  if (!session) {
    return (
      <main className="center-page" data-testid="app-loading">
        {loadError ? (
          <p className="error-text" role="alert">
            {loadError}
          </p>
        ) : (
          <p className="muted" role="status">
            Starting Lockscribe…
          </p>
        )}
      </main>
    );
  }

  if (session.vault === 'absent' || (creating && recoveryCode === null)) {
    return <SetupScreen busy={creating} error={setupError} onCreate={(n, p) => void createVault(n, p)} onRestore={() => void restoreBackup()} />;
  }

  if (session.vault === 'locked' || session.user === null) {
    return <UnlockScreen key="locked" session={session} lastUserName={lastUserName} onSession={applySession} />;
  }

  if (recoveryCode !== null) {
    return (
      <main className="center-page">
        <RecoveryCodeCard
          code={recoveryCode}
          anchor={auditAnchor}
          title="Your recovery code"
          continueLabel="Continue to Lockscribe"
          onContinue={() => setRecoveryCode(null)}
        />
      </main>
    );
  }

  return <Shell key={session.sessionId ?? 'session'} session={session} onSession={applySession} />;
}
