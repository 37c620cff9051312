// Signed checkpoints: every CHECKPOINT_EVERY entries (and on demand) the head of the chain is signed
// with the vault's Ed25519 key. Inside the vault they catch truncation before the last checkpoint.
// Exported to a file the admin keeps elsewhere, they also catch what a key holder could otherwise
// hide: a rewritten and re-MACed history, or an older copy of the vault put back in place.
import { sign, verify, type KeyObject } from 'node:crypto';
import type { SqlExecutor } from '../db/sql-database';
import { encodeFields } from './audit-canonical';
import type { SigningKeys } from './audit-keys';

export interface CheckpointRow {
  readonly n: number;
  readonly seq: number;
  readonly head_mac: Buffer;
  readonly time: string;
  readonly signature: Buffer;
}

const CHECKPOINT_MAGIC = 'lockscribe-audit-checkpoint-v1';

export function checkpointMessage(c: Omit<CheckpointRow, 'signature'>): Buffer {
  return encodeFields(CHECKPOINT_MAGIC, [c.n, c.seq], [c.head_mac, c.time]);
}

export function signatureValid(publicKey: KeyObject, c: CheckpointRow): boolean {
  try {
    return verify(null, checkpointMessage(c), publicKey, c.signature);
  } catch {
    return false;
  }
}

/** Signs the head (seq, headMac) as the next checkpoint, inside `tx`. No-op if that seq already has one. */
export async function writeCheckpoint(tx: SqlExecutor, keys: SigningKeys, seq: number, headMac: Buffer, time: string): Promise<CheckpointRow | null> {
  const existing = await tx.get<{ n: number }>('SELECT n FROM audit_checkpoints WHERE seq >= ? LIMIT 1', [seq]);
  if (existing) return null;
  const last = await tx.get<{ n: number | null }>('SELECT max(n) AS n FROM audit_checkpoints');
  const fields = { n: (last?.n ?? 0) + 1, seq, head_mac: headMac, time };
  const row: CheckpointRow = { ...fields, signature: sign(null, checkpointMessage(fields), keys.privateKey) };
  await tx.run('INSERT INTO audit_checkpoints (n, seq, head_mac, time, signature) VALUES (?, ?, ?, ?, ?)', [row.n, row.seq, row.head_mac, row.time, row.signature]);
  return row;
}

export function readCheckpoints(ex: SqlExecutor): Promise<CheckpointRow[]> {
  return ex.all<CheckpointRow>('SELECT n, seq, head_mac, time, signature FROM audit_checkpoints ORDER BY n');
}
