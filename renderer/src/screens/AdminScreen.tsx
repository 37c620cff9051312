import type { SessionInfo } from '../../../shared/contract/vault';
import { UsersPanel } from '../components/admin/UsersPanel';
import { SettingsPanel } from '../components/admin/SettingsPanel';
import { RecoveryPanel } from '../components/admin/RecoveryPanel';
import { BackupPanel } from '../components/admin/BackupPanel';

interface Props {
  readonly user: NonNullable<SessionInfo['user']>;
}

export function AdminScreen({ user }: Props) {
  return (
    <section className="page" aria-labelledby="admin-title" data-testid="admin-screen">
      <h1 id="admin-title">Administration</h1>
      <div className="admin-grid">
        <UsersPanel me={user} />
        <div className="stack">
          <SettingsPanel />
          <RecoveryPanel />
          <BackupPanel />
        </div>
      </div>
    </section>
  );
}
