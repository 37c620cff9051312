// Users, the recovery code and settings: the administrator's domain. Admins manage accounts but
// never read note content.
import type { Role, Settings, UserInfo } from '../../shared/contract/vault';
import { AppFailure } from '../base/app-failure';
import { passphraseProblem } from '../../shared/passphrase-policy';
import { newRecoveryCode, normalizeRecoveryCode, recoveryWrapAad, userWrapAad, wrapKey } from './keys';
import { withUser } from './keyring';
import { newId } from './ids';
import { requireRole } from './access';
import * as users from './users';
import { writeSettings } from './settings';
import { requireId, type VaultGate } from './gate';
import type { SessionService } from './session-service';

export class UserAdmin {
  constructor(
    private readonly g: VaultGate,
    private readonly sessions: SessionService,
  ) {}

  async listUsers(): Promise<readonly UserInfo[]> {
    const s = this.g.session();
    requireRole(s, 'admin');
    return this.g.read(s, 'list-users', (ex) => users.listUsers(ex));
  }

  async addUser(name: string, role: Role, passphrase: string): Promise<UserInfo> {
    const g = this.g;
    const s = g.session();
    await g.requireRoleAudited(s, ['admin'], 'user.create', null);
    if (await g.read(s, 'add-user', (ex) => users.userByName(ex, name))) throw new AppFailure('USER_EXISTS');
    const problem = passphraseProblem(passphrase, name);
    if (problem) throw new AppFailure('WEAK_PASSPHRASE', problem);
    const id = newId('u');
    const wrap = await wrapKey(s.key, passphrase, userWrapAad(s.keyring.vaultId, id), this.sessions.kdfParams);
    return g.write(s, 'add-user', async (tx) => {
      const user = await users.insertUser(tx, { id, name, role, createdAt: g.now(), createdBy: s.user.id });
      await s.audit.append(tx, g.event(s, 'user.create', `user:${id}`, 'success'));
      await g.saveKeyring(s, withUser(s.keyring, { userId: id, name, disabled: false, wrap }));
      return user;
    });
  }

  async setUserDisabled(userId: string, disabled: boolean): Promise<UserInfo> {
    const g = this.g;
    const s = g.session();
    requireId(userId);
    const action = disabled ? 'user.disable' : 'user.enable';
    await g.requireRoleAudited(s, ['admin'], action, `user:${userId}`);
    if (disabled && userId === s.user.id) throw new AppFailure('FORBIDDEN', 'You cannot disable your own account.');
    return g.write(s, 'set-user-disabled', async (tx) => {
      const target = await users.userById(tx, userId);
      if (!target) throw new AppFailure('NOT_FOUND');
      if (target.disabled === disabled) return target;
      if (disabled && target.role === 'admin' && (await users.enabledAdminCount(tx)) <= 1) {
        throw new AppFailure('FORBIDDEN', 'At least one administrator must stay enabled.');
      }
      const entry = s.keyring.users.find((u) => u.userId === userId);
      if (disabled) {
        // The wrap leaves the keyring (the passphrase no longer opens anything) and waits here, encrypted.
        await users.setDisabled(tx, userId, true, entry?.wrap ?? null);
        await g.saveKeyring(s, withUser(s.keyring, { userId, name: target.name, disabled: true, wrap: null }));
      } else {
        const parked = await users.parkedWrap(tx, userId);
        await users.setDisabled(tx, userId, false, null);
        await g.saveKeyring(s, withUser(s.keyring, { userId, name: target.name, disabled: false, wrap: parked }));
      }
      await s.audit.append(tx, g.event(s, action, `user:${userId}`, 'success'));
      return { ...target, disabled };
    });
  }

  async setUserRole(userId: string, role: Role): Promise<UserInfo> {
    const g = this.g;
    const s = g.session();
    requireId(userId);
    await g.requireRoleAudited(s, ['admin'], 'user.role-change', `user:${userId}`);
    const updated = await g.write(s, 'set-user-role', async (tx) => {
      const target = await users.userById(tx, userId);
      if (!target) throw new AppFailure('NOT_FOUND');
      if (target.role === role) return target;
      if (target.role === 'admin' && !target.disabled && (await users.enabledAdminCount(tx)) <= 1) {
        throw new AppFailure('FORBIDDEN', 'At least one administrator must stay enabled.');
      }
      await users.setRole(tx, userId, role);
      await s.audit.append(tx, g.event(s, 'user.role-change', `user:${userId}`, 'success'));
      return { ...target, role };
    });
    if (userId === s.user.id && s.user.role !== role) {
      s.user.role = role;
      g.emit();
    }
    return updated;
  }

  async rotateRecoveryCode(passphrase: string): Promise<{ recoveryCode: string }> {
    const g = this.g;
    const s = g.session();
    await g.requireRoleAudited(s, ['admin'], 'recovery.rotate', null);
    await this.sessions.verifySecret(s, passphrase, 'recovery.rotate', false);
    const recoveryCode = newRecoveryCode();
    const wrap = await wrapKey(s.key, normalizeRecoveryCode(recoveryCode)!, recoveryWrapAad(s.keyring.vaultId), this.sessions.kdfParams);
    await g.write(s, 'rotate-recovery', async (tx) => {
      await s.audit.append(tx, g.event(s, 'recovery.rotate', `vault:${s.keyring.vaultId}`, 'success'));
      await g.saveKeyring(s, { ...s.keyring, recovery: wrap });
    });
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
