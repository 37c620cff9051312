import { describe, expect, it } from 'vitest';
import { resolveQuotes } from './resolve-quotes';

const NOTE = `ASSESSMENT:\n  Allergic  rhinitis.\nPLAN: 1.  She will try Zyrtec instead of Allegra again.  Another option will be to use loratadine.\n2. Samples of Nasonex two sprays in each nostril given for three weeks.`;

function at(span: { start: number; end: number } | null): string | null {
  return span ? NOTE.slice(span.start, span.end) : null;
}

describe('resolveQuotes', () => {
  it('finds exact quotes with their offsets', () => {
    const [q] = resolveQuotes(NOTE, ['She will try Zyrtec instead of Allegra again.']);
    expect(q).toMatchObject({ match: 'exact', score: 1 });
    expect(at(q!.span)).toBe('She will try Zyrtec instead of Allegra again.');
  });

  it('matches across whitespace, case and punctuation and maps offsets back to the note', () => {
    const [a, b] = resolveQuotes(NOTE, ['allergic rhinitis', 'PLAN 1 she will try zyrtec']);
    expect(a!.match).toBe('normalized');
    expect(at(a!.span)).toBe('Allergic  rhinitis');
    expect(b!.match).toBe('normalized');
    expect(at(b!.span)).toBe('PLAN: 1.  She will try Zyrtec');
  });

  it('prefers whole words', () => {
    const note = 'Painful swelling. Pain in the knee.';
    const [q] = resolveQuotes(note, ['pain']);
    expect(note.slice(q!.span!.start, q!.span!.end)).toBe('Pain');
    expect(q!.span!.start).toBe(18);
  });

  it('tolerates a slightly misquoted passage above the threshold', () => {
    const [q] = resolveQuotes(NOTE, ['Samples of Nasonex, two sprays in each nostril, were given for three weeks']);
    expect(q!.match).toBe('fuzzy');
    expect(q!.score).toBeGreaterThanOrEqual(0.8);
    expect(at(q!.span)).toBe('Samples of Nasonex two sprays in each nostril given for three weeks');
  });

  it('joins the pieces of a quote elided with "..." when they are in order and close', () => {
    const [q, far] = resolveQuotes(NOTE, ['She will try Zyrtec ... use loratadine', 'use loratadine ... Singulair at night']);
    expect(q!.match).toBe('normalized');
    expect(at(q!.span)).toBe('She will try Zyrtec instead of Allegra again.  Another option will be to use loratadine');
    expect(far!.match).toBe('missing');
  });

  it('reports quotes that are not in the note, including short near-misses and empty quotes', () => {
    const r = resolveQuotes(NOTE, ['She was started on montelukast for asthma control', 'Claritin', '  ']);
    expect(r.map((q) => q.match)).toEqual(['missing', 'missing', 'missing']);
    expect(r.every((q) => q.span === null && q.score === 0)).toBe(true);
  });
});
