// Sessions and keys: creating the vault, signing in, emergency access, locking, and the secrets that
// open keys (a passphrase opens the user's private key; the recovery code opens the escrow, and only
// inside a signed-in session). Each transition runs one at a time.
import { mkdir, rename, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import type { SqlDatabase } from '../db/sql-database';
import type { AuditAction, AuditOutcome } from '../../shared/contract/audit';
import type { SessionInfo } from '../../shared/contract/vault';
import { AppFailure, isAppFailure } from '../base/app-failure';
import { logEvent } from '../base/safe-log';
import { restrictDir } from '../platform/file-permissions';
import { PRODUCTION_KDF, burnKdf, newDataKey, newRecoveryCode, normalizeRecoveryCode, sameKey, unwrapKey, type KdfParams } from './keys';
import { aad, findUserByName, readKeyring, writeKeyring, type Keyring } from './keyring';
import { auditGrantBox, newRecovery, newUserEntry, openRecoveryKey, unlockUserKeys, wipe, type UserKeys } from './key-material';
import { EMPTY_STATE, clearFailures, countFailure, globalRecord, nameKey, recordFailure, withPending, type PendingEvent, type SignInState } from './sign-in-state';
import { secondsToWait, throttledMessage } from './throttle';
import { passphraseProblem } from '../../shared/passphrase-policy';
import { createVaultDb, openVaultDb, readHeader, sniffVaultFile } from './vault-db';
import { recoverOutbox } from './notes-commit';
import { readVaultId, writeVaultId } from './vault-meta';
import { vaultFailure } from './sql-errors';
import { newId } from './ids';
import { IdleLock } from './idle-lock';
import { newSessionId, type LockReason, type OpenSession } from './sessions';
import * as users from './users';
import { DEFAULT_SETTINGS, readSettings, writeSettings } from './settings';
import { Serial } from './vault-options';
import { ensureAuditSchema } from '../audit/audit-schema';
import { initAuditState } from '../audit/audit-log';
import { anchorFingerprint, newChainKey, newSigningSeed, signingKeyFromSeed } from '../audit/audit-keys';
import { openNotesStore } from './store-keys';
import { pendingKeyringPath } from './dir-rotation';
import { startEmergency } from './emergency';
import { catchUpKeys, refreshEscrow } from './key-catch-up';
import { handOverKeys } from './key-handover';
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

  async setup(adminName: string, passphrase: string): Promise<{ session: SessionInfo; recoveryCode: string; auditAnchor: string }> {
    const g = this.g;
    return this.transitions.run(async () => {
      if (await g.vaultPresent()) throw new AppFailure('VAULT_EXISTS');
      const problem = passphraseProblem(passphrase, adminName);
      if (problem) throw new AppFailure('WEAK_PASSPHRASE', problem);
      const dirKey = newDataKey();
      const vaultId = randomBytes(16).toString('hex');
      const adminId = newId('u');
      const recoveryCode = newRecoveryCode();
      const firstKey = newChainKey();
      const signSeed = newSigningSeed();
      const anchor = signingKeyFromSeed(signSeed).publicKeyRaw;
      const recovery = await newRecovery(vaultId, normalizeRecoveryCode(recoveryCode)!, this.kdf);
      const base = { vaultId, dirEpoch: 1, recovery };
      const admin = await newUserEntry(base, { userId: adminId, name: adminName }, passphrase, this.kdf, dirKey, null);
      const at = g.now();
      let db: SqlDatabase | null = null;
      let keys: UserKeys | null = null;
      try {
        // Owner-only, even where the folder already existed: it holds the keyring and every store.
        await mkdir(g.paths.dir, { recursive: true, mode: 0o700 });
        await restrictDir(g.paths.dir);
        db = await createVaultDb(g.o.driver, g.paths.db, dirKey, 'directory');
        await ensureAuditSchema(db);
        await db.transaction(async (tx) => {
          await initAuditState(tx, firstKey, signSeed);
          const box = auditGrantBox(vaultId, 'recovery', recovery.publicKey, firstKey);
          await tx.run('INSERT INTO audit_grants (holder, box) VALUES (?, ?)', ['recovery', JSON.stringify(box)]);
        });
        signSeed.fill(0);
        const audit = await g.o.openAudit(db, g.o.clock);
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
        const keyring: Keyring = { format: 'lockscribe-keyring', version: 2, dirSalt: header!.toString('hex'), ...base, auditAnchor: anchor.toString('base64'), users: [admin] };
        keys = await unlockUserKeys(keyring, admin, passphrase);
        if (!keys) throw new AppFailure('INTERNAL');
        // The keyring is written last: until it exists there is no vault to unlock.
        await writeKeyring(g.paths.keyring, keyring);
        await g.writeSignIn(EMPTY_STATE);
        g.present = true;
        // The creating session keeps the audit chain's first key, so auditors added now get it at once.
        this.begin({ id: sessionId, user: { id: adminId, name: adminName, role: 'admin' }, db, notes: null, audit, keys: { ...keys, auditFirstKey: firstKey }, keyring, settings: DEFAULT_SETTINGS });
        wipe(dirKey);
        logEvent('info', 'vault-created');
        return { session: g.info(), recoveryCode, auditAnchor: anchorFingerprint(anchor) };
      } catch (e) {
        wipe(dirKey, firstKey, signSeed, keys?.privateKey, keys?.dirKey);
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
        await this.g.writeSignIn(state).catch(() => undefined);
        throw new AppFailure(code);
      };
      // An unknown or disabled name costs the same scrypt work as a wrong passphrase.
      if (!entry || entry.disabled || !entry.privateKeyWrap) {
        await burnKdf(passphrase, this.kdf);
        return fail(entry ? 'USER_DISABLED' : 'BAD_CREDENTIALS');
      }
      const keys = await unlockUserKeys(keyring, entry, passphrase);
      if (!keys) {
        // A passphrase change that stopped before its keyring was saved: the new passphrase opens the pending one.
        const recovered = await this.tryPendingKeyring(userName, passphrase, state, counter);
        return recovered ?? fail('BAD_CREDENTIALS');
      }
      try {
        return await this.openSession(keyring, entry.userId, keys, state, counter);
      } catch (e) {
        // A directory-key rotation that stopped between the rekey and the keyring rename.
        const recovered = isAppFailure(e) && e.code === 'VAULT_CORRUPT' ? await this.tryPendingKeyring(userName, passphrase, state, counter) : null;
        if (recovered) return recovered;
        throw e;
      }
    });
  }

  /**
   * Emergency access, for a signed-in clinician or administrator: the recovery code and a reason open
   * every clinician's notes, read-only, for a limited time, under the operator's own name.
   */
  async breakGlass(recoveryCode: string, reason: string): Promise<SessionInfo> {
    const g = this.g;
    return this.transitions.run(async () => {
      const s = g.session();
      if (s.user.role === 'auditor') return g.deny(s, 'break-glass.start', null);
      if (s.breakGlass) return g.info();
      const trimmed = reason.trim();
      if (trimmed.length < 10) throw new AppFailure('INVALID_REQUEST', 'Give a reason of at least 10 characters.');
      const counter = nameKey(s.keyring.vaultId, s.user.name);
      let state = await this.checkThrottle(counter);
      const code = normalizeRecoveryCode(recoveryCode);
      const recoveryKey = code ? await openRecoveryKey(s.keyring, code) : (await burnKdf(recoveryCode, this.kdf), null);
      if (!recoveryKey) {
        state = countFailure(state, counter, g.o.clock.now().getTime());
        await g.writeSignIn(state).catch(() => undefined);
        await g.auditNow(s, 'break-glass.start', `user:${s.user.id}`, 'failure').catch(() => undefined);
        throw new AppFailure('BAD_RECOVERY_CODE');
      }
      try {
        await startEmergency(g, s, recoveryKey, trimmed, () => void this.lock('break-glass-expired'));
      } finally {
        recoveryKey.fill(0);
      }
      g.emit();
      return g.info();
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
    if (s.breakGlass) return g.deny(s, 'auth.passphrase-change', `user:${s.user.id}`);
    await this.verifySecret(s, current, 'auth.passphrase-change');
    const problem = passphraseProblem(next, s.user.name);
    if (problem) throw new AppFailure('WEAK_PASSPHRASE', problem);
    // New keys with the new passphrase, not the old key pair re-wrapped (key-handover.ts).
    await handOverKeys(g, s, next, this.kdf);
    return { changed: true };
  }

  /** Re-entering the passphrase inside a session: it must open this user's own private key. */
  async verifySecret(s: OpenSession, secret: string, action: AuditAction): Promise<void> {
    const counter = nameKey(s.keyring.vaultId, s.user.name);
    let state = await this.checkThrottle(counter);
    const entry = s.keyring.users.find((u) => u.userId === s.user.id);
    const key = entry?.privateKeyWrap ? await unwrapKey(entry.privateKeyWrap, secret, aad.privateKey(s.keyring.vaultId, s.user.id)) : null;
    const ok = key !== null && sameKey(key, s.keys.privateKey);
    key?.fill(0);
    if (ok) return;
    // Unlocked, so the failure goes straight to the audit log rather than the queue.
    state = countFailure(state, counter, this.g.o.clock.now().getTime());
    await this.g.writeSignIn(state).catch(() => undefined);
    await this.g.auditNow(s, action, `user:${s.user.id}`, 'failure').catch(() => undefined);
    throw new AppFailure('BAD_CREDENTIALS');
  }

  private async tryPendingKeyring(userName: string, passphrase: string, state: SignInState, counter: string): Promise<SessionInfo | null> {
    const pendingFile = pendingKeyringPath(this.g.paths.dir);
    const pending = await readKeyring(pendingFile).catch(() => null);
    const entry = pending && findUserByName(pending, userName);
    const keys = pending && entry ? await unlockUserKeys(pending, entry, passphrase) : null;
    if (!pending || !entry || !keys) return null;
    const info = await this.openSession(pending, entry.userId, keys, state, counter).catch(() => null);
    if (info) {
      await rename(pendingFile, this.g.paths.keyring);
      // The change that wrote it may have stopped before escrowing the new notes key: escrow a fresh one.
      await refreshEscrow(this.g, this.g.session(), true).catch(() => logEvent('warn', 'escrow-refresh-failed'));
    }
    logEvent('warn', 'pending-keyring-recovered', { used: info !== null });
    return info;
  }

  private async checkThrottle(counter: string): Promise<SignInState> {
    const state = await this.g.readSignIn();
    const now = this.g.o.clock.now().getTime();
    const wait = Math.max(secondsToWait(state.failures[counter], now), secondsToWait(globalRecord(state), now));
    if (wait > 0) throw new AppFailure('THROTTLED', throttledMessage(wait));
    return state;
  }

  private async openSession(keyring: Keyring, userId: string, keys: UserKeys, state: SignInState, counter: string): Promise<SessionInfo> {
    const g = this.g;
    let db: SqlDatabase;
    try {
      await sniffVaultFile(g.paths.db, keyring.dirSalt);
      db = await openVaultDb(g.o.driver, g.paths.db, keys.dirKey, 'directory');
    } catch (e) {
      wipe(keys.privateKey, keys.dirKey, keys.contentKey);
      const failure = await vaultFailure(e, g.paths.dir, 'open');
      if (failure.code === 'VAULT_CORRUPT') {
        await g.writeSignIn(withPending(state, { at: g.o.clock.now().getTime(), kind: 'integrity-failure', userId })).catch(() => undefined);
      }
      throw failure;
    }
    let notes: SqlDatabase | null = null;
    try {
      if ((await readVaultId(db)) !== keyring.vaultId) throw new AppFailure('VAULT_FOREIGN');
      const user = await users.userById(db, userId);
      if (!user) throw new AppFailure('BAD_CREDENTIALS');
      if (user.disabled) throw new AppFailure('USER_DISABLED');
      if (user.role === 'clinician') {
        if (!keys.contentKey) throw new AppFailure('VAULT_CORRUPT', 'Your notes key is missing from this vault. Ask an administrator.');
        notes = await openNotesStore(g.o.driver, g.paths, user.id, keys.contentKey);
      }
      const audit = await g.o.openAudit(db, g.o.clock);
      if (notes) await recoverOutbox(notes, db, audit);
      const settings = await readSettings(db);
      const sessionId = newSessionId();
      const actor = { userId: user.id, role: user.role, sessionId };
      const returning = g.lastUser?.id === user.id;
      await db.transaction(async (tx) => {
        // Failed attempts made while locked land in the log now, with the time of each attempt in its ref.
        await audit.appendMany(
          tx,
          state.pending.map((p) => {
            const m = PENDING_ACTION[p.kind];
            return { userId: p.userId, role: null, sessionId: null, action: m.action, recordRef: `${m.ref}:${p.at}`, outcome: m.outcome };
          }),
        );
        if (state.tampered) await audit.append(tx, { userId: null, role: null, sessionId: null, action: 'auth.sign-in-state-tampered', recordRef: 'sign-in-state:file', outcome: 'failure' });
        await audit.append(tx, { ...actor, action: returning ? 'auth.unlock' : 'auth.sign-in', recordRef: `user:${user.id}`, outcome: 'success' });
      });
      if (state.dropped > 0) logEvent('warn', 'sign-in-queue-overflow', { dropped: state.dropped });
      await g.writeSignIn({ ...clearFailures(state, counter), pending: [], dropped: 0, tampered: false }).catch(() => undefined);
      g.present = true;
      this.begin({ id: sessionId, user: { id: user.id, name: user.name, role: user.role }, db, notes, audit, keys: { ...keys, auditFirstKey: null }, keyring, settings });
      // Keys that changed while this user was away (a new recovery code, auditors waiting for a grant).
      await catchUpKeys(g, g.session()).catch(() => logEvent('warn', 'key-catch-up-failed'));
      return g.info();
    } catch (e) {
      if (!g.open) {
        await notes?.close().catch(() => undefined);
        await db.close().catch(() => undefined);
        wipe(keys.privateKey, keys.dirKey, keys.contentKey);
      }
      throw await vaultFailure(e, g.paths.dir, 'unlock');
    }
  }

  private begin(base: Omit<OpenSession, 'idle' | 'expiry' | 'breakGlass'>): void {
    const idle = new IdleLock(this.g.o.clock, base.settings.idleLockMinutes, () => void this.lock('idle'));
    this.g.open = { ...base, breakGlass: null, idle, expiry: null };
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
        // Every session ends with a signed checkpoint: what it wrote can no longer be changed by anyone.
        await s.audit.checkpointIn(tx);
      });
    } catch {
      logEvent('error', 'lock-audit-failed', { reason });
    }
    for (const store of s.breakGlass?.stores.values() ?? []) await store.close().catch(() => undefined);
    await s.notes?.close().catch(() => logEvent('error', 'vault-close-failed'));
    await s.db.close().catch(() => logEvent('error', 'vault-close-failed'));
    s.audit.close();
    wipe(s.keys.privateKey, s.keys.dirKey, s.keys.contentKey, s.keys.auditFirstKey, ...(s.breakGlass?.keys ?? []));
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
