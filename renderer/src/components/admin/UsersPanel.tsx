import { useCallback, useEffect, useState } from 'react';
import { ROLES, type Role, type SessionInfo, type UserInfo } from '../../../../shared/contract/vault';
import { call } from '../../api';
import type { Result } from '../../../../shared/errors';
import { capitalize, formatDateTime } from '../../logic/format';
import { ErrorMessage } from '../ErrorMessage';
import { AddUserForm } from './AddUserForm';

interface Props {
  readonly me: NonNullable<SessionInfo['user']>;
}

function isRole(v: string): v is Role {
  return (ROLES as readonly string[]).includes(v);
}

export function UsersPanel({ me }: Props) {
  const [users, setUsers] = useState<readonly UserInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  // Optional: with the recovery code, disabling a clinician re-keys their notes too.
  const [code, setCode] = useState('');

  const load = useCallback(async (): Promise<void> => {
    const r = await call('listUsers', {});
    if (r.ok) setUsers(r.value);
    else setError(r.error.message);
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const update = async (u: UserInfo, change: () => Promise<Result<UserInfo>>, done: string): Promise<void> => {
    setBusyId(u.id);
    setError(null);
    setNotice(null);
    const r = await change();
    setBusyId(null);
    if (r.ok) {
      setUsers((list) => list?.map((x) => (x.id === r.value.id ? r.value : x)) ?? null);
      setNotice(done);
    } else {
      setError(r.error.message);
    }
  };

  return (
    <section className="card" aria-labelledby="users-title">
      <h2 id="users-title">Users</h2>
      <ErrorMessage message={error} testId="users-error" />
      <p className="ok-text" role="status" data-testid="users-notice">
        {notice ?? ''}
      </p>
      {users && (
        <>
        <div className="field inline-field">
          <label htmlFor="disable-recovery-code">Recovery code, to re-key a clinician&apos;s notes when you disable them (optional)</label>
          <input id="disable-recovery-code" value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" spellCheck={false} className="mono" maxLength={200} data-testid="disable-recovery-code" />
        </div>
        <table className="table" data-testid="users-table">
          <thead>
            <tr>
              <th scope="col">User</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Created</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => {
              const self = u.id === me.id;
              return (
                <tr key={u.id} data-testid="user-row" data-user-name={u.name} data-disabled={u.disabled ? 'true' : 'false'}>
                  <th scope="row">
                    {u.name}
                    {self && <span className="muted"> (you)</span>}
                  </th>
                  <td>
                    <select
                      value={u.role}
                      aria-label={`Role for ${u.name}`}
                      disabled={self || busyId === u.id}
                      onChange={(e) => {
                        const role = e.target.value;
                        if (isRole(role)) void update(u, () => call('setUserRole', { userId: u.id, role }), `${u.name} is now ${role}.`);
                      }}
                      data-testid="user-role-select"
                    >
                      {ROLES.map((r) => (
                        <option key={r} value={r}>
                          {capitalize(r)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    {u.disabled ? <span className="badge badge-muted">Disabled</span> : 'Active'}
                    {!u.disabled && u.passphraseSetByAdmin && (
                      <span className="badge badge-muted" title="Until they choose their own, whoever set it could sign in as them." data-testid="user-passphrase-set-by-admin">
                        {' '}
                        passphrase set by an administrator
                      </span>
                    )}
                  </td>
                  <td>{formatDateTime(u.createdAt)}</td>
                  <td className="cell-actions">
                    <button
                      type="button"
                      className="small"
                      disabled={self || busyId === u.id}
                      onClick={() =>
                        void update(
                          u,
                          () =>
                            call('setUserDisabled', {
                              userId: u.id,
                              disabled: !u.disabled,
                              ...(!u.disabled && u.role === 'clinician' && code.trim() !== '' ? { recoveryCode: code.trim() } : {}),
                            }),
                          `${u.name} is ${u.disabled ? 'enabled' : 'disabled'}.`,
                        )
                      }
                      aria-label={`${u.disabled ? 'Enable' : 'Disable'} ${u.name}`}
                      data-testid="user-toggle-disabled"
                    >
                      {u.disabled ? 'Enable' : 'Disable'}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        </>
      )}
      <AddUserForm
        onAdded={(u) => {
          setUsers((list) => [...(list ?? []), u]);
          setNotice(`${u.name} was added as ${u.role}.`);
        }}
      />
    </section>
  );
}
