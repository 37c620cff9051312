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
}

export interface OpenSession {
  readonly id: string;
  readonly user: SessionUser;
  readonly db: SqlDatabase;
  readonly audit: AuditLogService;
  readonly key: Buffer;
  keyring: Keyring;
  settings: Settings;
  readonly breakGlass: BreakGlass | null;
  readonly idle: IdleLock;
  readonly expiry: TimerHandle | null;
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
  };
}
