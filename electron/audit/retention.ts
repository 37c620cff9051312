// Retention policy. HIPAA (45 CFR 164.316(b)(2)) asks for six years of documentation; audit entries
// are kept at least that long. There is deliberately no code path that deletes audit entries at all:
// the triggers refuse DELETE, and entries older than six years are only ever archived (exported and
// kept with the checkpoints file), never pruned. Pruning would have to cut the chain at a signed
// checkpoint and is not implemented.

export const AUDIT_RETENTION_YEARS = 6;

/** Entries at or after this instant are inside the mandatory retention period. */
export function retentionCutoff(now: Date): Date {
  const cutoff = new Date(now.getTime());
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - AUDIT_RETENTION_YEARS);
  return cutoff;
}

/** Whether an entry may leave the vault (be archived elsewhere); it is never deleted in any case. */
export function mayBeArchived(entryTime: string, now: Date): boolean {
  const t = new Date(entryTime).getTime();
  return Number.isFinite(t) && t < retentionCutoff(now).getTime();
}
