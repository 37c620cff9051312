// The audit log service: appends MAC-chained entries inside the vault database, makes signed
// checkpoints, and hands verification, queries and exports to their own modules.
//
// Use: `append(tx, e)` with the `tx` that `db.transaction` hands you, so the change and its entry
// commit together; `appendNow(e)` when there is no transaction. Never call appendNow, checkpoint,
// verify, query or the exports from inside a db.transaction: they take the connection themselves.
// The head (last seq and MAC) is cached; a rolled-back append is noticed on the next one (see INSERT_ENTRY).
import type { SqlDatabase, SqlExecutor, SqlValue } from '../db/sql-database';
import type { Clock } from '../base/clock';
import { AppFailure } from '../base/app-failure';
import type { AuditFilter } from '../../shared/contract/audit';
import type { AuditActor, AuditEventInput, AuditLogService, AuditQuery, OpenAuditLog } from './audit-types';
import { encodeEntryFields, entryMac, type AuditRowFields } from './audit-canonical';
import { CHECKPOINT_EVERY, EpochKeys, GENESIS_MAC, deriveSigningKeys, type SigningKeys } from './audit-keys';
import { validateEvent, type CleanEvent } from './audit-input';
import { ensureAuditSchema } from './audit-schema';
import { readCheckpoints, writeCheckpoint } from './checkpoints';
import { readCheckpointFile, writeCheckpointFile } from './checkpoint-file';
import { verifyAuditLog } from './verify';
import { queryAudit } from './query';
import { exportEntries } from './audit-export';
import { ioFailure } from './io-failure';
import { Serial } from './serial';

// The WHERE clause makes the insert land only on the head this process believes in. If a transaction
// that appended rolled back (or another connection appended), nothing is inserted and the head is re-read.
const INSERT_ENTRY = `INSERT INTO audit_log (seq, time, user_id, role, action, record_ref, outcome, reason, session_id, mac)
SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE (SELECT mac FROM audit_log ORDER BY seq DESC LIMIT 1) IS ?`;

/** Rows per multi-row insert: 10 values each, well under SQLite's bound-parameter limit. */
const MANY_CHUNK = 500;

/** The same guarded insert for n rows at once: all land only if the log's tail is the one expected. */
function insertMany(n: number): string {
  const rows = Array.from({ length: n }, () => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ');
  return `INSERT INTO audit_log (seq, time, user_id, role, action, record_ref, outcome, reason, session_id, mac)
SELECT * FROM (VALUES ${rows}) WHERE (SELECT mac FROM audit_log ORDER BY seq DESC LIMIT 1) IS ?`;
}

interface Head {
  readonly seq: number;
  readonly mac: Buffer;
}

async function readHead(ex: SqlExecutor): Promise<Head> {
  const row = await ex.get<{ seq: number; mac: Buffer }>('SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1');
  return row ? { seq: row.seq, mac: row.mac } : { seq: 0, mac: GENESIS_MAC };
}

const SYSTEM: AuditActor = { userId: null, role: null, sessionId: null };

class AuditLog implements AuditLogService {
  private readonly serial = new Serial();

  constructor(
    private readonly db: SqlDatabase,
    private readonly macKeys: EpochKeys,
    private readonly signing: SigningKeys,
    private readonly clock: Clock,
    private head: Head,
  ) {}

  async append(tx: SqlExecutor, event: AuditEventInput): Promise<number> {
    const clean = validateEvent(event);
    // One append at a time: each needs the MAC of the one before it.
    return this.serial.run(() => this.insert(tx, clean));
  }

  async appendMany(tx: SqlExecutor, events: readonly AuditEventInput[]): Promise<readonly number[]> {
    const clean = events.map(validateEvent);
    return this.serial.run(async () => {
      const seqs: number[] = [];
      let i = 0;
      while (i < clean.length) {
        // A chunk never crosses a checkpoint: the checkpoint is signed over the MAC at its sequence.
        const toCheckpoint = CHECKPOINT_EVERY - (this.head.seq % CHECKPOINT_EVERY);
        const n = Math.min(MANY_CHUNK, clean.length - i, toCheckpoint);
        seqs.push(...(await this.insertChunk(tx, clean.slice(i, i + n))));
        i += n;
      }
      return seqs;
    });
  }

  private async insertChunk(tx: SqlExecutor, chunk: readonly CleanEvent[]): Promise<number[]> {
    if (chunk.length === 1) return [await this.insert(tx, chunk[0]!)];
    for (let attempt = 0; attempt < 2; attempt++) {
      const expectedTail = this.head.seq === 0 ? null : this.head.mac;
      const time = this.clock.now().toISOString();
      const params: SqlValue[] = [];
      let mac = this.head.mac;
      let seq = this.head.seq;
      for (const e of chunk) {
        seq += 1;
        const row: AuditRowFields = { seq, time, ...e };
        mac = entryMac(this.macKeys.forSeq(seq), mac, seq, encodeEntryFields(row));
        params.push(seq, time, e.user_id, e.role, e.action, e.record_ref, e.outcome, e.reason, e.session_id, mac);
      }
      params.push(expectedTail);
      const result = await tx.run(insertMany(chunk.length), params);
      if (result.changes === chunk.length) {
        const first = this.head.seq + 1;
        this.head = { seq, mac };
        if (seq % CHECKPOINT_EVERY === 0) await writeCheckpoint(tx, this.signing, seq, mac, time);
        return Array.from({ length: chunk.length }, (_, k) => first + k);
      }
      this.head = await readHead(tx);
    }
    throw new AppFailure('INTERNAL');
  }

  async appendNow(event: AuditEventInput): Promise<number> {
    const clean = validateEvent(event);
    return this.db.transaction((tx) => this.serial.run(() => this.insert(tx, clean)));
  }

  private async insert(tx: SqlExecutor, e: CleanEvent): Promise<number> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const seq = this.head.seq + 1;
      const row: AuditRowFields = { seq, time: this.clock.now().toISOString(), ...e };
      const mac = entryMac(this.macKeys.forSeq(seq), this.head.mac, seq, encodeEntryFields(row));
      const expectedTail = this.head.seq === 0 ? null : this.head.mac;
      const result = await tx.run(INSERT_ENTRY, [seq, row.time, e.user_id, e.role, e.action, e.record_ref, e.outcome, e.reason, e.session_id, mac, expectedTail]);
      if (result.changes === 1) {
        this.head = { seq, mac };
        // Same transaction as the entry: the checkpoint commits with it or not at all.
        if (seq % CHECKPOINT_EVERY === 0) await writeCheckpoint(tx, this.signing, seq, mac, row.time);
        return seq;
      }
      this.head = await readHead(tx);
    }
    throw new AppFailure('INTERNAL');
  }

  checkpoint(): Promise<void> {
    return this.db.transaction((tx) =>
      this.serial.run(async () => {
        this.head = await readHead(tx);
        if (this.head.seq > 0) await writeCheckpoint(tx, this.signing, this.head.seq, this.head.mac, this.clock.now().toISOString());
      }),
    );
  }

  async verify(options: { readonly checkpointsFile?: string } = {}) {
    const fileCheckpoints = options.checkpointsFile ? await readCheckpointFile(options.checkpointsFile, this.signing.publicKeyRaw) : null;
    return verifyAuditLog({ db: this.db, macKeys: this.macKeys, publicKey: this.signing.publicKey, fileCheckpoints });
  }

  query(q: AuditQuery) {
    return queryAudit(this.db, q);
  }

  async exportTo(path: string, format: 'csv' | 'json', filter: AuditFilter, actor: AuditActor = SYSTEM): Promise<number> {
    const exportedAt = this.clock.now().toISOString();
    const event = { ...actor, action: 'audit.export', recordRef: null } as const;
    let written: number;
    try {
      written = await exportEntries(this.db, path, format, filter, exportedAt);
    } catch (e) {
      await this.appendNow({ ...event, outcome: 'failure' });
      throw ioFailure(e);
    }
    await this.appendNow({ ...event, outcome: 'success' });
    return written;
  }

  async exportCheckpoints(path: string, actor: AuditActor = SYSTEM): Promise<number> {
    // A fresh checkpoint first, so the file covers every entry up to now.
    await this.checkpoint();
    const rows = await readCheckpoints(this.db);
    const event = { ...actor, action: 'audit.checkpoint-export', recordRef: null } as const;
    try {
      await writeCheckpointFile(path, this.signing.publicKeyRaw, rows, this.clock.now().toISOString());
    } catch (e) {
      await this.appendNow({ ...event, outcome: 'failure' });
      throw ioFailure(e);
    }
    await this.appendNow({ ...event, outcome: 'success' });
    return rows.length;
  }
}

/**
 * Opens the audit log of an unlocked vault: creates or upgrades its tables, derives its keys from the
 * vault's 32-byte data key, and caches the head. Call outside any transaction on `db`.
 */
export const openAuditLog: OpenAuditLog = async (db, dataKey, clock) => {
  if (dataKey.length !== 32) throw new Error('The audit log needs the 32-byte data key');
  await ensureAuditSchema(db);
  const head = await readHead(db);
  return new AuditLog(db, new EpochKeys(dataKey), deriveSigningKeys(dataKey), clock, head);
};
