// Users, the recovery code and settings: the administrator's domain. Admins manage accounts and
// grant keys by sealing them to users' public keys; they never hold a clinician's notes key or the
// audit chain's first key (except the session that created the vault, until it ends).
import type { Role, Settings, UserInfo } from '../../shared/contract/vault';
import { AppFailure } from '../base/app-failure';
import { passphraseProblem } from '../../shared/passphrase-policy';
import { IDLE_LOCK_MAX_MINUTES, IDLE_LOCK_RANGE_MESSAGE } from '../../shared/settings-limits';
import { newDataKey, newRecoveryCode, normalizeRecoveryCode } from './keys';
import { withUser, type Keyring, type KeyringUser } from './keyring';
import { escrowBox, grantsFor, newRecovery, newUserEntry, openEscrow, openRecoveryKey, wipe } from './key-material';
import { isSealedBox } from './sealed-box';
import { newId } from './ids';
import { requireRole } from './access';
import * as users from './users';
import { writeSettings } from './settings';
import { createNotesStore, openNotesStore } from './store-keys';
import { rotateDirKey } from './dir-rotation';
import { grantWaitingAuditors } from './key-catch-up';
import { requireId, type VaultGate } from './gate';
import type { OpenSession } from './sessions';
import type { SessionService } from './session-service';
import type { SqlExecutor } from '../db/sql-database';


export class UserAdmin {
  constructor(
    private readonly g: VaultGate,
    private readonly sessions: SessionService,
  ) {}

  async listUsers(): Promise<readonly UserInfo[]> {
    const s = this.g.session();
    requireRole(s, 'admin');
    const list = await this.g.read(s, 'list-users', (ex) => users.listUsers(ex));
    // Who has not yet chosen their own passphrase: the administrator who set it could still sign in as them.
    const setByAdmin = new Set(s.keyring.users.filter((u) => u.passphraseSetBy === 'administrator').map((u) => u.userId));
    return list.map((u) => ({ ...u, passphraseSetByAdmin: setByAdmin.has(u.id) }));
  }

  async addUser(name: string, role: Role, passphrase: string): Promise<UserInfo> {
    const g = this.g;
    const s = g.session();
    await g.requireRoleAudited(s, ['admin'], 'user.create', null);
    if (await g.read(s, 'add-user', (ex) => users.userByName(ex, name))) throw new AppFailure('USER_EXISTS');
    const problem = passphraseProblem(passphrase, name);
    if (problem) throw new AppFailure('WEAK_PASSPHRASE', problem);
    const id = newId('u');
    // A clinician's notes get their own store and key: sealed to them, and escrowed to the recovery code.
    const contentKey = role === 'clinician' ? newDataKey() : null;
    try {
      // The administrator knows this passphrase: the account says so until its owner chooses their own.
      const entry = { ...(await newUserEntry(s.keyring, { userId: id, name }, passphrase, this.sessions.kdfParams, s.keys.dirKey, contentKey)), passphraseSetBy: 'administrator' as const };
      if (contentKey) await createNotesStore(g.o.driver, g.paths, id, contentKey);
      const escrow = contentKey ? JSON.stringify(escrowBox(s.keyring, id, contentKey)) : null;
      const user = await g.write(s, 'add-user', async (tx) => {
        const user = await users.insertUser(tx, { id, name, role, createdAt: g.now(), createdBy: s.user.id });
        if (escrow) await tx.run('INSERT INTO escrow (owner_id, box) VALUES (?, ?)', [id, escrow]);
        await s.audit.append(tx, g.event(s, 'user.create', `user:${id}`, 'success'));
        await g.saveKeyring(s, withUser(s.keyring, entry));
        return user;
      });
      if (role === 'auditor' && s.keys.auditFirstKey) await grantWaitingAuditors(g, s, s.keys.auditFirstKey);
      return user;
    } finally {
      wipe(contentKey);
    }
  }

  /**
   * Disabling takes the user's keys out of the keyring (parked inside the directory) and rotates the
   * directory key, so nothing they or an older keyring hold opens anything current. Enabling puts the
   * same key pair back and grants it the current directory key.
   */
  async setUserDisabled(userId: string, disabled: boolean, recoveryCode?: string): Promise<UserInfo> {
    const g = this.g;
    const s = g.session();
    requireId(userId);
    const action = disabled ? 'user.disable' : 'user.enable';
    await g.requireRoleAudited(s, ['admin'], action, `user:${userId}`);
    if (disabled && userId === s.user.id) throw new AppFailure('FORBIDDEN', 'You cannot disable your own account.');
    // With the recovery code, a clinician's notes get a new key too, so their old keys open nothing at all.
    const newNotesKey = disabled && recoveryCode !== undefined ? await this.rekeyNotesFromEscrow(s, userId, recoveryCode) : null;
    let rotate: Keyring | null = null;
    const result = await g.write(s, 'set-user-disabled', async (tx) => {
      const target = await users.userById(tx, userId);
      if (!target) throw new AppFailure('NOT_FOUND');
      if (target.disabled === disabled) return target;
      if (disabled && target.role === 'admin' && (await users.enabledAdminCount(tx)) <= 1) {
        throw new AppFailure('FORBIDDEN', 'At least one administrator must stay enabled.');
      }
      const entry = s.keyring.users.find((u) => u.userId === userId);
      if (disabled) {
        const content = newNotesKey && entry?.publicKey ? grantsFor(s.keyring, userId, entry.publicKey, s.keys.dirKey, newNotesKey).content ?? null : (entry?.grants.content ?? null);
        if (newNotesKey) await tx.run('INSERT OR REPLACE INTO escrow (owner_id, box) VALUES (?, ?)', [userId, JSON.stringify(escrowBox(s.keyring, userId, newNotesKey))]);
        await users.setDisabled(tx, userId, true, entry ? { publicKey: entry.publicKey, privateKeyWrap: entry.privateKeyWrap, content } : null);
        await tx.run('DELETE FROM audit_grants WHERE holder = ?', [userId]);
        rotate = withUser(s.keyring, { userId, name: target.name, disabled: true, publicKey: null, privateKeyWrap: null, grants: {} });
      } else {
        const parked = await users.parkedKeys(tx, userId);
        if (!parked?.publicKey || !parked.privateKeyWrap) throw new AppFailure('INVALID_REQUEST', 'This account has no keys to restore. Add the person again.');
        await users.setDisabled(tx, userId, false, null);
        const grants = grantsFor(s.keyring, userId, parked.publicKey, s.keys.dirKey, null);
        const restored: KeyringUser = { userId, name: target.name, disabled: false, publicKey: parked.publicKey, privateKeyWrap: parked.privateKeyWrap, grants: { ...grants, ...(target.role === 'clinician' && parked.content ? { content: parked.content } : {}) } };
        await g.saveKeyring(s, withUser(s.keyring, restored));
      }
      await s.audit.append(tx, g.event(s, action, `user:${userId}`, 'success'));
      return { ...target, disabled };
    });
    wipe(newNotesKey);
    if (rotate) {
      await rotateDirKey(g, s, rotate);
      await g.auditNow(s, 'keys.rotate', `vault:${s.keyring.vaultId}`, 'success');
    }
    if (!disabled && result.role === 'auditor' && s.keys.auditFirstKey) await grantWaitingAuditors(g, s, s.keys.auditFirstKey);
    return result;
  }

  async setUserRole(userId: string, role: Role): Promise<UserInfo> {
    const g = this.g;
    const s = g.session();
    requireId(userId);
    await g.requireRoleAudited(s, ['admin'], 'user.role-change', `user:${userId}`);
    let newContent: Buffer | null = null;
    try {
      const updated = await g.write(s, 'set-user-role', async (tx) => {
        const target = await users.userById(tx, userId);
        if (!target) throw new AppFailure('NOT_FOUND');
        if (target.role === role) return target;
        if (target.role === 'admin' && !target.disabled && (await users.enabledAdminCount(tx)) <= 1) {
          throw new AppFailure('FORBIDDEN', 'At least one administrator must stay enabled.');
        }
        await users.setRole(tx, userId, role);
        newContent = await this.moveGrants(s, tx, target, role);
        await s.audit.append(tx, g.event(s, 'user.role-change', `user:${userId}`, 'success'));
        return { ...target, role };
      });
      if (userId === s.user.id && s.user.role !== role) {
        s.user.role = role;
        g.emit();
      }
      if (role === 'auditor' && s.keys.auditFirstKey) await grantWaitingAuditors(g, s, s.keys.auditFirstKey);
      return updated;
    } finally {
      wipe(newContent);
    }
  }

  /**
   * Opens the clinician's notes key from escrow with the recovery code, re-encrypts their store under a
   * fresh key and returns it (the caller re-escrows and re-grants it). Null when they have no store.
   */
  private async rekeyNotesFromEscrow(s: OpenSession, userId: string, recoveryCode: string): Promise<Buffer | null> {
    const row = await s.db.get<{ box: string }>('SELECT box FROM escrow WHERE owner_id = ?', [userId]);
    if (!row) return null;
    const code = normalizeRecoveryCode(recoveryCode);
    const recoveryKey = code ? await openRecoveryKey(s.keyring, code) : null;
    if (!recoveryKey) {
      await this.g.auditNow(s, 'user.disable', `user:${userId}`, 'failure');
      throw new AppFailure('BAD_RECOVERY_CODE');
    }
    const box: unknown = JSON.parse(row.box);
    const old = isSealedBox(box) ? openEscrow(s.keyring, userId, box, recoveryKey) : null;
    recoveryKey.fill(0);
    if (!old) throw new AppFailure('VAULT_CORRUPT', "This clinician's notes key could not be opened from escrow.");
    const fresh = newDataKey();
    const store = await openNotesStore(this.g.o.driver, this.g.paths, userId, old);
    try {
      await store.rekey(fresh);
    } finally {
      await store.close();
      old.fill(0);
    }
    await this.g.auditNow(s, 'keys.rotate', `notes:${userId}`, 'success');
    return fresh;
  }

  /** A role's key material follows the role: the notes grant to clinicians only, the audit key to auditors only. */
  private async moveGrants(s: OpenSession, tx: SqlExecutor, target: UserInfo, role: Role): Promise<Buffer | null> {
    const g = this.g;
    const entry = s.keyring.users.find((u) => u.userId === target.id);
    if (target.role === 'auditor') await tx.run('DELETE FROM audit_grants WHERE holder = ?', [target.id]);
    if (!entry?.publicKey) return null;
    if (target.role === 'clinician') {
      await users.parkContentGrant(tx, target.id, entry.grants.content ?? null);
      const { content: _dropped, ...rest } = entry.grants;
      await g.saveKeyring(s, withUser(s.keyring, { ...entry, grants: rest }));
      return null;
    }
    if (role !== 'clinician') return null;
    const parked = await users.parkedKeys(tx, target.id);
    if (parked?.content) {
      await users.parkContentGrant(tx, target.id, null);
      await g.saveKeyring(s, withUser(s.keyring, { ...entry, grants: { ...entry.grants, content: parked.content } }));
      return null;
    }
    const fresh = newDataKey();
    await createNotesStore(g.o.driver, g.paths, target.id, fresh);
    await tx.run('INSERT OR REPLACE INTO escrow (owner_id, box) VALUES (?, ?)', [target.id, JSON.stringify(escrowBox(s.keyring, target.id, fresh))]);
    await g.saveKeyring(s, withUser(s.keyring, { ...entry, grants: { ...entry.grants, ...grantsFor(s.keyring, target.id, entry.publicKey, s.keys.dirKey, fresh) } }));
    return fresh;
  }

  /**
   * A new recovery code: a new key pair. The escrow under the old code is dropped at once; each
   * clinician's notes are re-keyed and escrowed to the new code at their next sign-in, and an auditor
   * re-seals the audit key to it at theirs.
   */
  async rotateRecoveryCode(passphrase: string): Promise<{ recoveryCode: string }> {
    const g = this.g;
    const s = g.session();
    await g.requireRoleAudited(s, ['admin'], 'recovery.rotate', null);
    await this.sessions.verifySecret(s, passphrase, 'recovery.rotate');
    const recoveryCode = newRecoveryCode();
    const recovery = await newRecovery(s.keyring.vaultId, normalizeRecoveryCode(recoveryCode)!, this.sessions.kdfParams);
    await g.write(s, 'rotate-recovery', async (tx) => {
      await tx.run('DELETE FROM escrow');
      await tx.run("DELETE FROM audit_grants WHERE holder = 'recovery'");
      await s.audit.append(tx, g.event(s, 'recovery.rotate', `vault:${s.keyring.vaultId}`, 'success'));
      await g.saveKeyring(s, { ...s.keyring, recovery });
    });
    if (s.keys.auditFirstKey) await grantWaitingAuditors(g, s, s.keys.auditFirstKey);
    return { recoveryCode };
  }

  async getSettings(): Promise<Settings> {
    const s = this.g.session();
    requireRole(s, 'admin');
    return s.settings;
  }

  async updateSettings(patch: Partial<Settings>): Promise<Settings> {
    const g = this.g;
    const s = g.session();
    await g.requireRoleAudited(s, ['admin'], 'settings.change', null);
    const next: Settings = { ...s.settings, ...patch };
    if (next.idleLockMinutes > IDLE_LOCK_MAX_MINUTES) throw new AppFailure('INVALID_REQUEST', IDLE_LOCK_RANGE_MESSAGE);
    await g.write(s, 'update-settings', async (tx) => {
      await writeSettings(tx, next);
      await s.audit.append(tx, g.event(s, 'settings.change', `vault:${s.keyring.vaultId}`, 'success'));
    });
    s.settings = next;
    s.idle.setMinutes(next.idleLockMinutes);
    g.emit();
    return next;
  }
}

