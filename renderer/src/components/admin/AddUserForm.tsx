import { useId, useState, type FormEvent } from 'react';
import { ROLES, type Role, type UserInfo } from '../../../../shared/contract/vault';
import { call } from '../../api';
import { ErrorMessage } from '../ErrorMessage';
import { NewPassphraseFields } from '../NewPassphraseFields';
import { allMet, passphraseRules } from '../../logic/passphrasePolicy';
import { userNameProblem } from '../../logic/userName';
import { capitalize } from '../../logic/format';

interface Props {
  readonly onAdded: (u: UserInfo) => void;
}

function isRole(v: string): v is Role {
  return (ROLES as readonly string[]).includes(v);
}

export function AddUserForm({ onAdded }: Props) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('clinician');
  const [pass, setPass] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ids = { name: useId(), role: useId() };
  const rules = passphraseRules(pass, name, confirm);
  const nameProblem = name ? userNameProblem(name) : null;
  const ready = !busy && userNameProblem(name) === null && allMet(rules);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (!ready) return;
    setBusy(true);
    setError(null);
    const r = await call('addUser', { name, role, passphrase: pass });
    setBusy(false);
    if (r.ok) {
      setName('');
      setPass('');
      setConfirm('');
      setRole('clinician');
      onAdded(r.value);
    } else {
      setError(r.error.message);
    }
  };

  return (
    <form className="add-user" onSubmit={(e) => void submit(e)} aria-labelledby="add-user-title" noValidate data-testid="add-user-form">
      <h3 id="add-user-title">Add a user</h3>
      <div className="form-row">
        <div className="field">
          <label htmlFor={ids.name}>User name</label>
          <input id={ids.name} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" maxLength={64} aria-invalid={nameProblem ? true : undefined} data-testid="add-user-name" />
          {nameProblem && <p className="field-note warn">{nameProblem}</p>}
        </div>
        <div className="field">
          <label htmlFor={ids.role}>Role</label>
          <select id={ids.role} value={role} onChange={(e) => isRole(e.target.value) && setRole(e.target.value)} data-testid="add-user-role">
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {capitalize(r)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <NewPassphraseFields
        label="Initial passphrase"
        value={pass}
        confirm={confirm}
        onChange={setPass}
        onConfirmChange={setConfirm}
        rules={rules}
        touched={pass.length > 0}
        testId="add-user"
        inRow
      />
      <ErrorMessage message={error} testId="add-user-error" />
      <div className="actions">
        <button type="submit" className="primary" disabled={!ready} aria-busy={busy} data-testid="add-user-submit">
          {busy ? 'Adding…' : 'Add user'}
        </button>
      </div>
    </form>
  );
}
