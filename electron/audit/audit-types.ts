import type { AuditAction, AuditOutcome, AuditEntry, AuditFilter, AuditVerifyReport } from '../../shared/contract/audit';
import type { SqlDatabase, SqlExecutor } from '../db/sql-database';
import type { Clock } from '../base/clock';

/** What a service records. Opaque ids only: never note text, summary text, passphrases or search strings. */
export interface AuditEventInput {
  readonly userId: string | null;
  readonly role: string | null;
  readonly action: AuditAction;
  /** An opaque record id such as 'note:<id>' or 'user:<id>'. */
  readonly recordRef: string | null;
  readonly outcome: AuditOutcome;
  /** Only for break-glass and similar: a reason the user typed. */
  readonly reason?: string | null;
  readonly sessionId: string | null;
}

export interface AuditWriter {
  /** Appends inside the caller's transaction, so a change and its audit entry commit together or not at all. */
  append(tx: SqlExecutor, event: AuditEventInput): Promise<number>;
  /** Appends several events in order inside the caller's transaction, in few statements. */
  appendMany(tx: SqlExecutor, events: readonly AuditEventInput[]): Promise<readonly number[]>;
  /** Appends in a transaction of its own. */
  appendNow(event: AuditEventInput): Promise<number>;
}

export interface AuditQuery {
  readonly filter: AuditFilter;
  readonly sortBy: 'seq' | 'time' | 'userId' | 'role' | 'action' | 'recordRef' | 'outcome' | 'sessionId';
  readonly sortDir: 'asc' | 'desc';
  readonly limit: number;
  readonly offset: number;
}

/** Who asked for an export, so the export is itself audited under their name. Omitted: recorded as the system. */
export interface AuditActor {
  readonly userId: string | null;
  readonly role: string | null;
  readonly sessionId: string | null;
}

/** What only an auditor (or the recovery code) holds: the first MAC key; and the setup anchor. */
export interface VerifyOptions {
  readonly firstKey: Buffer;
  readonly anchor: Buffer;
  readonly checkpointsFile?: string;
}

export interface AuditLogService extends AuditWriter {
  verify(options: VerifyOptions): Promise<AuditVerifyReport>;
  query(q: AuditQuery): Promise<{ entries: AuditEntry[]; total: number }>;
  /** Writes CSV or JSON of the filtered log to path; returns the number of entries written. Appends 'audit.export'. */
  exportTo(path: string, format: 'csv' | 'json', filter: AuditFilter, actor?: AuditActor): Promise<number>;
  /**
   * Makes a checkpoint of the head, then writes every signed checkpoint (and the public key to check
   * them) to path, e.g. removable media. Appends 'audit.checkpoint-export'.
   */
  exportCheckpoints(path: string, anchor: Buffer, actor?: AuditActor): Promise<number>;
  /** Makes a signed checkpoint of the current head now. */
  checkpoint(): Promise<void>;
  /** The same inside the caller's transaction. */
  checkpointIn(tx: SqlExecutor): Promise<void>;
  /** Wipes the writer's keys from memory (the vault is locking). */
  close(): void;
}

export type OpenAuditLog = (db: SqlDatabase, clock: Clock) => Promise<AuditLogService>;
