import { describe, expect, it } from 'vitest';
import type { SummaryProvenance } from '../../shared/contract/model';
import { SUMMARY_FORMAT, SUMMARY_FORMAT_VERSION, type StructuredSummary } from '../../shared/summary-format';
import { ProvenanceCache, sha256Hex } from './provenance-cache';

const provenance = { promptVersion: 'summary-v2', stopReason: 'eos' } as unknown as SummaryProvenance;
const summary: StructuredSummary = { format: SUMMARY_FORMAT, version: SUMMARY_FORMAT_VERSION, style: 'brief', sections: [{ title: 'Summary', statements: [{ text: 'A.', evidence: ['a'] }] }] };
const ID = '3f1c9a52-0a8e-4a55-9d0b-2a7a9e1c3b11';

describe('binding a save to its generation', () => {
  it('attaches the provenance and the hash to the very text the model produced', () => {
    const cache = new ProvenanceCache();
    cache.put(ID, { provenance, text: '- A.', structured: summary, incomplete: true });
    expect(cache.bind(ID, '- A.', summary)).toEqual({ provenance, content: { structured: summary, generatedSha256: sha256Hex('- A.'), incomplete: true } });
    // Taken once: a second save of the same generation carries nothing.
    expect(cache.bind(ID, '- A.', summary).provenance).toBeNull();
  });

  it('saves changed text as the clinician’s own, with no provenance', () => {
    const cache = new ProvenanceCache();
    cache.put(ID, { provenance, text: '- A.', structured: summary, incomplete: true });
    expect(cache.bind(ID, '- B.', null)).toEqual({ provenance: null, content: { structured: null, generatedSha256: null, incomplete: false } });
    cache.put(ID, { provenance, text: '- A.', structured: summary, incomplete: false });
    const other = { ...summary, sections: [{ title: 'Summary', statements: [{ text: 'A.', evidence: ['not the model’s'] }] }] };
    expect(cache.bind(ID, '- A.', other).provenance).toBeNull();
    expect(cache.bind(null, '- A.', null).provenance).toBeNull();
  });
});
