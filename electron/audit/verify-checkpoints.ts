// Checks signed checkpoints, from the vault and from an exported file, against the verified chain.
import { chainedSignatures, type CheckpointRow } from './checkpoints';
import type { ChainWalk } from './verify-chain';
import type { Finding } from './verify-finding';

/**
 * The vault's own checkpoint table: the signatures hold along the key chain from the anchor, numbers
 * run 1..k, seqs only increase. A checkpoint whose signature fails (altered, forged, or signed by a key
 * that is not its predecessor's successor) ends the trusted part of the chain.
 */
export function checkVaultCheckpoints(rows: readonly CheckpointRow[], anchorRaw: Buffer): { valid: CheckpointRow[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const { valid, firstBad } = chainedSignatures(rows, anchorRaw);
  if (firstBad) {
    findings.push({ seq: firstBad.seq, damage: 'changed', detail: `Checkpoint ${firstBad.n} (entry ${firstBad.seq}) was altered or forged: its signature does not hold along the key chain from the setup anchor.` });
  }
  let lastN = 0;
  let lastSeq = 0;
  for (const cp of rows) {
    if (cp.n !== lastN + 1) {
      findings.push({ seq: lastSeq + 1, damage: 'deleted', detail: `Checkpoint ${lastN + 1} was deleted from the vault: entries after ${lastSeq} lost its protection.` });
    } else if (cp.seq <= lastSeq) {
      findings.push({ seq: cp.seq, damage: 'reordered', detail: `Checkpoint ${cp.n} covers entry ${cp.seq}, which is not after checkpoint ${lastN}.` });
    }
    lastN = cp.n;
    lastSeq = Math.max(lastSeq, cp.seq);
  }
  return { valid, findings };
}

/**
 * Every checkpoint must point at an entry that exists and whose stored MAC is the signed head MAC.
 * `lastSeq` is the highest seq in the log; `timeAt` reads an entry's time.
 */
export async function checkAgainstChain(
  checkpoints: readonly CheckpointRow[],
  chain: ChainWalk,
  lastSeq: number,
  source: string,
  timeAt: (seq: number) => Promise<string | null>,
): Promise<Finding | null> {
  let lastGood = 0;
  for (const cp of [...checkpoints].sort((a, b) => a.seq - b.seq)) {
    if (cp.seq > lastSeq) {
      return {
        seq: lastSeq + 1,
        damage: 'truncated',
        detail: `The log ends at entry ${lastSeq}, but ${source} checkpoint ${cp.n} was signed at entry ${cp.seq}: entries were removed from the end, or an older copy of the vault was put back.`,
      };
    }
    const stored = chain.macAt.get(cp.seq);
    if (!stored) continue; // Past a chain break, which is reported on its own.
    if (!stored.equals(cp.head_mac)) {
      // An entry newer than the checkpoint sitting at its seq: the log was cut back and grew again.
      const regrown = ((await timeAt(cp.seq)) ?? '') > cp.time;
      return {
        seq: lastGood + 1,
        damage: regrown ? 'truncated' : 'changed',
        detail: regrown
          ? `Entries after ${lastGood} differ from ${source} checkpoint ${cp.n} (entry ${cp.seq}), and newer entries sit in their place: the log was cut back, or an older copy of the vault restored, and then written to again.`
          : `Entries between ${lastGood + 1} and ${cp.seq} were rewritten: the log no longer matches ${source} checkpoint ${cp.n}, although each MAC was recomputed.`,
      };
    }
    lastGood = cp.seq;
  }
  return null;
}

/** Checkpoints in the exported file that the vault's own table has lost or that differ from it. */
export function checkFileAgainstVault(file: readonly CheckpointRow[], vault: readonly CheckpointRow[], lastSeq: number): Finding | null {
  const byN = new Map(vault.map((c) => [c.n, c]));
  for (const cp of file) {
    if (cp.seq > lastSeq) continue; // Reported as truncation.
    const own = byN.get(cp.n);
    if (!own) return { seq: cp.seq, damage: 'deleted', detail: `Checkpoint ${cp.n} (entry ${cp.seq}) is in the exported file but missing from the vault.` };
    if (own.seq !== cp.seq || !own.head_mac.equals(cp.head_mac)) {
      return { seq: Math.min(own.seq, cp.seq), damage: 'changed', detail: `Checkpoint ${cp.n} in the vault differs from the exported copy.` };
    }
  }
  return null;
}
