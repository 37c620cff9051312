// Signed checkpoints: every CHECKPOINT_EVERY entries, at every session end and on demand, the head of
// the chain is signed by the current key of the checkpoint key chain, which also signs its successor's
// public key and is then replaced (audit-keys.ts). Exported to removable media they also catch an older
// copy of the vault put back in place.
import { sign, verify, type KeyObject } from 'node:crypto';
import type { SqlExecutor } from '../db/sql-database';
import { encodeFields } from './audit-canonical';
import { newSigningSeed, publicKeyFromRaw, signingKeyFromSeed } from './audit-keys';

export interface CheckpointRow {
  readonly n: number;
  readonly seq: number;
  readonly head_mac: Buffer;
  readonly time: string;
  /** The public key that signs checkpoint n+1. */
  readonly next_public_key: Buffer;
  readonly signature: Buffer;
}

const CHECKPOINT_MAGIC = 'lockscribe-audit-checkpoint-v2';

export function checkpointMessage(c: Omit<CheckpointRow, 'signature'>): Buffer {
  return encodeFields(CHECKPOINT_MAGIC, [c.n, c.seq], [c.head_mac, c.time, c.next_public_key]);
}

export function signatureValid(publicKey: KeyObject, c: CheckpointRow): boolean {
  try {
    return verify(null, checkpointMessage(c), publicKey, c.signature);
  } catch {
    return false;
  }
}

/**
 * Checks the key chain from the anchor: checkpoint n must be signed by the key checkpoint n-1 named
 * (the anchor for n = 1). Returns the rows whose signatures hold, in order, until the first that fails.
 */
export function chainedSignatures(rows: readonly CheckpointRow[], anchorRaw: Buffer): { valid: CheckpointRow[]; firstBad: CheckpointRow | null } {
  const valid: CheckpointRow[] = [];
  let key = anchorRaw;
  for (const row of [...rows].sort((a, b) => a.n - b.n)) {
    let ok = false;
    try {
      ok = signatureValid(publicKeyFromRaw(key), row);
    } catch {
      ok = false;
    }
    if (!ok) return { valid, firstBad: row };
    valid.push(row);
    key = row.next_public_key;
  }
  return { valid, firstBad: null };
}

export interface SignerState {
  readonly n: number;
  readonly seed: Buffer;
}

/**
 * Signs the head (seq, headMac) as checkpoint signer.n + 1, inside `tx`, and returns the next signer
 * (the caller stores it and wipes the old seed). Null if that seq already has a checkpoint.
 */
export async function writeCheckpoint(tx: SqlExecutor, signer: SignerState, seq: number, headMac: Buffer, time: string): Promise<SignerState | null> {
  const existing = await tx.get<{ n: number }>('SELECT n FROM audit_checkpoints WHERE seq >= ? LIMIT 1', [seq]);
  if (existing) return null;
  const nextSeed = newSigningSeed();
  const next = signingKeyFromSeed(nextSeed);
  const fields = { n: signer.n + 1, seq, head_mac: headMac, time, next_public_key: next.publicKeyRaw };
  const signature = sign(null, checkpointMessage(fields), signingKeyFromSeed(signer.seed).privateKey);
  await tx.run('INSERT INTO audit_checkpoints (n, seq, head_mac, time, next_public_key, signature) VALUES (?, ?, ?, ?, ?, ?)', [
    fields.n, seq, headMac, time, next.publicKeyRaw, signature,
  ]);
  const updated = await tx.run('UPDATE audit_state SET sign_n = ?, sign_seed = ? WHERE id = 1 AND sign_n = ?', [fields.n, nextSeed, signer.n]);
  if (updated.changes !== 1) throw new Error('audit signer state moved');
  return { n: fields.n, seed: nextSeed };
}

export function readCheckpoints(ex: SqlExecutor): Promise<CheckpointRow[]> {
  return ex.all<CheckpointRow>('SELECT n, seq, head_mac, time, next_public_key, signature FROM audit_checkpoints ORDER BY n');
}
