// The one open session of this process: who is signed in, the open database and audit log, the data
// key (zeroed on lock), and the timers that end the session on their own.
import { randomBytes } from 'node:crypto';
import type { SqlDatabase } from '../db/sql-database';
import type { AuditLogService } from '../audit/audit-types';
import type { TimerHandle } from '../base/clock';
import type { Role, SessionInfo, Settings } from '../../shared/contract/vault';
import type { Keyring } from './keyring';
import type { IdleLock } from './idle-lock';

export type LockReason = NonNullable<SessionInfo['lockedReason']>;

export interface SessionUser {
  readonly id: string;
  readonly name: string;
  role: Role;
}

export interface BreakGlass {
  readonly recordId: string;
  readonly until: Date;
  readonly reason: string;
  /** Every clinician's store, opened read-only with keys from escrow. */
  readonly stores: ReadonlyMap<string, SqlDatabase>;
  readonly keys: readonly Buffer[];
}

/** The key material a session holds; wiped when it ends. */
export interface SessionKeys {
  readonly privateKey: Buffer;
  /** Replaced when the directory key rotates. */
  dirKey: Buffer;
  readonly contentKey: Buffer | null;
  /** The audit chain's first key: auditors, and the session that created the vault. */
  auditFirstKey: Buffer | null;
}

export interface OpenSession {
  readonly id: string;
  readonly user: SessionUser;
  /** The directory store. */
  readonly db: SqlDatabase;
  /** The clinician's own notes store; null for other roles. */
  readonly notes: SqlDatabase | null;
  readonly audit: AuditLogService;
  readonly keys: SessionKeys;
  keyring: Keyring;
  settings: Settings;
  breakGlass: BreakGlass | null;
  readonly idle: IdleLock;
  expiry: TimerHandle | null;
}

export function newSessionId(): string {
  return randomBytes(16).toString('base64url');
}

export function sessionInfo(state: {
  readonly present: boolean;
  readonly open: OpenSession | null;
  readonly lastUser: SessionUser | null;
  readonly lockedReason: LockReason | null;
  readonly idleLockMinutes: number;
}): SessionInfo {
  const { open } = state;
  if (open) {
    return {
      vault: 'unlocked',
      user: { id: open.user.id, name: open.user.name, role: open.user.role },
      sessionId: open.id,
      breakGlass: open.breakGlass ? { until: open.breakGlass.until.toISOString(), reason: open.breakGlass.reason } : null,
      idleLockMinutes: open.settings.idleLockMinutes,
      lockedReason: null,
      passphraseSetByAdmin: open.keyring.users.some((u) => u.userId === open.user.id && u.passphraseSetBy === 'administrator'),
    };
  }
  const last = state.lastUser;
  return {
    vault: state.present ? 'locked' : 'absent',
    // Kept after a lock (not a sign-out) so the lock screen can offer the same name again.
    user: state.present && last ? { id: last.id, name: last.name, role: last.role } : null,
    sessionId: null,
    breakGlass: null,
    idleLockMinutes: state.idleLockMinutes,
    lockedReason: state.present ? state.lockedReason : null,
    passphraseSetByAdmin: false,
  };
}
