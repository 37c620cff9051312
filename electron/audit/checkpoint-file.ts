// The exported checkpoints file: sequence numbers, head MACs, times, signatures and the public key.
// No patient data, no user ids; it is meant for removable media or a printout.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { AppFailure } from '../base/app-failure';
import { writeFileAtomic } from './atomic-write';
import { chainedSignatures, type CheckpointRow } from './checkpoints';

export const CHECKPOINT_FILE_FORMAT = 'lockscribe-audit-checkpoints';

const Hex = z.string().regex(/^([0-9a-f]{2})+$/);
const Base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);

const CheckpointFileSchema = z.object({
  format: z.literal(CHECKPOINT_FILE_FORMAT),
  version: z.literal(2),
  /** The checkpoint key chain's first public key, fixed at setup. */
  anchor: Base64,
  exportedAt: z.string(),
  checkpoints: z.array(
    z.object({
      n: z.number().int().min(1),
      seq: z.number().int().min(1),
      headMac: Hex,
      time: z.string().max(64),
      nextPublicKey: Base64,
      signature: Base64,
    }),
  ),
});

export async function writeCheckpointFile(target: string, anchorRaw: Buffer, checkpoints: readonly CheckpointRow[], exportedAt: string): Promise<void> {
  const body = {
    format: CHECKPOINT_FILE_FORMAT,
    version: 2,
    anchor: anchorRaw.toString('base64'),
    exportedAt,
    checkpoints: checkpoints.map((c) => ({
      n: c.n,
      seq: c.seq,
      headMac: c.head_mac.toString('hex'),
      time: c.time,
      nextPublicKey: c.next_public_key.toString('base64'),
      signature: c.signature.toString('base64'),
    })),
  };
  const text = `${JSON.stringify(body, null, 1)}\n`;
  await writeFileAtomic(target, async function* () {
    yield text;
  });
}

/**
 * Reads and checks a checkpoints file: it must be ours, for this vault (same public key), and every
 * signature must hold. Problems with the file itself are errors, not damage to the log.
 */
export async function readCheckpointFile(source: string, expectedAnchorRaw: Buffer): Promise<CheckpointRow[]> {
  let parsed: z.infer<typeof CheckpointFileSchema>;
  try {
    parsed = CheckpointFileSchema.parse(JSON.parse(await readFile(source, 'utf8')));
  } catch (e) {
    if (e instanceof Error && 'code' in e) throw new AppFailure('IO_ERROR', 'The checkpoints file could not be read.');
    throw new AppFailure('INVALID_REQUEST', 'That is not a Lockscribe checkpoints file.');
  }
  if (!Buffer.from(parsed.anchor, 'base64').equals(expectedAnchorRaw)) {
    throw new AppFailure('INVALID_REQUEST', 'The checkpoints file belongs to a different vault.');
  }
  const rows: CheckpointRow[] = parsed.checkpoints.map((c) => ({
    n: c.n,
    seq: c.seq,
    head_mac: Buffer.from(c.headMac, 'hex'),
    time: c.time,
    next_public_key: Buffer.from(c.nextPublicKey, 'base64'),
    signature: Buffer.from(c.signature, 'base64'),
  }));
  const { firstBad } = chainedSignatures(rows, expectedAnchorRaw);
  if (firstBad) throw new AppFailure('INVALID_REQUEST', `The checkpoints file has been altered (checkpoint ${firstBad.n}).`);
  return rows;
}
