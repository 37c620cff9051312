// Helpers for the audit tests: temp vaults, a clock that ticks on every read, and raw tampering.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { multipleCiphersDriver } from '../db/multiple-ciphers-driver';
import type { SqlDatabase, SqlParams } from '../db/sql-database';
import type { Clock } from '../base/clock';
import { createHash } from 'node:crypto';
import type { AuditVerifyReport } from '../../shared/contract/audit';
import type { AuditActor, AuditEventInput, AuditLogService } from './audit-types';
import { ensureAuditSchema } from './audit-schema';
import { initAuditState, openAuditLog } from './audit-log';
import { signingKeyFromSeed } from './audit-keys';

/** Each now() is one second after the last, so entry times are distinct and increasing. */
export class TickingClock implements Clock {
  constructor(private ms = Date.parse('2026-01-01T08:00:00Z')) {}
  now(): Date {
    this.ms += 1000;
    return new Date(this.ms);
  }
  jump(ms: number): void {
    this.ms += ms;
  }
  setTimer() {
    return { cancel: () => undefined };
  }
}

export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lockscribe-audit-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export function sampleEvent(i: number): AuditEventInput {
  return {
    userId: `user-${i % 7}`,
    role: 'clinician',
    action: i % 2 === 0 ? 'note.view' : 'summary.generate',
    recordRef: `note:n${i % 101}`,
    outcome: 'success',
    sessionId: `s${i % 3}`,
  };
}

/**
 * What an attacker holding the data key can do: open the vault raw, drop the append-only triggers and
 * run arbitrary SQL. The MAC chain and the signed checkpoints are there to catch exactly this.
 */
export async function tamper(file: string, key: Buffer, steps: readonly (string | readonly [string, SqlParams])[]): Promise<void> {
  const raw: SqlDatabase = await multipleCiphersDriver.open(file, key);
  try {
    await raw.exec(`DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;
      DROP TRIGGER IF EXISTS audit_checkpoints_no_update; DROP TRIGGER IF EXISTS audit_checkpoints_no_delete;`);
    for (const step of steps) {
      if (typeof step === 'string') await raw.exec(step);
      else await raw.run(step[0], step[1]);
    }
  } finally {
    await raw.close();
  }
}

/** The keys a test log is made with, derived from the test's database key so a reopen finds them again. */
export function testLogKeys(key: Buffer): { firstKey: Buffer; seed: Buffer; anchor: Buffer } {
  const firstKey = createHash('sha256').update('first').update(key).digest();
  const seed = createHash('sha256').update('seed').update(key).digest();
  return { firstKey, seed, anchor: signingKeyFromSeed(seed).publicKeyRaw };
}

export type TestAuditLog = Omit<AuditLogService, 'verify' | 'exportCheckpoints'> & {
  verify(options?: { readonly checkpointsFile?: string }): Promise<AuditVerifyReport>;
  exportCheckpoints(path: string, actor?: AuditActor): Promise<number>;
};

/**
 * Opens (creating on first use) an audit log in `db` the way the vault does, and answers verify and
 * exportCheckpoints with the first key and anchor an auditor would hold.
 */
export async function openTestLog(db: SqlDatabase, key: Buffer, clock: Clock): Promise<TestAuditLog> {
  await ensureAuditSchema(db);
  const k = testLogKeys(key);
  if (!(await db.get('SELECT 1 AS x FROM audit_state WHERE id = 1'))) await db.transaction((tx) => initAuditState(tx, Buffer.from(k.firstKey), Buffer.from(k.seed)));
  const log = await openAuditLog(db, clock);
  return Object.assign(Object.create(log) as AuditLogService, {
    verify: (options: { readonly checkpointsFile?: string } = {}) => log.verify({ ...options, firstKey: k.firstKey, anchor: k.anchor }),
    exportCheckpoints: (path: string, actor?: AuditActor) => log.exportCheckpoints(path, k.anchor, actor),
  });
}
