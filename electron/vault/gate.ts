// The gate every vault domain goes through: who is signed in (the one open session), their role and
// keys, and the few ways to touch the open database: read, write (a transaction), audit, refuse.
// Errors leave here only as AppFailure.
import { stat } from 'node:fs/promises';
import type { SqlDatabase, SqlExecutor } from '../db/sql-database';
import type { AuditAction, AuditOutcome } from '../../shared/contract/audit';
import type { AuditEventInput } from '../audit/audit-types';
import type { Role, SessionInfo } from '../../shared/contract/vault';
import { AppFailure } from '../base/app-failure';
import { logEvent } from '../base/safe-log';
import { writeKeyring, type Keyring } from './keyring';
import { vaultFailure } from './sql-errors';
import { commitNotesChange, newOutboxState, type OutboxState } from './notes-commit';
import { syncWal } from './wal-sync';
import { vaultPaths, type VaultPaths } from './vault-paths';
import { isValidId } from './ids';
import { sessionInfo, type LockReason, type OpenSession, type SessionUser } from './sessions';
import { DEFAULT_SETTINGS } from './settings';
import type { VaultServiceOptions } from './vault-options';
import { fileDeviceKey, readSignInState, writeSignInState, type SignInState } from './sign-in-state';
import path from 'node:path';

export function requireId(id: string): void {
  if (!isValidId(id)) throw new AppFailure('NOT_FOUND');
}

export class VaultGate {
  readonly paths: VaultPaths;
  open: OpenSession | null = null;
  lastUser: SessionUser | null = null;
  lockedReason: LockReason | null = null;
  present = false;

  constructor(readonly o: VaultServiceOptions) {
    this.paths = vaultPaths(o.dir);
  }

  session(): OpenSession {
    if (!this.open) throw new AppFailure('LOCKED');
    return this.open;
  }

  info(): SessionInfo {
    return sessionInfo({
      present: this.present || this.open !== null,
      open: this.open,
      lastUser: this.lastUser,
      lockedReason: this.lockedReason,
      idleLockMinutes: this.open?.settings.idleLockMinutes ?? DEFAULT_SETTINGS.idleLockMinutes,
    });
  }

  emit(): void {
    try {
      this.o.onSessionChanged?.(this.info());
    } catch {
      logEvent('warn', 'session-listener-failed');
    }
  }

  now(): string {
    return this.o.clock.now().toISOString();
  }

  async vaultPresent(): Promise<boolean> {
    const [db, keyring] = await Promise.all([stat(this.paths.db).catch(() => null), stat(this.paths.keyring).catch(() => null)]);
    return db !== null || keyring !== null;
  }

  event(s: OpenSession, action: AuditAction, recordRef: string | null, outcome: AuditOutcome, reason?: string): AuditEventInput {
    return { userId: s.user.id, role: s.user.role, sessionId: s.id, action, recordRef, outcome, reason: reason ?? null };
  }

  async auditNow(s: OpenSession, action: AuditAction, recordRef: string | null, outcome: AuditOutcome): Promise<void> {
    try {
      await s.audit.appendNow(this.event(s, action, recordRef, outcome));
    } catch (e) {
      throw await vaultFailure(e, this.paths.dir, action);
    }
  }

  /** Refuses, recording the refusal. */
  async deny(s: OpenSession, action: AuditAction, recordRef: string | null): Promise<never> {
    await this.auditNow(s, action, recordRef, 'denied');
    throw new AppFailure('FORBIDDEN');
  }

  async requireRoleAudited(s: OpenSession, roles: readonly Role[], action: AuditAction, recordRef: string | null): Promise<void> {
    if (!roles.includes(s.user.role)) await this.deny(s, action, recordRef);
  }

  async read<T>(s: OpenSession, op: string, fn: (ex: SqlExecutor) => Promise<T>): Promise<T> {
    try {
      return await fn(s.db);
    } catch (e) {
      throw await vaultFailure(e, this.paths.dir, op);
    }
  }

  /**
   * A read recorded before its result leaves: the entry commits first without waiting for the disk,
   * the read runs while the directory's WAL is synced on the I/O pool, and the result is returned only
   * once the entry is durable. The wait for the disk overlaps the read instead of following it.
   */
  async auditedRead<T>(s: OpenSession, action: AuditAction, recordRef: string | null, op: string, fn: (ex: SqlExecutor) => Promise<T>): Promise<T> {
    let synced: Promise<void>;
    try {
      const event = this.event(s, action, recordRef, 'success');
      await s.db.transaction((tx) => s.audit.append(tx, event), { durable: false });
      synced = syncWal(this.paths.db);
    } catch (e) {
      throw await vaultFailure(e, this.paths.dir, action);
    }
    // Settled either way below; this keeps a failing read from leaving the sync's rejection unhandled.
    synced.catch(() => undefined);
    const result = await this.read(s, op, fn);
    try {
      await synced;
    } catch (e) {
      throw await vaultFailure(e, this.paths.dir, action);
    }
    return result;
  }

  async write<T>(s: OpenSession, op: string, fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    try {
      return await s.db.transaction(fn);
    } catch (e) {
      throw await vaultFailure(e, this.paths.dir, op);
    }
  }

  private device: Promise<Buffer> | null = null;

  /** The key that authenticates the sign-in state: the OS keystore's (app), else a key file beside the vault. */
  deviceKey(): Promise<Buffer> {
    this.device ??= this.o.deviceKey ? Promise.resolve(this.o.deviceKey) : fileDeviceKey(path.join(this.paths.dir, 'device.key'));
    return this.device;
  }

  async readSignIn(): Promise<SignInState> {
    const state = await readSignInState(this.paths.signInState, await this.deviceKey(), await this.vaultPresent(), this.o.clock.now().getTime());
    // Untrusted content is replaced at once by its penalty, so the delay runs from the first sight of it.
    if (state.tampered) await this.writeSignIn(state).catch(() => undefined);
    return state;
  }

  async writeSignIn(state: SignInState): Promise<void> {
    await writeSignInState(this.paths.signInState, state, await this.deviceKey());
  }

  private readonly outboxes = new WeakMap<SqlDatabase, OutboxState>();

  /**
   * A change to a notes store and its audit entry: the directory's transaction (the audit entry) commits
   * first, inside the store's, so a crash between the two leaves an entry for a change that did not
   * land, never a change that went unrecorded; one wait for the disk covers both (notes-commit.ts).
   */
  async writeNotes<T>(s: OpenSession, store: SqlDatabase, op: string, fn: (notes: SqlExecutor, dir: SqlExecutor) => Promise<T>): Promise<T> {
    try {
      let state = this.outboxes.get(store);
      if (!state) this.outboxes.set(store, (state = newOutboxState()));
      return await commitNotesChange(store, s.db, state, fn);
    } catch (e) {
      throw await vaultFailure(e, this.paths.dir, op);
    }
  }

  /** The stores this session may read notes from: its own, and in an emergency everyone's (read-only). */
  readableStores(s: OpenSession): SqlDatabase[] {
    return [...(s.notes ? [s.notes] : []), ...(s.breakGlass?.stores.values() ?? [])];
  }

  /** Written inside the caller's transaction: if the file cannot be written, the change rolls back. */
  async saveKeyring(s: OpenSession, next: Keyring): Promise<void> {
    await writeKeyring(this.paths.keyring, next);
    s.keyring = next;
  }
}
