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
import type { AuditActor, AuditEventInput, AuditLogService, AuditQuery, OpenAuditLog, VerifyOptions } from './audit-types';
import { encodeEntryFields, entryMac, type AuditRowFields } from './audit-canonical';
import { CHECKPOINT_EVERY, ChainKeys, GENESIS_MAC, nextMacKey } from './audit-keys';
import { validateEvent, type CleanEvent } from './audit-input';
import { ensureAuditSchema } from './audit-schema';
import { readCheckpoints, writeCheckpoint, type SignerState } from './checkpoints';
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

/**
 * The tail of the log and the writer's keys: the MAC key for entry seq + 1 and the signer. If the log
 * and the key state disagree (entries cut off, or rows added by something other than the app), the
 * writer carries on from the key state, so the damage stays visible to verify (a gap, a break)
 * instead of blocking every sign-in, the auditor's included.
 */
interface Head {
  readonly seq: number;
  readonly mac: Buffer;
  readonly macKey: Buffer;
  readonly signer: SignerState;
  /** next_seq as stored in audit_state: the guard of the next state update. */
  readonly stateNext: number;
  /** The seq of the newest row actually in the log. */
  readonly rowSeq: number;
}

async function readHead(ex: SqlExecutor): Promise<Head> {
  const row = await ex.get<{ seq: number; mac: Buffer }>('SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1');
  const state = await ex.get<{ next_seq: number; mac_key: Buffer; sign_n: number; sign_seed: Buffer }>('SELECT next_seq, mac_key, sign_n, sign_seed FROM audit_state WHERE id = 1');
  if (!state) throw new AppFailure('VAULT_CORRUPT');
  const rowSeq = row?.seq ?? 0;
  let seq = state.next_seq - 1;
  let macKey = state.mac_key;
  // More rows than the state knows of: derive forward to the key after the newest row.
  for (; seq < rowSeq; seq++) macKey = nextMacKey(macKey);
  return { seq, mac: row?.mac ?? GENESIS_MAC, macKey, signer: { n: state.sign_n, seed: state.sign_seed }, stateNext: state.next_seq, rowSeq };
}

/** Starts a new log: the first MAC key and the first signing seed (their public anchor goes to the keyring). */
export async function initAuditState(tx: SqlExecutor, firstKey: Buffer, signSeed: Buffer): Promise<void> {
  await tx.run('INSERT INTO audit_state (id, next_seq, mac_key, sign_n, sign_seed) VALUES (1, 1, ?, 0, ?)', [firstKey, signSeed]);
}

const ADVANCE = 'UPDATE audit_state SET next_seq = ?, mac_key = ? WHERE id = 1 AND next_seq = ?';

const SYSTEM: AuditActor = { userId: null, role: null, sessionId: null };

class AuditLog implements AuditLogService {
  private readonly serial = new Serial();

  constructor(
    private readonly db: SqlDatabase,
    private readonly clock: Clock,
    private head: Head,
  ) {}

  /** The head moves on: the used MAC key is wiped as soon as its successor is in hand. */
  private advance(seq: number, mac: Buffer, macKey: Buffer, signer: SignerState = this.head.signer): void {
    if (this.head.macKey !== macKey) this.head.macKey.fill(0);
    if (this.head.signer !== signer) this.head.signer.seed.fill(0);
    this.head = { seq, mac, macKey, signer, stateNext: seq + 1, rowSeq: seq };
  }

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
      const expectedTail = this.head.rowSeq === 0 ? null : this.head.mac;
      const time = this.clock.now().toISOString();
      const params: SqlValue[] = [];
      let mac = this.head.mac;
      let seq = this.head.seq;
      let key = this.head.macKey;
      for (const e of chunk) {
        seq += 1;
        const row: AuditRowFields = { seq, time, ...e };
        mac = entryMac(key, mac, seq, encodeEntryFields(row));
        const next = nextMacKey(key);
        if (key !== this.head.macKey) key.fill(0);
        key = next;
        params.push(seq, time, e.user_id, e.role, e.action, e.record_ref, e.outcome, e.reason, e.session_id, mac);
      }
      params.push(expectedTail);
      const result = await tx.run(insertMany(chunk.length), params);
      if (result.changes === chunk.length) {
        const first = this.head.seq + 1;
        await tx.run(ADVANCE, [seq + 1, key, this.head.stateNext]);
        this.advance(seq, mac, key);
        if (seq % CHECKPOINT_EVERY === 0) await this.checkpointIn(tx, time);
        return Array.from({ length: chunk.length }, (_, k) => first + k);
      }
      key.fill(0);
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
      const mac = entryMac(this.head.macKey, this.head.mac, seq, encodeEntryFields(row));
      const expectedTail = this.head.rowSeq === 0 ? null : this.head.mac;
      const result = await tx.run(INSERT_ENTRY, [seq, row.time, e.user_id, e.role, e.action, e.record_ref, e.outcome, e.reason, e.session_id, mac, expectedTail]);
      if (result.changes === 1) {
        const nextKey = nextMacKey(this.head.macKey);
        await tx.run(ADVANCE, [seq + 1, nextKey, this.head.stateNext]);
        this.advance(seq, mac, nextKey);
        // Same transaction as the entry: the checkpoint commits with it or not at all.
        if (seq % CHECKPOINT_EVERY === 0) await this.checkpointIn(tx, row.time);
        return seq;
      }
      this.head = await readHead(tx);
    }
    throw new AppFailure('INTERNAL');
  }

  /** Signs the current head inside the caller's transaction (a session's end, a backup). */
  async checkpointIn(tx: SqlExecutor, time = this.clock.now().toISOString()): Promise<void> {
    // Only a head that is a real row (not the far side of a gap) is signed.
    if (this.head.seq === 0 || this.head.rowSeq !== this.head.seq) return;
    const next = await writeCheckpoint(tx, this.head.signer, this.head.seq, this.head.mac, time);
    if (next) this.advance(this.head.seq, this.head.mac, this.head.macKey, next);
  }

  checkpoint(): Promise<void> {
    return this.db.transaction((tx) =>
      this.serial.run(async () => {
        this.head = await readHead(tx);
        await this.checkpointIn(tx);
      }),
    );
  }

  async verify(options: VerifyOptions) {
    const fileCheckpoints = options.checkpointsFile ? await readCheckpointFile(options.checkpointsFile, options.anchor) : null;
    const keys = new ChainKeys(options.firstKey);
    try {
      return await verifyAuditLog({ db: this.db, macKeys: keys, anchor: options.anchor, fileCheckpoints });
    } finally {
      keys.wipe();
    }
  }

  close(): void {
    this.head.macKey.fill(0);
    this.head.signer.seed.fill(0);
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

  async exportCheckpoints(path: string, anchor: Buffer, actor: AuditActor = SYSTEM): Promise<number> {
    // A fresh checkpoint first, so the file covers every entry up to now.
    await this.checkpoint();
    const rows = await readCheckpoints(this.db);
    // The newest exported checkpoint is the anchor a later restore is held against.
    const event = { ...actor, action: 'audit.checkpoint-export', recordRef: rows.length > 0 ? `checkpoint:${rows[rows.length - 1]!.seq}` : null } as const;
    try {
      await writeCheckpointFile(path, anchor, rows, this.clock.now().toISOString());
    } catch (e) {
      await this.appendNow({ ...event, outcome: 'failure' });
      throw ioFailure(e);
    }
    await this.appendNow({ ...event, outcome: 'success' });
    return rows.length;
  }
}

/**
 * Opens the audit log of an unlocked directory: creates or upgrades its tables and caches the head and
 * the writer's keys. A new log needs initAuditState in the same setup. Call outside any transaction.
 */
export const openAuditLog: OpenAuditLog = async (db, clock) => {
  await ensureAuditSchema(db);
  const head = await readHead(db);
  return new AuditLog(db, clock, head);
};
