// The users table: identities and roles. Keys live in the keyring; a disabled user's are parked here.
import type { SqlExecutor } from '../db/sql-database';
import type { Role, UserInfo } from '../../shared/contract/vault';
import type { KeyringUser } from './keyring';

export type ParkedKeys = Pick<KeyringUser, 'publicKey' | 'privateKeyWrap'> & { readonly content: KeyringUser['grants']['content'] | null };

interface UserRow {
  id: string;
  name: string;
  role: Role;
  disabled: number;
  created_at: string;
}

function toInfo(r: UserRow): UserInfo {
  return { id: r.id, name: r.name, role: r.role, disabled: r.disabled !== 0, createdAt: r.created_at };
}

const COLUMNS = 'id, name, role, disabled, created_at';

export async function insertUser(tx: SqlExecutor, u: { id: string; name: string; role: Role; createdAt: string; createdBy: string | null }): Promise<UserInfo> {
  await tx.run('INSERT INTO users (id, name, role, disabled, created_at, created_by) VALUES (?, ?, ?, 0, ?, ?)', [u.id, u.name, u.role, u.createdAt, u.createdBy]);
  return { id: u.id, name: u.name, role: u.role, disabled: false, createdAt: u.createdAt };
}

export async function userById(ex: SqlExecutor, id: string): Promise<UserInfo | undefined> {
  const row = await ex.get<UserRow>(`SELECT ${COLUMNS} FROM users WHERE id = ?`, [id]);
  return row && toInfo(row);
}

export async function userByName(ex: SqlExecutor, name: string): Promise<UserInfo | undefined> {
  const row = await ex.get<UserRow>(`SELECT ${COLUMNS} FROM users WHERE name = ? COLLATE NOCASE`, [name]);
  return row && toInfo(row);
}

export async function listUsers(ex: SqlExecutor): Promise<UserInfo[]> {
  const rows = await ex.all<UserRow>(`SELECT ${COLUMNS} FROM users ORDER BY name COLLATE NOCASE`);
  return rows.map(toInfo);
}

export async function enabledAdminCount(ex: SqlExecutor): Promise<number> {
  const row = await ex.get<{ n: number }>(`SELECT count(*) AS n FROM users WHERE role = 'admin' AND disabled = 0`);
  return row?.n ?? 0;
}

export async function setDisabled(tx: SqlExecutor, id: string, disabled: boolean, parked: ParkedKeys | null): Promise<void> {
  await tx.run('UPDATE users SET disabled = ?, parked_keys = ? WHERE id = ?', [disabled ? 1 : 0, parked ? JSON.stringify(parked) : null, id]);
}

export async function parkedKeys(ex: SqlExecutor, id: string): Promise<ParkedKeys | null> {
  const row = await ex.get<{ parked_keys: string | null }>('SELECT parked_keys FROM users WHERE id = ?', [id]);
  return row?.parked_keys ? (JSON.parse(row.parked_keys) as ParkedKeys) : null;
}

/** A clinician's note grant kept while they hold another role, so a return to clinician restores it. */
export async function parkContentGrant(tx: SqlExecutor, id: string, content: KeyringUser['grants']['content'] | null): Promise<void> {
  await tx.run('UPDATE users SET parked_keys = ? WHERE id = ?', [content ? JSON.stringify({ publicKey: null, privateKeyWrap: null, content }) : null, id]);
}

export async function setRole(tx: SqlExecutor, id: string, role: Role): Promise<void> {
  await tx.run('UPDATE users SET role = ? WHERE id = ?', [role, id]);
}
