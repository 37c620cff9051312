import type { SummaryProvenance } from '../../shared/contract/model';

/**
 * Provenance of recent generations, recorded by main itself, so a saved summary carries what
 * really produced it rather than what the renderer claims. Small, and emptied on lock.
 */
export class ProvenanceCache {
  private readonly entries = new Map<string, SummaryProvenance>();
  constructor(private readonly max = 20) {}

  put(requestId: string, provenance: SummaryProvenance): void {
    this.entries.set(requestId, provenance);
    while (this.entries.size > this.max) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  take(requestId: string | null): SummaryProvenance | null {
    if (requestId === null) return null;
    const p = this.entries.get(requestId) ?? null;
    this.entries.delete(requestId);
    return p;
  }

  clear(): void {
    this.entries.clear();
  }
}
