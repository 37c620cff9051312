import { useEffect, useState } from 'react';
import type { SessionInfo } from '../../shared/contract/vault';
import { call, subscribe } from './api';
import { useModelStatus } from './hooks/useModelStatus';
import { useActivityReporting } from './hooks/useActivityReporting';
import { allowedScreen, defaultScreen, screensFor, type Screen } from './logic/navigation';
import { NavBar } from './components/NavBar';
import { StatusBar } from './components/StatusBar';
import { BreakGlassBanner } from './components/BreakGlassBanner';
import { OwnPassphraseNotice } from './components/OwnPassphraseNotice';
import { BreakGlassForm } from './components/BreakGlassForm';
import { HostRestartedNotice } from './components/HostRestartedNotice';
import { WorkspaceScreen } from './screens/WorkspaceScreen';
import { HistoryScreen } from './screens/HistoryScreen';
import { ModelScreen } from './screens/ModelScreen';
import { AdminScreen } from './screens/AdminScreen';
import { AuditScreen } from './screens/AuditScreen';
import { AccountScreen } from './screens/AccountScreen';

interface Props {
  readonly session: SessionInfo;
  readonly onSession: (s: SessionInfo) => void;
}

/** The signed-in app. Mounted only while the vault is unlocked; keyed by session id. */
export function Shell({ session, onSession }: Props) {
  const user = session.user!;
  const screens = screensFor(user.role);
  const [wanted, setScreen] = useState<Screen>(defaultScreen(user.role));
  const screen = allowedScreen(user.role, wanted);
  const [model, setModel] = useModelStatus();
  const [hostRestart, setHostRestart] = useState<'crashed' | 'timeout' | null>(null);
  const [locking, setLocking] = useState(false);
  const [lockError, setLockError] = useState<string | null>(null);
  const [emergency, setEmergency] = useState(false);
  useActivityReporting();

  useEffect(() => subscribe('hostRestarted', (p) => setHostRestart(p.reason)), []);

  const endSession = async (kind: 'lock' | 'signOut'): Promise<void> => {
    setLocking(true);
    setLockError(null);
    const r = kind === 'lock' ? await call('lock', {}) : await call('signOut', {});
    setLocking(false);
    if (r.ok) onSession(r.value);
    else setLockError(r.error.message);
  };

  const isClinician = user.role === 'clinician';

  return (
    <div className="shell" data-testid="app-shell" data-role={user.role}>
      {session.breakGlass && <BreakGlassBanner until={session.breakGlass.until} reason={session.breakGlass.reason} />}
      <NavBar screens={screens} current={screen} onSelect={setScreen} />
      {session.passphraseSetByAdmin && screen !== 'account' && <OwnPassphraseNotice onChoose={() => setScreen('account')} />}
      {hostRestart && <HostRestartedNotice reason={hostRestart} onDismiss={() => setHostRestart(null)} />}
      {!session.breakGlass && user.role !== 'auditor' && (
        <div className="secondary-action emergency-action">
          <button type="button" className="link" onClick={() => setEmergency(true)} data-testid="breakglass-open">
            Emergency access…
          </button>
        </div>
      )}
      {emergency && !session.breakGlass && (
        <div className="modal-backdrop">
          <BreakGlassForm
            userName={user.name}
            onSession={(s) => {
              setEmergency(false);
              onSession(s);
            }}
            onCancel={() => setEmergency(false)}
          />
        </div>
      )}
      {lockError && (
        <p className="error-text banner-error" role="alert">
          {lockError}
        </p>
      )}
      <div className="content">
        {isClinician && (
          <WorkspaceScreen active={screen === 'workspace'} model={model} onOpenModels={() => setScreen('models')} />
        )}
        {screen === 'history' && <HistoryScreen user={user} />}
        {screen === 'models' && <ModelScreen model={model} onStatus={setModel} />}
        {screen === 'admin' && <AdminScreen user={user} />}
        {screen === 'audit' && <AuditScreen />}
        {screen === 'account' && <AccountScreen user={user} />}
      </div>
      <StatusBar
        model={model}
        user={user}
        locking={locking}
        onLock={() => void endSession('lock')}
        onSignOut={() => void endSession('signOut')}
      />
    </div>
  );
}
