// Verification: recompute the MAC chain, then hold it against the signed checkpoints (the vault's own
// and, if given, an exported file). Reports the first damaged entry and the most likely kind of damage.
import type { KeyObject } from 'node:crypto';
import type { AuditVerifyReport } from '../../shared/contract/audit';
import type { SqlExecutor } from '../db/sql-database';
import type { EpochKeys } from './audit-keys';
import { readCheckpoints, type CheckpointRow } from './checkpoints';
import { walkChain } from './verify-chain';
import { timeAt } from './audit-rows';
import { checkAgainstChain, checkFileAgainstVault, checkVaultCheckpoints } from './verify-checkpoints';
import { firstFinding, type Finding } from './verify-finding';

export interface VerifyInputs {
  readonly db: SqlExecutor;
  readonly macKeys: EpochKeys;
  readonly publicKey: KeyObject;
  /** Checkpoints from an exported file, already checked to be signed by this vault. */
  readonly fileCheckpoints: readonly CheckpointRow[] | null;
}

/** Said whenever the log verifies: the one kind of damage no check here can see. */
export const UNDETECTABLE_TAIL =
  'Entries written after the last signed checkpoint are protected by the MAC chain only: if entries were removed from the very end of the log after that checkpoint, verification cannot tell. Export checkpoints regularly to keep that window small.';

export async function verifyAuditLog(inp: VerifyInputs): Promise<AuditVerifyReport> {
  // Checkpoints before entries: the log only grows, so every checkpoint read refers to rows already there.
  const vaultRows = await readCheckpoints(inp.db);
  const vault = checkVaultCheckpoints(vaultRows, inp.publicKey);
  const file = inp.fileCheckpoints ?? [];
  const wanted = new Set([...vault.valid, ...file].map((c) => c.seq));

  const chain = await walkChain(inp.db, inp.macKeys, wanted);
  const tail = await inp.db.get<{ n: number; last: number | null }>('SELECT count(*) AS n, max(seq) AS last FROM audit_log');
  const entries = tail?.n ?? 0;
  const lastSeq = tail?.last ?? 0;

  const findings: Finding[] = [...vault.findings];
  if (chain.finding) findings.push(chain.finding);
  const lookupTime = (seq: number) => timeAt(inp.db, seq);
  const againstVault = await checkAgainstChain(vault.valid, chain, lastSeq, 'the vault’s', lookupTime);
  if (againstVault) findings.push(againstVault);
  if (inp.fileCheckpoints) {
    const againstFile = await checkAgainstChain(file, chain, lastSeq, 'exported', lookupTime);
    if (againstFile) findings.push(againstFile);
    const missing = checkFileAgainstVault(file, vault.valid, lastSeq);
    if (missing) findings.push(missing);
  }

  const checkpoints = new Set([...vaultRows, ...file].map((c) => c.n)).size;
  const first = firstFinding(findings);
  if (first) {
    return { ok: false, entries, checkpoints, firstBadSeq: first.seq, damage: first.damage, detail: first.detail };
  }
  const lastCheckpoint = Math.max(0, ...vault.valid.map((c) => c.seq), ...file.map((c) => c.seq));
  const against = inp.fileCheckpoints ? ' and the exported checkpoints file' : '';
  const covered = lastCheckpoint > 0 ? `The last checkpoint covers entry ${lastCheckpoint}.` : 'No checkpoint has been signed yet.';
  const detail = `All ${entries} entries verified against ${checkpoints} signed checkpoint${checkpoints === 1 ? '' : 's'}${against}. ${covered} ${UNDETECTABLE_TAIL}`;
  return { ok: true, entries, checkpoints, firstBadSeq: null, damage: null, detail };
}
