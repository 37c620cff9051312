// The users table: identities and roles. Key wraps live in the keyring; a disabled user's wrap is parked here.
import type { SqlExecutor } from '../db/sql-database';
import type { Role, UserInfo } from '../../shared/contract/vault';
import type { KeyWrap } from './keys';

interface UserRow {
  id: string;
  name: string;
  role: Role;
  disabled: number;
  created_at: string;
  parked_wrap: string | null;
}

function toInfo(r: UserRow): UserInfo {
  return { id: r.id, name: r.name, role: r.role, disabled: r.disabled !== 0, createdAt: r.created_at };
}

const COLUMNS = 'id, name, role, disabled, created_at, parked_wrap';

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

export async function setDisabled(tx: SqlExecutor, id: string, disabled: boolean, parked: KeyWrap | null): Promise<void> {
  await tx.run('UPDATE users SET disabled = ?, parked_wrap = ? WHERE id = ?', [disabled ? 1 : 0, parked ? JSON.stringify(parked) : null, id]);
}

export async function parkedWrap(ex: SqlExecutor, id: string): Promise<KeyWrap | null> {
  const row = await ex.get<{ parked_wrap: string | null }>('SELECT parked_wrap FROM users WHERE id = ?', [id]);
  return row?.parked_wrap ? (JSON.parse(row.parked_wrap) as KeyWrap) : null;
}

export async function setRole(tx: SqlExecutor, id: string, role: Role): Promise<void> {
  await tx.run('UPDATE users SET role = ? WHERE id = ?', [role, id]);
}
