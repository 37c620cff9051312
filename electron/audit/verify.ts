// Verification: recompute the MAC chain, then hold it against the signed checkpoints (the vault's own
// and, if given, an exported file). Reports the first damaged entry and the most likely kind of damage.
import type { AuditVerifyReport } from '../../shared/contract/audit';
import type { SqlExecutor } from '../db/sql-database';
import { anchorFingerprint, type ChainKeys } from './audit-keys';
import { readCheckpoints, type CheckpointRow } from './checkpoints';
import { walkChain } from './verify-chain';
import { timeAt } from './audit-rows';
import { checkAgainstChain, checkFileAgainstVault, checkVaultCheckpoints } from './verify-checkpoints';
import { firstFinding, type Finding } from './verify-finding';

export interface VerifyInputs {
  readonly db: SqlExecutor;
  readonly macKeys: ChainKeys;
  /** The checkpoint key chain's first public key (keyring; printed at setup as a fingerprint). */
  readonly anchor: Buffer;
  /** Checkpoints from an exported file, already checked to be signed by this vault. */
  readonly fileCheckpoints: readonly CheckpointRow[] | null;
}

/** Said whenever the log verifies: the one kind of damage no check here can see. */
export const UNDETECTABLE_TAIL =
  'Entries after the last signed checkpoint are protected by the MAC chain and the app\'s key state: removing them from the very end is detected unless an older copy of the whole vault is put back as well, which only an exported checkpoints file can reveal. Every session end signs a checkpoint; export checkpoints regularly.';

export async function verifyAuditLog(inp: VerifyInputs): Promise<AuditVerifyReport> {
  // Checkpoints before entries: the log only grows, so every checkpoint read refers to rows already there.
  const vaultRows = await readCheckpoints(inp.db);
  const vault = checkVaultCheckpoints(vaultRows, inp.anchor);
  const file = inp.fileCheckpoints ?? [];
  const wanted = new Set([...vault.valid, ...file].map((c) => c.seq));

  const chain = await walkChain(inp.db, inp.macKeys, wanted);
  const tail = await inp.db.get<{ n: number; last: number | null }>('SELECT count(*) AS n, max(seq) AS last FROM audit_log');
  const entries = tail?.n ?? 0;
  const lastSeq = tail?.last ?? 0;

  const findings: Finding[] = [...vault.findings];
  if (chain.finding) findings.push(chain.finding);
  const state = await stateFinding(inp, chain.verifiedTo, lastSeq);
  if (state) findings.push(state);
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
  const rollbacks = await inp.db.all<{ reason: string }>("SELECT reason FROM audit_log WHERE action = 'vault.restore' AND outcome = 'success' AND reason LIKE 'rolled back%' ORDER BY seq");
  const rolled = rollbacks.map((r) => ` The log was ${r.reason} (a restore).`).join('');
  const anchor = `Anchored to setup key ${anchorFingerprint(inp.anchor)} (compare with the fingerprint printed with the recovery code).`;
  const detail = `${anchor}${rolled} All ${entries} entries verified against ${checkpoints} signed checkpoint${checkpoints === 1 ? '' : 's'}${against}. ${covered} ${UNDETECTABLE_TAIL}`;
  return { ok: true, entries, checkpoints, firstBadSeq: null, damage: null, detail };
}

/** The writer's state must follow the log's tail: next_seq and the MAC key for it, derived from the first key. */
async function stateFinding(inp: VerifyInputs, verifiedTo: number, lastSeq: number): Promise<Finding | null> {
  const state = await inp.db.get<{ next_seq: number; mac_key: Buffer }>('SELECT next_seq, mac_key FROM audit_state WHERE id = 1');
  if (!state) return { seq: lastSeq + 1, damage: 'changed', detail: 'The audit log\'s key state is missing: the log can no longer be extended safely.' };
  if (state.next_seq > lastSeq + 1) {
    return {
      seq: lastSeq + 1,
      damage: 'truncated',
      detail: `The log ends at entry ${lastSeq}, but the app's own key state shows ${state.next_seq - 1} entries were written: entries were removed from the end.`,
    };
  }
  if (verifiedTo === lastSeq && (state.next_seq !== lastSeq + 1 || !inp.macKeys.forSeq(lastSeq + 1).equals(state.mac_key))) {
    return { seq: lastSeq + 1, damage: 'changed', detail: 'The audit log\'s key state was replaced: it does not follow from the first key.' };
  }
  return null;
}
