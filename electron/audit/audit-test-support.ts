// Helpers for the audit tests: temp vaults, a clock that ticks on every read, and raw tampering.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { multipleCiphersDriver } from '../db/multiple-ciphers-driver';
import type { SqlDatabase, SqlParams } from '../db/sql-database';
import type { Clock } from '../base/clock';
import type { AuditEventInput } from './audit-types';

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
