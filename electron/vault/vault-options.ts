// What the vault is built from. Plain data and callbacks, so the same service runs in-process (tests,
// CLI) or on the vault worker thread (the app).
import type { SqlDriver } from '../db/sql-database';
import type { OpenAuditLog } from '../audit/audit-types';
import type { Clock } from '../base/clock';
import type { SessionInfo } from '../../shared/contract/vault';
import type { KdfParams } from './keys';
import type { LockReason } from './sessions';

export interface VaultServiceOptions {
  readonly dir: string;
  readonly driver: SqlDriver;
  readonly clock: Clock;
  readonly openAudit: OpenAuditLog;
  /** scrypt cost for new wraps; tests lower it. Existing wraps carry their own. */
  readonly kdf?: KdfParams;
  /** Authenticates the sign-in state: from the OS keystore (Electron's safeStorage) where there is one. */
  readonly deviceKey?: Buffer;
  /** Every session change: unlock, lock (any reason), sign-out, role change, settings change. */
  readonly onSessionChanged?: (session: SessionInfo) => void;
  /** After any lock or sign-out: the wiring clears the clipboard here. */
  readonly onLocked?: (reason: LockReason | 'sign-out') => void;
}

/** One operation at a time for the transitions that open or close the database. */
export class Serial {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.tail.then(fn, fn);
    this.tail = next.catch(() => undefined);
    return next;
  }
}
