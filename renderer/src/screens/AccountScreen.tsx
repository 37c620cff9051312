import type { SessionInfo } from '../../../shared/contract/vault';
import { ChangePassphraseForm } from '../components/account/ChangePassphraseForm';
import { DefaultStyleForm } from '../components/account/DefaultStyleForm';

interface Props {
  readonly user: NonNullable<SessionInfo['user']>;
}

const ROLE_TEXT: Record<NonNullable<SessionInfo['user']>['role'], string> = {
  clinician: 'Clinician: you summarize notes and see your own notes and summaries.',
  admin: 'Administrator: you manage users, settings, models and backups; you do not see note content.',
  auditor: 'Auditor: you read, verify and export the audit log.',
};

/** The signed-in user's own account: who they are, what their role allows, their default style, their passphrase. */
export function AccountScreen({ user }: Props) {
  return (
    <section className="page" aria-labelledby="account-title" data-testid="account-screen">
      <h1 id="account-title">Account</h1>
      <p data-testid="account-who">
        Signed in as <strong>{user.name}</strong>. {ROLE_TEXT[user.role]}
      </p>
      <div className="stack narrow">
        {user.role === 'clinician' && <DefaultStyleForm />}
        <ChangePassphraseForm userName={user.name} />
      </div>
    </section>
  );
}
