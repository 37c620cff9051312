// Audit log benchmark: append throughput in a transaction batch (goal >= 5,000 events/s) and time to
// verify 100,000 entries (goal <= 2 s), on a real SQLCipher vault in a temp directory.
import { mkdtemp, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sqlcipherDriver } from '../electron/db/sqlcipher-driver';
import { systemClock } from '../electron/app/clock';
import { openAuditLog } from '../electron/audit/audit-log';
import type { AuditEventInput } from '../electron/audit/audit-types';

const ENTRIES = 100_000;
const BATCH = 10_000;

function event(i: number): AuditEventInput {
  return { userId: `u${i % 17}`, role: 'clinician', action: i % 3 === 0 ? 'note.view' : 'summary.generate', recordRef: `note:n${i % 997}`, outcome: 'success', sessionId: `s${i % 5}` };
}

export async function runAuditBench(): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lockscribe-audit-bench-'));
  const key = randomBytes(32);
  const db = await sqlcipherDriver.open(path.join(dir, 'vault.db'), key, { create: true });
  try {
    const log = await openAuditLog(db, key, systemClock);
    const started = performance.now();
    for (let done = 0; done < ENTRIES; done += BATCH) {
      await db.transaction(async (tx) => {
        for (let i = done; i < done + BATCH; i++) await log.append(tx, event(i));
      });
    }
    const appendSeconds = (performance.now() - started) / 1000;
    const perSecond = Math.round(ENTRIES / appendSeconds);
    console.log(`audit append, one call per event: ${perSecond} events/s (${ENTRIES} in transactions of ${BATCH}; goal >= 5000) ${perSecond >= 5000 ? 'ok' : 'SLOW'}`);

    // The same events through appendMany (multi-row guarded inserts), measured in the same run.
    const manyStart = performance.now();
    for (let done = ENTRIES; done < 2 * ENTRIES; done += BATCH) {
      const events = Array.from({ length: BATCH }, (_, k) => event(done + k));
      await db.transaction((tx) => log.appendMany(tx, events));
    }
    const manyPerSecond = Math.round(ENTRIES / ((performance.now() - manyStart) / 1000));
    console.log(
      `audit appendMany: ${manyPerSecond} events/s (${ENTRIES} more; goal >= 5000) ${manyPerSecond >= 5000 ? 'ok' : 'SLOW'}; ratio to one call per event ${(manyPerSecond / perSecond).toFixed(2)}x`,
    );

    const verifyStart = performance.now();
    const report = await log.verify();
    const verifySeconds = (performance.now() - verifyStart) / 1000;
    // The log now holds 2 x ENTRIES; the goal is stated per 100,000.
    const per100k = (verifySeconds * 100_000) / report.entries;
    console.log(`audit verify: ${verifySeconds.toFixed(2)} s for ${report.entries} entries, ${per100k.toFixed(2)} s per 100000 (goal <= 2 s) ${per100k <= 2 && report.ok ? 'ok' : 'SLOW'}`);
    if (!report.ok) console.log(`audit verify reported damage on a clean log: ${report.detail}`);
  } finally {
    await db.close();
    await rm(dir, { recursive: true, force: true });
  }
}
