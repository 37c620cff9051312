import { createHash } from 'node:crypto';
import type { SummaryProvenance } from '../../shared/contract/model';
import type { StructuredSummary } from '../../shared/summary-format';
import type { VersionContent } from '../vault/notes';

/** What main recorded about one generation: its provenance, bound to the exact text it produced. */
export interface GenerationRecord {
  readonly provenance: SummaryProvenance;
  readonly text: string;
  readonly structured: StructuredSummary | null;
  readonly incomplete: boolean;
}

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** What a saved version carries: the generation's provenance only for the very text it produced. */
export interface SaveBinding {
  readonly provenance: SummaryProvenance | null;
  readonly content: VersionContent;
}

/**
 * Provenance of recent generations, recorded by main itself, so a saved summary carries what
 * really produced it rather than what the renderer claims. Small, and emptied on lock.
 */
export class ProvenanceCache {
  private readonly entries = new Map<string, GenerationRecord>();
  constructor(private readonly max = 20) {}

  put(requestId: string, record: GenerationRecord): void {
    this.entries.set(requestId, record);
    while (this.entries.size > this.max) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  take(requestId: string | null): GenerationRecord | null {
    if (requestId === null) return null;
    const p = this.entries.get(requestId) ?? null;
    this.entries.delete(requestId);
    return p;
  }

  /**
   * Binds a save to the generation it names. Text whose hash differs from what the model wrote (or a
   * structured summary that differs from the model's) is a clinician's own text: saved with no
   * provenance, as an edit would be.
   */
  bind(requestId: string | null, text: string, structured: StructuredSummary | null): SaveBinding {
    const gen = this.take(requestId);
    const hash = sha256Hex(text);
    const same =
      gen !== null &&
      sha256Hex(gen.text) === hash &&
      (structured === null || gen.structured === null || JSON.stringify(structured) === JSON.stringify(gen.structured));
    if (!same) return { provenance: null, content: { structured, generatedSha256: null, incomplete: false } };
    return { provenance: gen.provenance, content: { structured: gen.structured, generatedSha256: hash, incomplete: gen.incomplete } };
  }

  clear(): void {
    this.entries.clear();
  }
}
