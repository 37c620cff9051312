// Audit log benchmark: append throughput in a transaction batch (goal >= 10,000 events/s) and time to
// verify 100,000 entries (goal <= 1 s), on a real SQLCipher vault in a temp directory.
import { mkdtemp, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { multipleCiphersDriver } from '../electron/db/multiple-ciphers-driver';
import { systemClock } from '../electron/base/clock';
import { initAuditState, openAuditLog } from '../electron/audit/audit-log';
import { ensureAuditSchema } from '../electron/audit/audit-schema';
import { newChainKey, newSigningSeed, signingKeyFromSeed } from '../electron/audit/audit-keys';
import type { AuditEventInput, AuditLogService } from '../electron/audit/audit-types';
import type { SqlDatabase } from '../electron/db/sql-database';

const ENTRIES = 100_000;
const BATCH = 10_000;

function event(i: number): AuditEventInput {
  return { userId: `u${i % 17}`, role: 'clinician', action: i % 3 === 0 ? 'note.view' : 'summary.generate', recordRef: `note:n${i % 997}`, outcome: 'success', sessionId: `s${i % 5}` };
}

/** Appends ENTRIES events to a fresh log, one call per event or through appendMany; events/s. */
async function appendRun(dir: string, name: string, many: boolean): Promise<{ perSecond: number; db: SqlDatabase; log: AuditLogService; firstKey: Buffer; anchor: Buffer }> {
  const key = randomBytes(32);
  const db = await multipleCiphersDriver.open(path.join(dir, name), key, { create: true });
  await ensureAuditSchema(db);
  const firstKey = newChainKey();
  const seed = newSigningSeed();
  const anchor = signingKeyFromSeed(seed).publicKeyRaw;
  await db.transaction((tx) => initAuditState(tx, Buffer.from(firstKey), seed));
  const log = await openAuditLog(db, systemClock);
  const started = performance.now();
  for (let done = 0; done < ENTRIES; done += BATCH) {
    if (many) {
      const events = Array.from({ length: BATCH }, (_, k) => event(done + k));
      await db.transaction((tx) => log.appendMany(tx, events));
    } else {
      await db.transaction(async (tx) => {
        for (let i = done; i < done + BATCH; i++) await log.append(tx, event(i));
      });
    }
  }
  return { perSecond: Math.round(ENTRIES / ((performance.now() - started) / 1000)), db, log, firstKey, anchor };
}

export async function runAuditBench(): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lockscribe-audit-bench-'));
  const opened: SqlDatabase[] = [];
  try {
    const single = await appendRun(dir, 'single.db', false);
    opened.push(single.db);
    console.log(`audit append, one call per event: ${single.perSecond} events/s (${ENTRIES} in transactions of ${BATCH}; goal >= 10000) ${single.perSecond >= 10000 ? 'ok' : 'SLOW'}`);
    // The same events through appendMany (multi-row guarded inserts) into a second log, same run.
    const many = await appendRun(dir, 'many.db', true);
    opened.push(many.db);
    console.log(
      `audit appendMany: ${many.perSecond} events/s (goal >= 10000) ${many.perSecond >= 10000 ? 'ok' : 'SLOW'}; ratio to one call per event ${(many.perSecond / single.perSecond).toFixed(2)}x`,
    );

    const verifyStart = performance.now();
    const report = await single.log.verify({ firstKey: single.firstKey, anchor: single.anchor });
    const verifySeconds = (performance.now() - verifyStart) / 1000;
    console.log(`audit verify: ${verifySeconds.toFixed(2)} s for ${report.entries} entries (goal <= 1 s) ${verifySeconds <= 1 && report.ok ? 'ok' : 'SLOW'}`);
    if (!report.ok) console.log(`audit verify reported damage on a clean log: ${report.detail}`);
    const manyReport = await many.log.verify({ firstKey: many.firstKey, anchor: many.anchor });
    if (!manyReport.ok) console.log(`audit verify reported damage on the appendMany log: ${manyReport.detail}`);
  } finally {
    for (const db of opened) await db.close();
    await rm(dir, { recursive: true, force: true });
  }
}
