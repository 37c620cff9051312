// The vault: sign-in, sessions and every read or write of notes, users and settings. Each state
// change is audited inside the transaction that makes it. Errors leave here only as AppFailure.
import { mkdir, stat, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import type { SqlDatabase, SqlDriver, SqlExecutor } from '../db/sql-database';
import type { AuditAction, AuditOutcome, BreakGlassRecord } from '../../shared/contract/audit';
import type { AuditActor, AuditEventInput, AuditLogService, OpenAuditLog } from '../audit/audit-types';
import type { Clock } from '../app/clock';
import type { SummaryProvenance, SummaryStyle } from '../../shared/contract/model';
import type { Draft, NoteDetail, NoteListItem, Role, SessionInfo, Settings, SummaryVersion, UserInfo } from '../../shared/contract/vault';
import { AppFailure } from '../app/app-failure';
import { logEvent } from '../app/safe-log';
import { PRODUCTION_KDF, burnKdf, newDataKey, newRecoveryCode, normalizeRecoveryCode, recoveryWrapAad, sameKey, unwrapKey, userWrapAad, wrapKey, type KdfParams } from './keys';
import { findUserByName, readKeyring, withUser, writeKeyring, type Keyring } from './keyring';
import { EMPTY_STATE, clearFailures, countFailure, nameKey, readSignInState, recordFailure, withPending, writeSignInState, type PendingEvent, type SignInState } from './sign-in-state';
import { secondsToWait, throttledMessage } from './throttle';
import { passphraseProblem } from '../../shared/passphrase-policy';
import { createVaultDb, openVaultDb, readHeader, sniffVaultFile } from './vault-db';
import { readVaultId, writeVaultId } from './vault-meta';
import { vaultFailure } from './sql-errors';
import { vaultPaths, type VaultPaths } from './vault-paths';
import { isValidId, newId } from './ids';
import { IdleLock } from './idle-lock';
import { newSessionId, sessionInfo, type LockReason, type OpenSession, type SessionUser } from './sessions';
import { canReadAllNotes, canReadNote, canReadNotesAtAll, canWriteNotes, requireRole } from './access';
import * as users from './users';
import * as notes from './notes';
import * as drafts from './drafts';
import * as reviews from './break-glass-reviews';
import { DEFAULT_SETTINGS, readSettings, writeSettings } from './settings';
import { commitRestore, discardStaged, exportBackup, stageRestore, verifyStaged } from './backup';

export interface VaultServiceOptions {
  readonly dir: string;
  readonly driver: SqlDriver;
  readonly clock: Clock;
  readonly openAudit: OpenAuditLog;
  /** scrypt cost for new wraps; tests lower it. Existing wraps carry their own. */
  readonly kdf?: KdfParams;
  /** Every session change: unlock, lock (any reason), sign-out, role change, settings change. */
  readonly onSessionChanged?: (session: SessionInfo) => void;
  /** After any lock or sign-out: the wiring clears the clipboard here. */
  readonly onLocked?: (reason: LockReason | 'sign-out') => void;
}

/** One operation at a time for the transitions that open or close the database. */
class Serial {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.tail.then(fn, fn);
    this.tail = next.catch(() => undefined);
    return next;
  }
}

const PENDING_ACTION: Record<PendingEvent['kind'], { action: AuditAction; outcome: AuditOutcome; ref: string }> = {
  passphrase: { action: 'auth.sign-in-failed', outcome: 'failure', ref: 'sign-in' },
  'recovery-code': { action: 'break-glass.start', outcome: 'failure', ref: 'break-glass' },
  restore: { action: 'vault.restore', outcome: 'success', ref: 'restore' },
  'integrity-failure': { action: 'vault.integrity-failure', outcome: 'failure', ref: 'open' },
  'network-blocked': { action: 'network.blocked', outcome: 'denied', ref: 'network' },
};

function requireId(id: string): void {
  if (!isValidId(id)) throw new AppFailure('NOT_FOUND');
}

export class VaultService {
  private readonly paths: VaultPaths;
  private readonly kdf: KdfParams;
  private readonly transitions = new Serial();
  private open: OpenSession | null = null;
  private lastUser: SessionUser | null = null;
  private lockedReason: LockReason | null = null;
  private present = false;

  constructor(private readonly o: VaultServiceOptions) {
    this.paths = vaultPaths(o.dir);
    this.kdf = o.kdf ?? PRODUCTION_KDF;
  }

  // ---------------------------------------------------------------- sessions

  async getSession(): Promise<SessionInfo> {
    if (!this.open) this.present = await this.vaultPresent();
    return this.info();
  }

  async setup(adminName: string, passphrase: string): Promise<{ session: SessionInfo; recoveryCode: string }> {
    return this.transitions.run(async () => {
      if (await this.vaultPresent()) throw new AppFailure('VAULT_EXISTS');
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
      const at = this.now();
      let db: SqlDatabase | null = null;
      try {
        // Owner-only: the folder holds the keyring and the sign-in state as well as the vault.
        await mkdir(this.paths.dir, { recursive: true, mode: 0o700 });
        db = await createVaultDb(this.o.driver, this.paths.db, key);
        const audit = await this.o.openAudit(db, key, this.o.clock);
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
        const header = await readHeader(this.paths.db);
        const keyring: Keyring = {
          format: 'lockscribe-keyring',
          version: 1,
          vaultId,
          dbSalt: header!.toString('hex'),
          users: [{ userId: adminId, name: adminName, disabled: false, wrap: adminWrap }],
          recovery: recoveryWrap,
        };
        // The keyring is written last: until it exists there is no vault to unlock.
        await writeKeyring(this.paths.keyring, keyring);
        await writeSignInState(this.paths.signInState, EMPTY_STATE);
        this.present = true;
        this.begin({ id: sessionId, user: { id: adminId, name: adminName, role: 'admin' }, db, audit, key, keyring, settings: DEFAULT_SETTINGS }, null);
        logEvent('info', 'vault-created');
        return { session: this.info(), recoveryCode };
      } catch (e) {
        key.fill(0);
        if (db && !this.open) {
          await db.close().catch(() => undefined);
          await this.removeHalfMadeVault();
        }
        throw await vaultFailure(e, this.paths.dir, 'setup');
      }
    });
  }

  async unlock(userName: string, passphrase: string): Promise<SessionInfo> {
    return this.transitions.run(async () => {
      await this.endCurrent('manual');
      const keyring = await readKeyring(this.paths.keyring);
      const counter = nameKey(keyring.vaultId, userName);
      let state = await this.checkThrottle(counter);
      const entry = findUserByName(keyring, userName);
      const fail = async (code: 'BAD_CREDENTIALS' | 'USER_DISABLED'): Promise<never> => {
        state = recordFailure(state, counter, { at: this.o.clock.now().getTime(), kind: 'passphrase', userId: entry?.userId ?? null });
        await writeSignInState(this.paths.signInState, state).catch(() => undefined);
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
      const keyring = await readKeyring(this.paths.keyring);
      const counter = nameKey(keyring.vaultId, userName);
      let state = await this.checkThrottle(counter);
      const entry = findUserByName(keyring, userName);
      const fail = async (code: 'BAD_RECOVERY_CODE' | 'USER_DISABLED'): Promise<never> => {
        state = recordFailure(state, counter, { at: this.o.clock.now().getTime(), kind: 'recovery-code', userId: entry?.userId ?? null });
        await writeSignInState(this.paths.signInState, state).catch(() => undefined);
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

  async lock(reason: LockReason = 'manual'): Promise<SessionInfo> {
    return this.transitions.run(async () => {
      await this.endCurrent(reason);
      return this.info();
    });
  }

  async signOut(): Promise<SessionInfo> {
    return this.transitions.run(async () => {
      await this.endCurrent('sign-out');
      return this.info();
    });
  }

  async reportActivity(): Promise<{ idleLockAt: string | null }> {
    const s = this.open;
    if (!s) return { idleLockAt: null };
    s.idle.touch();
    return { idleLockAt: s.idle.lockAt.toISOString() };
  }

  async changePassphrase(current: string, next: string): Promise<{ changed: true }> {
    const s = this.session();
    await this.verifySecret(s, current, 'auth.passphrase-change', true);
    const problem = passphraseProblem(next, s.user.name);
    if (problem) throw new AppFailure('WEAK_PASSPHRASE', problem);
    const wrap = await wrapKey(s.key, next, userWrapAad(s.keyring.vaultId, s.user.id), this.kdf);
    await this.write(s, 'change-passphrase', async (tx) => {
      await s.audit.append(tx, this.event(s, 'auth.passphrase-change', `user:${s.user.id}`, 'success'));
      // Same database file, same data key: only the wrap changes.
      await this.saveKeyring(s, withUser(s.keyring, { userId: s.user.id, name: s.user.name, disabled: false, wrap }));
    });
    return { changed: true };
  }

  // ---------------------------------------------------------------- users and settings (admin)

  async listUsers(): Promise<readonly UserInfo[]> {
    const s = this.session();
    requireRole(s, 'admin');
    return this.read(s, 'list-users', (ex) => users.listUsers(ex));
  }

  async addUser(name: string, role: Role, passphrase: string): Promise<UserInfo> {
    const s = this.session();
    await this.requireRoleAudited(s, ['admin'], 'user.create', null);
    if (await this.read(s, 'add-user', (ex) => users.userByName(ex, name))) throw new AppFailure('USER_EXISTS');
    const problem = passphraseProblem(passphrase, name);
    if (problem) throw new AppFailure('WEAK_PASSPHRASE', problem);
    const id = newId('u');
    const wrap = await wrapKey(s.key, passphrase, userWrapAad(s.keyring.vaultId, id), this.kdf);
    return this.write(s, 'add-user', async (tx) => {
      const user = await users.insertUser(tx, { id, name, role, createdAt: this.now(), createdBy: s.user.id });
      await s.audit.append(tx, this.event(s, 'user.create', `user:${id}`, 'success'));
      await this.saveKeyring(s, withUser(s.keyring, { userId: id, name, disabled: false, wrap }));
      return user;
    });
  }

  async setUserDisabled(userId: string, disabled: boolean): Promise<UserInfo> {
    const s = this.session();
    requireId(userId);
    const action = disabled ? 'user.disable' : 'user.enable';
    await this.requireRoleAudited(s, ['admin'], action, `user:${userId}`);
    if (disabled && userId === s.user.id) throw new AppFailure('FORBIDDEN', 'You cannot disable your own account.');
    return this.write(s, 'set-user-disabled', async (tx) => {
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
        await this.saveKeyring(s, withUser(s.keyring, { userId, name: target.name, disabled: true, wrap: null }));
      } else {
        const parked = await users.parkedWrap(tx, userId);
        await users.setDisabled(tx, userId, false, null);
        await this.saveKeyring(s, withUser(s.keyring, { userId, name: target.name, disabled: false, wrap: parked }));
      }
      await s.audit.append(tx, this.event(s, action, `user:${userId}`, 'success'));
      return { ...target, disabled };
    });
  }

  async setUserRole(userId: string, role: Role): Promise<UserInfo> {
    const s = this.session();
    requireId(userId);
    await this.requireRoleAudited(s, ['admin'], 'user.role-change', `user:${userId}`);
    const updated = await this.write(s, 'set-user-role', async (tx) => {
      const target = await users.userById(tx, userId);
      if (!target) throw new AppFailure('NOT_FOUND');
      if (target.role === role) return target;
      if (target.role === 'admin' && !target.disabled && (await users.enabledAdminCount(tx)) <= 1) {
        throw new AppFailure('FORBIDDEN', 'At least one administrator must stay enabled.');
      }
      await users.setRole(tx, userId, role);
      await s.audit.append(tx, this.event(s, 'user.role-change', `user:${userId}`, 'success'));
      return { ...target, role };
    });
    if (userId === s.user.id && s.user.role !== role) {
      s.user.role = role;
      this.emit();
    }
    return updated;
  }

  async rotateRecoveryCode(passphrase: string): Promise<{ recoveryCode: string }> {
    const s = this.session();
    await this.requireRoleAudited(s, ['admin'], 'recovery.rotate', null);
    await this.verifySecret(s, passphrase, 'recovery.rotate', false);
    const recoveryCode = newRecoveryCode();
    const wrap = await wrapKey(s.key, normalizeRecoveryCode(recoveryCode)!, recoveryWrapAad(s.keyring.vaultId), this.kdf);
    await this.write(s, 'rotate-recovery', async (tx) => {
      await s.audit.append(tx, this.event(s, 'recovery.rotate', `vault:${s.keyring.vaultId}`, 'success'));
      await this.saveKeyring(s, { ...s.keyring, recovery: wrap });
    });
    return { recoveryCode };
  }

  async getSettings(): Promise<Settings> {
    const s = this.session();
    requireRole(s, 'admin');
    return s.settings;
  }

  async updateSettings(patch: Partial<Settings>): Promise<Settings> {
    const s = this.session();
    await this.requireRoleAudited(s, ['admin'], 'settings.change', null);
    const next: Settings = { ...s.settings, ...patch };
    await this.write(s, 'update-settings', async (tx) => {
      await writeSettings(tx, next);
      await s.audit.append(tx, this.event(s, 'settings.change', `vault:${s.keyring.vaultId}`, 'success'));
    });
    s.settings = next;
    s.idle.setMinutes(next.idleLockMinutes);
    this.emit();
    return next;
  }

  // ---------------------------------------------------------------- notes

  async saveNote(text: string, summary: string, style: SummaryStyle, provenance: SummaryProvenance | null): Promise<{ noteId: string; versionId: string }> {
    const s = this.session();
    if (!canWriteNotes(s)) return this.deny(s, 'note.create', null);
    if (text.trim() === '') throw new AppFailure('NOTE_EMPTY');
    return this.write(s, 'save-note', async (tx) => {
      const ids = await notes.insertNote(tx, { authorId: s.user.id, text, summary, style, provenance, at: this.now() });
      // The note is saved: the draft it came from is no longer needed.
      await drafts.clearDraft(tx, s.user.id);
      await s.audit.append(tx, this.event(s, 'note.create', `note:${ids.noteId}`, 'success'));
      return ids;
    });
  }

  async listNotes(query?: string, limit = 100): Promise<readonly NoteListItem[]> {
    const s = this.session();
    const q = query?.trim() ? query : null;
    // The search string is never audited or logged: only that a search happened.
    if (!canReadNotesAtAll(s)) return this.deny(s, q ? 'note.search' : 'note.view', null);
    const authorId = canReadAllNotes(s) ? null : s.user.id;
    const list = await this.read(s, 'list-notes', (ex) => notes.listNotes(ex, { authorId, query: q, limit: Math.max(1, Math.min(500, limit)) }));
    if (q) await this.auditNow(s, 'note.search', null, 'success');
    return list;
  }

  async getNote(noteId: string): Promise<NoteDetail> {
    const s = this.session();
    requireId(noteId);
    const head = await this.read(s, 'get-note', (ex) => notes.noteHead(ex, noteId));
    if (!head) throw new AppFailure('NOT_FOUND');
    if (!canReadNote(s, head.authorId)) return this.deny(s, 'note.view', `note:${noteId}`);
    return this.write(s, 'get-note', async (tx) => {
      const detail = (await notes.noteDetail(tx, noteId))!;
      // The note and every summary version shown with it: "who saw this summary" has an answer.
      await s.audit.appendMany(tx, [
        this.event(s, 'note.view', `note:${noteId}`, 'success'),
        ...detail.versions.map((v) => this.event(s, 'summary.view', `summary:${noteId}:${v.id}`, 'success')),
      ]);
      return detail;
    });
  }

  async editSummary(noteId: string, text: string): Promise<SummaryVersion> {
    const s = this.session();
    const head = await this.ownNote(s, noteId, 'summary.edit');
    if (text.trim() === '') throw new AppFailure('NOTE_EMPTY');
    return this.write(s, 'edit-summary', async (tx) => {
      const version = await notes.addVersion(tx, head, text, s.user.id, this.now());
      await s.audit.append(tx, this.event(s, 'summary.edit', `summary:${noteId}:${version.id}`, 'success'));
      return version;
    });
  }

  async signSummary(noteId: string, versionId: string): Promise<SummaryVersion> {
    const s = this.session();
    requireId(versionId);
    await this.ownNote(s, noteId, 'summary.sign');
    return this.write(s, 'sign-summary', async (tx) => {
      const version = await notes.versionById(tx, noteId, versionId);
      if (!version) throw new AppFailure('NOT_FOUND');
      // Signing twice changes nothing: a signed version is final.
      if (version.signedAt) return version;
      if (version.version !== (await notes.latestVersionNumber(tx, noteId))) {
        throw new AppFailure('INVALID_REQUEST', 'Only the latest version of a summary can be signed.');
      }
      const at = this.now();
      await notes.markSigned(tx, versionId, s.user.id, at);
      await s.audit.append(tx, this.event(s, 'summary.sign', `summary:${noteId}:${versionId}`, 'success'));
      return { ...version, signedAt: at, signedBy: s.user.id };
    });
  }

  /** Records are retained: deletion is always refused, and the attempt is audited. */
  async deleteNote(noteId: string): Promise<{ deleted: false }> {
    const s = this.session();
    requireId(noteId);
    await this.auditNow(s, 'note.delete-attempt', `note:${noteId}`, 'denied');
    return { deleted: false };
  }

  /** Audits a copy, export or print of a summary the user may read (the wiring does the act itself). */
  async recordSummaryUse(noteId: string | null, versionId: string | null, use: 'copy' | 'export' | 'print'): Promise<void> {
    const s = this.session();
    const action = `summary.${use}` as const;
    for (const id of [noteId, versionId]) if (id !== null) requireId(id);
    if (noteId) {
      const head = await this.read(s, 'summary-use', (ex) => notes.noteHead(ex, noteId));
      if (!head) throw new AppFailure('NOT_FOUND');
      if (!canReadNote(s, head.authorId)) return this.deny(s, action, `note:${noteId}`);
    } else if (!canReadNotesAtAll(s)) return this.deny(s, action, null);
    const ref = noteId ? (versionId ? `summary:${noteId}:${versionId}` : `note:${noteId}`) : null;
    await this.auditNow(s, action, ref, 'success');
  }

  async saveDraft(text: string, style: SummaryStyle): Promise<{ savedAt: string }> {
    const s = this.session();
    if (!canWriteNotes(s)) throw new AppFailure('FORBIDDEN');
    const at = this.now();
    await this.write(s, 'save-draft', (tx) => drafts.saveDraft(tx, s.user.id, text, style, at));
    return { savedAt: at };
  }

  async getDraft(): Promise<Draft | null> {
    const s = this.session();
    if (!canWriteNotes(s)) return null;
    return this.read(s, 'get-draft', (ex) => drafts.readDraft(ex, s.user.id));
  }

  // ---------------------------------------------------------------- backup and restore

  /** Admin only: an encrypted copy at `dest`, with its keyring at `dest.keyring.json`. */
  async backup(dest: string): Promise<{ path: string }> {
    const s = this.session();
    await this.requireRoleAudited(s, ['admin'], 'vault.backup', null);
    const ref = `vault:${s.keyring.vaultId}`;
    try {
      await exportBackup(s.db, s.key, s.keyring, dest);
    } catch (e) {
      await this.auditNow(s, 'vault.backup', ref, 'failure').catch(() => undefined);
      throw await vaultFailure(e, this.paths.dir, 'backup');
    }
    await this.auditNow(s, 'vault.backup', ref, 'success');
    return { path: dest };
  }

  /**
   * Replaces the vault with a backup. With an admin session, the backup must be of this vault and is
   * verified with the open key first; the vault then locks (passphrases are those of the backup). With
   * no vault here (a new computer), the files are copied and the restore is audited at the first unlock.
   * The replaced database is kept beside it as vault.db.pre-restore-<time>.
   */
  /** Who may restore: an admin of the open vault, or anyone where there is no vault yet. */
  async checkMayRestore(): Promise<void> {
    if (this.open) requireRole(this.open, 'admin');
    else if (await this.vaultPresent()) throw new AppFailure('LOCKED');
  }

  async restore(backupFile: string): Promise<SessionInfo> {
    return this.transitions.run(async () => {
      const s = this.open;
      await this.checkMayRestore();
      // A new computer: the folder may not exist yet.
      await mkdir(this.paths.dir, { recursive: true, mode: 0o700 }).catch(async (e: unknown) => {
        throw await vaultFailure(e, this.paths.dir, 'restore-mkdir');
      });
      const staged = await stageRestore(backupFile, this.paths).catch(async (e: unknown) => {
        throw await vaultFailure(e, this.paths.dir, 'restore-stage');
      });
      try {
        if (s) {
          if (staged.keyring.vaultId !== s.keyring.vaultId) throw new AppFailure('VAULT_FOREIGN');
          await verifyStaged(this.o.driver, staged, s.key);
          await this.endCurrent('manual');
        }
        const stamp = this.now().replace(/[^0-9]/g, '').slice(0, 14);
        await commitRestore(this.paths, staged, stamp);
        const state = await readSignInState(this.paths.signInState);
        await writeSignInState(this.paths.signInState, withPending(state, { at: this.o.clock.now().getTime(), kind: 'restore', userId: s?.user.id ?? null }));
        this.present = true;
        logEvent('info', 'vault-restored');
        return this.info();
      } catch (e) {
        await discardStaged(staged);
        throw await vaultFailure(e, this.paths.dir, 'restore');
      }
    });
  }

  // ---------------------------------------------------------------- for the other services

  /** The signed-in actor, if their role is one of `roles`: LOCKED without a session, FORBIDDEN otherwise. */
  async requireActor(roles: readonly Role[]): Promise<AuditActor> {
    const s = this.session();
    if (!roles.includes(s.user.role)) throw new AppFailure('FORBIDDEN');
    return { userId: s.user.id, role: s.user.role, sessionId: s.id };
  }

  /** The audit log for its readers (auditors, and admins if listed); a refusal is itself recorded. */
  async auditAccess(roles: readonly Role[]): Promise<{ log: AuditLogService; actor: AuditActor }> {
    const s = this.session();
    if (!roles.includes(s.user.role)) return this.deny(s, 'audit.view', null);
    return { log: s.audit, actor: { userId: s.user.id, role: s.user.role, sessionId: s.id } };
  }

  // ---------------------------------------------------------------- emergency-access review (auditor)

  /** The review queue. Reading it is an audit view like any other. */
  async listBreakGlass(unreviewedOnly: boolean): Promise<readonly BreakGlassRecord[]> {
    const s = this.session();
    await this.requireRoleAudited(s, ['auditor'], 'audit.view', null);
    const list = await this.read(s, 'list-break-glass', (ex) => reviews.listBreakGlass(ex, unreviewedOnly));
    await this.auditNow(s, 'audit.view', null, 'success');
    return list;
  }

  /** An auditor who did not use the emergency session marks it reviewed, once it has ended. */
  async reviewBreakGlass(id: string): Promise<BreakGlassRecord> {
    const s = this.session();
    requireId(id);
    const ref = `break-glass:${id}`;
    await this.requireRoleAudited(s, ['auditor'], 'break-glass.review', ref);
    const rec = await this.read(s, 'review-break-glass', (ex) => reviews.breakGlassById(ex, id));
    if (!rec) throw new AppFailure('NOT_FOUND');
    if (rec.userId === s.user.id) {
      await this.auditNow(s, 'break-glass.review', ref, 'denied');
      throw new AppFailure('FORBIDDEN', 'You cannot review your own emergency access.');
    }
    if (rec.endedAt === null && Date.parse(rec.expiresAt) > this.o.clock.now().getTime()) {
      throw new AppFailure('INVALID_REQUEST', 'This emergency session is still open. Review it once it has ended.');
    }
    if (rec.reviewedAt !== null) return rec;
    return this.write(s, 'review-break-glass', async (tx) => {
      await reviews.markReviewed(tx, id, s.user.id, this.now());
      await s.audit.append(tx, this.event(s, 'break-glass.review', ref, 'success'));
      return (await reviews.breakGlassById(tx, id))!;
    });
  }

  /** Current user names by id, for the audit view (the log itself keeps ids only). */
  async userNames(): Promise<ReadonlyMap<string, string>> {
    const s = this.session();
    await this.requireRoleAudited(s, ['auditor', 'admin'], 'audit.view', null);
    const list = await this.read(s, 'user-names', (ex) => users.listUsers(ex));
    return new Map(list.map((u) => [u.id, u.name]));
  }

  /** Records an act done elsewhere (model selection, generation) under the signed-in user. */
  async record(action: AuditAction, recordRef: string | null, outcome: AuditOutcome): Promise<void> {
    await this.auditNow(this.session(), action, recordRef, outcome);
  }

  /**
   * Records something the app noticed on its own (a blocked network request). Never throws: while
   * locked the event is queued (without its ref) and written at the next unlock.
   */
  async recordSystemEvent(action: AuditAction, recordRef: string | null, outcome: AuditOutcome): Promise<void> {
    try {
      const s = this.open;
      if (s) {
        await s.audit.appendNow({ userId: null, role: null, sessionId: s.id, action, recordRef, outcome });
        return;
      }
      if (action !== 'network.blocked' || !(await this.vaultPresent())) return;
      const state = await readSignInState(this.paths.signInState);
      await writeSignInState(this.paths.signInState, withPending(state, { at: this.o.clock.now().getTime(), kind: 'network-blocked', userId: null }));
    } catch {
      logEvent('warn', 'system-event-not-recorded', { action });
    }
  }

  // ---------------------------------------------------------------- internals

  private info(): SessionInfo {
    return sessionInfo({
      present: this.present || this.open !== null,
      open: this.open,
      lastUser: this.lastUser,
      lockedReason: this.lockedReason,
      idleLockMinutes: this.open?.settings.idleLockMinutes ?? DEFAULT_SETTINGS.idleLockMinutes,
    });
  }

  private emit(): void {
    try {
      this.o.onSessionChanged?.(this.info());
    } catch {
      logEvent('warn', 'session-listener-failed');
    }
  }

  private now(): string {
    return this.o.clock.now().toISOString();
  }

  private async vaultPresent(): Promise<boolean> {
    const [db, keyring] = await Promise.all([stat(this.paths.db).catch(() => null), stat(this.paths.keyring).catch(() => null)]);
    return db !== null || keyring !== null;
  }

  private session(): OpenSession {
    if (!this.open) throw new AppFailure('LOCKED');
    return this.open;
  }

  private event(s: OpenSession, action: AuditAction, recordRef: string | null, outcome: AuditOutcome, reason?: string): AuditEventInput {
    return { userId: s.user.id, role: s.user.role, sessionId: s.id, action, recordRef, outcome, reason: reason ?? null };
  }

  private async auditNow(s: OpenSession, action: AuditAction, recordRef: string | null, outcome: AuditOutcome): Promise<void> {
    try {
      await s.audit.appendNow(this.event(s, action, recordRef, outcome));
    } catch (e) {
      throw await vaultFailure(e, this.paths.dir, action);
    }
  }

  /** Refuses, recording the refusal. */
  private async deny(s: OpenSession, action: AuditAction, recordRef: string | null): Promise<never> {
    await this.auditNow(s, action, recordRef, 'denied');
    throw new AppFailure('FORBIDDEN');
  }

  private async requireRoleAudited(s: OpenSession, roles: Role[], action: AuditAction, recordRef: string | null): Promise<void> {
    if (!roles.includes(s.user.role)) await this.deny(s, action, recordRef);
  }

  private async ownNote(s: OpenSession, noteId: string, action: AuditAction): Promise<notes.NoteHead> {
    requireId(noteId);
    const head = await this.read(s, action, (ex) => notes.noteHead(ex, noteId));
    if (!head) throw new AppFailure('NOT_FOUND');
    // Only the author changes or signs a note's summary, even in an emergency session.
    if (!canWriteNotes(s) || head.authorId !== s.user.id) return this.deny(s, action, `note:${noteId}`);
    return head;
  }

  private async read<T>(s: OpenSession, op: string, fn: (ex: SqlExecutor) => Promise<T>): Promise<T> {
    try {
      return await fn(s.db);
    } catch (e) {
      throw await vaultFailure(e, this.paths.dir, op);
    }
  }

  private async write<T>(s: OpenSession, op: string, fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    try {
      return await s.db.transaction(fn);
    } catch (e) {
      throw await vaultFailure(e, this.paths.dir, op);
    }
  }

  /** Written inside the caller's transaction: if the file cannot be written, the change rolls back. */
  private async saveKeyring(s: OpenSession, next: Keyring): Promise<void> {
    await writeKeyring(this.paths.keyring, next);
    s.keyring = next;
  }

  private async checkThrottle(counter: string): Promise<SignInState> {
    const state = await readSignInState(this.paths.signInState);
    const wait = secondsToWait(state.failures[counter], this.o.clock.now().getTime());
    if (wait > 0) throw new AppFailure('THROTTLED', throttledMessage(wait));
    return state;
  }

  /** Re-entering a secret inside a session: the user's passphrase, or the recovery code in an emergency session. */
  private async verifySecret(s: OpenSession, secret: string, action: AuditAction, allowRecovery: boolean): Promise<void> {
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
    state = countFailure(state, counter, this.o.clock.now().getTime());
    await writeSignInState(this.paths.signInState, state).catch(() => undefined);
    await this.auditNow(s, action, `user:${s.user.id}`, 'failure').catch(() => undefined);
    throw new AppFailure('BAD_CREDENTIALS');
  }

  private async openSession(keyring: Keyring, userId: string, key: Buffer, state: SignInState, counter: string, breakGlassReason: string | null): Promise<SessionInfo> {
    let db;
    try {
      await sniffVaultFile(this.paths.db, keyring.dbSalt);
      db = await openVaultDb(this.o.driver, this.paths.db, key);
    } catch (e) {
      key.fill(0);
      const failure = await vaultFailure(e, this.paths.dir, 'open');
      if (failure.code === 'VAULT_CORRUPT') {
        await writeSignInState(this.paths.signInState, withPending(state, { at: this.o.clock.now().getTime(), kind: 'integrity-failure', userId })).catch(() => undefined);
      }
      throw failure;
    }
    try {
      if ((await readVaultId(db)) !== keyring.vaultId) throw new AppFailure('VAULT_FOREIGN');
      const user = await users.userById(db, userId);
      if (!user) throw new AppFailure(breakGlassReason === null ? 'BAD_CREDENTIALS' : 'BAD_RECOVERY_CODE');
      if (user.disabled) throw new AppFailure('USER_DISABLED');
      const audit = await this.o.openAudit(db, key, this.o.clock);
      const settings = await readSettings(db);
      const sessionId = newSessionId();
      const actor = { userId: user.id, role: user.role, sessionId };
      const returning = this.lastUser?.id === user.id;
      const at = this.o.clock.now();
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
      await writeSignInState(this.paths.signInState, { ...clearFailures(state, counter), pending: [], dropped: 0 }).catch(() => undefined);
      this.present = true;
      const breakGlass = breakGlassId !== null ? { recordId: breakGlassId, until, reason: breakGlassReason! } : null;
      this.begin({ id: sessionId, user: { id: user.id, name: user.name, role: user.role }, db, audit, key, keyring, settings }, breakGlass);
      return this.info();
    } catch (e) {
      await db.close().catch(() => undefined);
      key.fill(0);
      throw await vaultFailure(e, this.paths.dir, 'unlock');
    }
  }

  private begin(base: Omit<OpenSession, 'idle' | 'expiry' | 'breakGlass'>, breakGlass: OpenSession['breakGlass']): void {
    const idle = new IdleLock(this.o.clock, base.settings.idleLockMinutes, () => void this.lock('idle'));
    const expiry = breakGlass ? this.o.clock.setTimer(breakGlass.until.getTime() - this.o.clock.now().getTime(), () => void this.lock('break-glass-expired')) : null;
    this.open = { ...base, breakGlass, idle, expiry };
    this.lockedReason = null;
    this.lastUser = base.user;
    this.emit();
  }

  /** Closes the session, whatever happens to the audit write: a lock must always lock. */
  private async endCurrent(reason: LockReason | 'sign-out'): Promise<void> {
    const s = this.open;
    if (!s) return;
    this.open = null;
    s.idle.stop();
    s.expiry?.cancel();
    try {
      await s.db.transaction(async (tx) => {
        if (s.breakGlass) {
          const how = reason === 'break-glass-expired' ? 'expired' : reason;
          await tx.run('UPDATE break_glass_sessions SET ended_at = ?, end_reason = ? WHERE id = ?', [this.now(), how, s.breakGlass.recordId]);
          await s.audit.append(tx, this.event(s, 'break-glass.end', `break-glass:${s.breakGlass.recordId}`, 'success', `session ended: ${how}`));
        }
        if (reason === 'sign-out') await s.audit.append(tx, this.event(s, 'auth.sign-out', `user:${s.user.id}`, 'success'));
        else await s.audit.append(tx, this.event(s, 'auth.lock', `lock:${reason}`, 'success'));
      });
    } catch {
      logEvent('error', 'lock-audit-failed', { reason });
    }
    await s.db.close().catch(() => logEvent('error', 'vault-close-failed'));
    s.key.fill(0);
    this.lastUser = reason === 'sign-out' ? null : s.user;
    this.lockedReason = reason === 'sign-out' ? null : reason;
    try {
      this.o.onLocked?.(reason);
    } catch {
      logEvent('warn', 'lock-listener-failed');
    }
    this.emit();
  }

  /** Setup failed after creating the file: remove only what this call created. */
  private async removeHalfMadeVault(): Promise<void> {
    for (const f of [this.paths.db, this.paths.wal, this.paths.shm]) await unlink(f).catch(() => undefined);
  }
}
