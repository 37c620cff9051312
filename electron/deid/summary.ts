// Counts per kind: what an audit entry may record about a de-identification (never the text).
import type { DeidFinding, DeidKind } from './kinds';

export function countByKind(findings: readonly DeidFinding[]): Partial<Record<DeidKind, number>> {
  const counts: Partial<Record<DeidKind, number>> = {};
  for (const f of findings) counts[f.kind] = (counts[f.kind] ?? 0) + 1;
  return counts;
}
