// Sessions and keys: creating the vault, signing in, emergency access, locking, and the secrets that
// open the data key (passphrases, the recovery code). Each transition runs one at a time.
import { mkdir, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import type { SqlDatabase } from '../db/sql-database';
import type { AuditAction, AuditOutcome } from '../../shared/contract/audit';
import type { SessionInfo } from '../../shared/contract/vault';
import { AppFailure } from '../base/app-failure';
import { logEvent } from '../base/safe-log';
import { PRODUCTION_KDF, burnKdf, newDataKey, newRecoveryCode, normalizeRecoveryCode, recoveryWrapAad, sameKey, unwrapKey, userWrapAad, wrapKey, type KdfParams } from './keys';
import { findUserByName, readKeyring, withUser, writeKeyring, type Keyring } from './keyring';
import { EMPTY_STATE, clearFailures, countFailure, nameKey, readSignInState, recordFailure, withPending, writeSignInState, type PendingEvent, type SignInState } from './sign-in-state';
import { secondsToWait, throttledMessage } from './throttle';
import { passphraseProblem } from '../../shared/passphrase-policy';
import { createVaultDb, openVaultDb, readHeader, sniffVaultFile } from './vault-db';
import { readVaultId, writeVaultId } from './vault-meta';
import { vaultFailure } from './sql-errors';
import { newId } from './ids';
import { IdleLock } from './idle-lock';
import { newSessionId, type LockReason, type OpenSession } from './sessions';
import * as users from './users';
import { DEFAULT_SETTINGS, readSettings, writeSettings } from './settings';
import { Serial } from './vault-options';
import type { VaultGate } from './gate';

const PENDING_ACTION: Record<PendingEvent['kind'], { action: AuditAction; outcome: AuditOutcome; ref: string }> = {
  passphrase: { action: 'auth.sign-in-failed', outcome: 'failure', ref: 'sign-in' },
  'recovery-code': { action: 'break-glass.start', outcome: 'failure', ref: 'break-glass' },
  restore: { action: 'vault.restore', outcome: 'success', ref: 'restore' },
  'integrity-failure': { action: 'vault.integrity-failure', outcome: 'failure', ref: 'open' },
  'network-blocked': { action: 'network.blocked', outcome: 'denied', ref: 'network' },
};

export class SessionService {
  readonly transitions = new Serial();
  private readonly kdf: KdfParams;

  constructor(private readonly g: VaultGate) {
    this.kdf = g.o.kdf ?? PRODUCTION_KDF;
  }

  get kdfParams(): KdfParams {
    return this.kdf;
  }

  async getSession(): Promise<SessionInfo> {
    if (!this.g.open) this.g.present = await this.g.vaultPresent();
    return this.g.info();
  }

  async setup(adminName: string, passphrase: string): Promise<{ session: SessionInfo; recoveryCode: string }> {
    const g = this.g;
    return this.transitions.run(async () => {
      if (await g.vaultPresent()) throw new AppFailure('VAULT_EXISTS');
      const problem = passphraseProblem(passphrase, adminName);
      if (problem) throw new AppFailure('WEAK_PASSPHRASE', problem);
      const key = newDataKey();
      const vaultId = randomBytes(16).toString('hex');
      const adminId = newId('u');
      const recoveryCode = newRecoveryCode();
      const [adminWrap, recoveryWrap] = await Promise.all([
        wrapKey(key, passphrase, userWrapAad(vaultId, adminId), this.kdf),
        wrapKey(key, normalizeRecoveryCode(recoveryCode)!, recoveryWrapAad(vaultId), this.kdf),
      ]);
      const at = g.now();
      let db: SqlDatabase | null = null;
      try {
        // Owner-only: the folder holds the keyring and the sign-in state as well as the vault.
        await mkdir(g.paths.dir, { recursive: true, mode: 0o700 });
        db = await createVaultDb(g.o.driver, g.paths.db, key);
        const audit = await g.o.openAudit(db, key, g.o.clock);
        const sessionId = newSessionId();
        const actor = { userId: adminId, role: 'admin', sessionId };
        await db.transaction(async (tx) => {
          await writeVaultId(tx, vaultId, at);
          await users.insertUser(tx, { id: adminId, name: adminName, role: 'admin', createdAt: at, createdBy: null });
          await writeSettings(tx, DEFAULT_SETTINGS);
          await audit.append(tx, { ...actor, action: 'vault.create', recordRef: `vault:${vaultId}`, outcome: 'success' });
          await audit.append(tx, { ...actor, action: 'user.create', recordRef: `user:${adminId}`, outcome: 'success' });
          await audit.append(tx, { ...actor, action: 'auth.sign-in', recordRef: `user:${adminId}`, outcome: 'success' });
        });
        const header = await readHeader(g.paths.db);
        const keyring: Keyring = {
          format: 'lockscribe-keyring',
          version: 1,
          vaultId,
          dbSalt: header!.toString('hex'),
          users: [{ userId: adminId, name: adminName, disabled: false, wrap: adminWrap }],
          recovery: recoveryWrap,
        };
        // The keyring is written last: until it exists there is no vault to unlock.
        await writeKeyring(g.paths.keyring, keyring);
        await writeSignInState(g.paths.signInState, EMPTY_STATE);
        g.present = true;
        this.begin({ id: sessionId, user: { id: adminId, name: adminName, role: 'admin' }, db, audit, key, keyring, settings: DEFAULT_SETTINGS }, null);
        logEvent('info', 'vault-created');
        return { session: g.info(), recoveryCode };
      } catch (e) {
        key.fill(0);
        if (db && !g.open) {
          await db.close().catch(() => undefined);
          for (const f of [g.paths.db, g.paths.wal, g.paths.shm]) await unlink(f).catch(() => undefined);
        }
        throw await vaultFailure(e, g.paths.dir, 'setup');
      }
    });
  }

  async unlock(userName: string, passphrase: string): Promise<SessionInfo> {
    return this.transitions.run(async () => {
      await this.endCurrent('manual');
      const keyring = await readKeyring(this.g.paths.keyring);
      const counter = nameKey(keyring.vaultId, userName);
      let state = await this.checkThrottle(counter);
      const entry = findUserByName(keyring, userName);
      const fail = async (code: 'BAD_CREDENTIALS' | 'USER_DISABLED'): Promise<never> => {
        state = recordFailure(state, counter, { at: this.g.o.clock.now().getTime(), kind: 'passphrase', userId: entry?.userId ?? null });
        await writeSignInState(this.g.paths.signInState, state).catch(() => undefined);
        throw new AppFailure(code);
      };
      if (!entry) {
        await burnKdf(passphrase, this.kdf);
        return fail('BAD_CREDENTIALS');
      }
      if (entry.disabled || !entry.wrap) return fail('USER_DISABLED');
      const key = await unwrapKey(entry.wrap, passphrase, userWrapAad(keyring.vaultId, entry.userId));
      if (!key) return fail('BAD_CREDENTIALS');
      return this.openSession(keyring, entry.userId, key, state, counter, null);
    });
  }

  async breakGlass(userName: string, recoveryCode: string, reason: string): Promise<SessionInfo> {
    return this.transitions.run(async () => {
      await this.endCurrent('manual');
      const keyring = await readKeyring(this.g.paths.keyring);
      const counter = nameKey(keyring.vaultId, userName);
      let state = await this.checkThrottle(counter);
      const entry = findUserByName(keyring, userName);
      const fail = async (code: 'BAD_RECOVERY_CODE' | 'USER_DISABLED'): Promise<never> => {
        state = recordFailure(state, counter, { at: this.g.o.clock.now().getTime(), kind: 'recovery-code', userId: entry?.userId ?? null });
        await writeSignInState(this.g.paths.signInState, state).catch(() => undefined);
        throw new AppFailure(code);
      };
      const trimmed = reason.trim();
      if (trimmed.length < 10) throw new AppFailure('INVALID_REQUEST', 'Give a reason of at least 10 characters.');
      const code = normalizeRecoveryCode(recoveryCode);
      if (!entry || !code) {
        await burnKdf(recoveryCode, this.kdf);
        return fail('BAD_RECOVERY_CODE');
      }
      if (entry.disabled) return fail('USER_DISABLED');
      const key = await unwrapKey(keyring.recovery, code, recoveryWrapAad(keyring.vaultId));
      if (!key) return fail('BAD_RECOVERY_CODE');
      return this.openSession(keyring, entry.userId, key, state, counter, trimmed);
    });
  }

  lock(reason: LockReason = 'manual'): Promise<SessionInfo> {
    return this.transitions.run(async () => {
      await this.endCurrent(reason);
      return this.g.info();
    });
  }

  signOut(): Promise<SessionInfo> {
    return this.transitions.run(async () => {
      await this.endCurrent('sign-out');
      return this.g.info();
    });
  }

  async reportActivity(): Promise<{ idleLockAt: string | null }> {
    const s = this.g.open;
    if (!s) return { idleLockAt: null };
    s.idle.touch();
    return { idleLockAt: s.idle.lockAt.toISOString() };
  }

  async changePassphrase(current: string, next: string): Promise<{ changed: true }> {
    const g = this.g;
    const s = g.session();
    await this.verifySecret(s, current, 'auth.passphrase-change', true);
    const problem = passphraseProblem(next, s.user.name);
    if (problem) throw new AppFailure('WEAK_PASSPHRASE', problem);
    const wrap = await wrapKey(s.key, next, userWrapAad(s.keyring.vaultId, s.user.id), this.kdf);
    await g.write(s, 'change-passphrase', async (tx) => {
      await s.audit.append(tx, g.event(s, 'auth.passphrase-change', `user:${s.user.id}`, 'success'));
      // Same database file, same data key: only the wrap changes.
      await g.saveKeyring(s, withUser(s.keyring, { userId: s.user.id, name: s.user.name, disabled: false, wrap }));
    });
    return { changed: true };
  }

  /** Re-entering a secret inside a session: the user's passphrase, or the recovery code in an emergency session. */
  async verifySecret(s: OpenSession, secret: string, action: AuditAction, allowRecovery: boolean): Promise<void> {
    const counter = nameKey(s.keyring.vaultId, s.user.name);
    let state = await this.checkThrottle(counter);
    const entry = s.keyring.users.find((u) => u.userId === s.user.id);
    let key = entry?.wrap ? await unwrapKey(entry.wrap, secret, userWrapAad(s.keyring.vaultId, s.user.id)) : null;
    if (!key && allowRecovery && s.breakGlass) {
      const code = normalizeRecoveryCode(secret);
      if (code) key = await unwrapKey(s.keyring.recovery, code, recoveryWrapAad(s.keyring.vaultId));
    }
    const ok = key !== null && sameKey(key, s.key);
    key?.fill(0);
    if (ok) return;
    // Unlocked, so the failure goes straight to the audit log rather than the queue.
    state = countFailure(state, counter, this.g.o.clock.now().getTime());
    await writeSignInState(this.g.paths.signInState, state).catch(() => undefined);
    await this.g.auditNow(s, action, `user:${s.user.id}`, 'failure').catch(() => undefined);
    throw new AppFailure('BAD_CREDENTIALS');
  }

  private async checkThrottle(counter: string): Promise<SignInState> {
    const state = await readSignInState(this.g.paths.signInState);
    const wait = secondsToWait(state.failures[counter], this.g.o.clock.now().getTime());
    if (wait > 0) throw new AppFailure('THROTTLED', throttledMessage(wait));
    return state;
  }

  private async openSession(keyring: Keyring, userId: string, key: Buffer, state: SignInState, counter: string, breakGlassReason: string | null): Promise<SessionInfo> {
    const g = this.g;
    let db;
    try {
      await sniffVaultFile(g.paths.db, keyring.dbSalt);
      db = await openVaultDb(g.o.driver, g.paths.db, key);
    } catch (e) {
      key.fill(0);
      const failure = await vaultFailure(e, g.paths.dir, 'open');
      if (failure.code === 'VAULT_CORRUPT') {
        await writeSignInState(g.paths.signInState, withPending(state, { at: g.o.clock.now().getTime(), kind: 'integrity-failure', userId })).catch(() => undefined);
      }
      throw failure;
    }
    try {
      if ((await readVaultId(db)) !== keyring.vaultId) throw new AppFailure('VAULT_FOREIGN');
      const user = await users.userById(db, userId);
      if (!user) throw new AppFailure(breakGlassReason === null ? 'BAD_CREDENTIALS' : 'BAD_RECOVERY_CODE');
      if (user.disabled) throw new AppFailure('USER_DISABLED');
      const audit = await g.o.openAudit(db, key, g.o.clock);
      const settings = await readSettings(db);
      const sessionId = newSessionId();
      const actor = { userId: user.id, role: user.role, sessionId };
      const returning = g.lastUser?.id === user.id;
      const at = g.o.clock.now();
      const until = new Date(at.getTime() + settings.breakGlassMinutes * 60_000);
      const breakGlassId = breakGlassReason === null ? null : newId('bg');
      await db.transaction(async (tx) => {
        // Failed attempts made while locked land in the log now, with the time of each attempt in its ref.
        await audit.appendMany(
          tx,
          state.pending.map((p) => {
            const m = PENDING_ACTION[p.kind];
            return { userId: p.userId, role: null, sessionId: null, action: m.action, recordRef: `${m.ref}:${p.at}`, outcome: m.outcome };
          }),
        );
        if (breakGlassId !== null) {
          await tx.run('INSERT INTO break_glass_sessions (id, user_id, session_id, reason, started_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)', [
            breakGlassId, user.id, sessionId, breakGlassReason, at.toISOString(), until.toISOString(),
          ]);
          await audit.append(tx, { ...actor, action: 'break-glass.start', recordRef: `break-glass:${breakGlassId}`, outcome: 'success', reason: breakGlassReason });
        } else {
          await audit.append(tx, { ...actor, action: returning ? 'auth.unlock' : 'auth.sign-in', recordRef: `user:${user.id}`, outcome: 'success' });
        }
      });
      if (state.dropped > 0) logEvent('warn', 'sign-in-queue-overflow', { dropped: state.dropped });
      await writeSignInState(g.paths.signInState, { ...clearFailures(state, counter), pending: [], dropped: 0 }).catch(() => undefined);
      g.present = true;
      const breakGlass = breakGlassId !== null ? { recordId: breakGlassId, until, reason: breakGlassReason! } : null;
      this.begin({ id: sessionId, user: { id: user.id, name: user.name, role: user.role }, db, audit, key, keyring, settings }, breakGlass);
      return g.info();
    } catch (e) {
      await db.close().catch(() => undefined);
      key.fill(0);
      throw await vaultFailure(e, g.paths.dir, 'unlock');
    }
  }

  private begin(base: Omit<OpenSession, 'idle' | 'expiry' | 'breakGlass'>, breakGlass: OpenSession['breakGlass']): void {
    const clock = this.g.o.clock;
    const idle = new IdleLock(clock, base.settings.idleLockMinutes, () => void this.lock('idle'));
    const expiry = breakGlass ? clock.setTimer(breakGlass.until.getTime() - clock.now().getTime(), () => void this.lock('break-glass-expired')) : null;
    this.g.open = { ...base, breakGlass, idle, expiry };
    this.g.lockedReason = null;
    this.g.lastUser = base.user;
    this.g.emit();
  }

  /** Closes the session, whatever happens to the audit write: a lock must always lock. Call inside a transition. */
  async endCurrent(reason: LockReason | 'sign-out'): Promise<void> {
    const g = this.g;
    const s = g.open;
    if (!s) return;
    g.open = null;
    s.idle.stop();
    s.expiry?.cancel();
    try {
      await s.db.transaction(async (tx) => {
        if (s.breakGlass) {
          const how = reason === 'break-glass-expired' ? 'expired' : reason;
          await tx.run('UPDATE break_glass_sessions SET ended_at = ?, end_reason = ? WHERE id = ?', [g.now(), how, s.breakGlass.recordId]);
          await s.audit.append(tx, g.event(s, 'break-glass.end', `break-glass:${s.breakGlass.recordId}`, 'success', `session ended: ${how}`));
        }
        if (reason === 'sign-out') await s.audit.append(tx, g.event(s, 'auth.sign-out', `user:${s.user.id}`, 'success'));
        else await s.audit.append(tx, g.event(s, 'auth.lock', `lock:${reason}`, 'success'));
      });
    } catch {
      logEvent('error', 'lock-audit-failed', { reason });
    }
    await s.db.close().catch(() => logEvent('error', 'vault-close-failed'));
    s.key.fill(0);
    g.lastUser = reason === 'sign-out' ? null : s.user;
    g.lockedReason = reason === 'sign-out' ? null : reason;
    try {
      g.o.onLocked?.(reason);
    } catch {
      logEvent('warn', 'lock-listener-failed');
    }
    g.emit();
  }
}
