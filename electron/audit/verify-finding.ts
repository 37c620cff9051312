import type { AuditDamage } from '../../shared/contract/audit';

/** One problem verification found; the report names the one with the lowest seq. */
export interface Finding {
  readonly seq: number;
  readonly damage: AuditDamage;
  readonly detail: string;
}

export function firstFinding(findings: readonly Finding[]): Finding | null {
  let best: Finding | null = null;
  for (const f of findings) if (!best || f.seq < best.seq) best = f;
  return best;
}
