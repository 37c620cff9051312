// Coverage with real part summaries: the extractive engine summarizes each part (its statements quote
// the part verbatim), so every quote must land in the note where the part lies.
import { describe, expect, it } from 'vitest';
import type { StructuredSummary } from '../../shared/summary-format';
import { extractiveSummary } from '../extractive/extractive-summary';
import { findSections } from '../extractive/sections';
import { computeCoverage, mergeSpans, type PartOutcome } from './coverage';
import { longNote } from './long-note-fixtures';
import { splitNote } from './split-note';
import { mergePartSummaries } from './merge-parts';
import { verifySummary } from '../verifier/verify-summary';

const meter = (budget: number) => ({
  budget,
  count: (t: string) => {
    const n = (t.match(/\w+|[^\w\s]/g) ?? []).length;
    return Promise.resolve({ noteTokens: n, promptTokens: n + 30 });
  },
});

describe('computeCoverage', () => {
  it('maps each section’s evidence to the parts it came from and finds every part drawn on', async () => {
    const note = longNote({ seed: 11, sentencesPerSection: 10, visits: 4 });
    const parts = await splitNote(note, meter(250));
    expect(parts.length).toBeGreaterThan(3);
    const outcomes: PartOutcome[] = parts.map((part) => ({ part, status: 'summarized', summary: extractiveSummary(note.slice(part.start, part.end), 'soap') }));
    const c = computeCoverage(note, outcomes);
    expect(c.parts.map((p) => [p.start, p.end])).toEqual(parts.map((p) => [p.start, p.end]));
    expect(c.uncoveredParts).toEqual([]);
    for (const o of outcomes) {
      for (const section of o.summary!.sections) {
        if (section.statements.length === 0) continue;
        expect(c.sections.find((s) => s.title === section.title)!.parts).toContain(o.part.index);
      }
    }
    // Every span is where its words are.
    for (const s of c.sections) for (const sp of s.spans) expect(sp.end).toBeGreaterThan(sp.start);
    expect(c.noteSections.length).toBe(findSections(note).length);
    expect(c.parts.flatMap((p) => p.noteSections).length).toBeGreaterThan(0);
  });

  it('the merged summary’s quotes are quotes of the whole note, where their part lies', async () => {
    const note = longNote({ seed: 13, sentencesPerSection: 12, visits: 3, crlf: false });
    const parts = await splitNote(note, meter(220));
    const summaries = parts.map((p) => extractiveSummary(note.slice(p.start, p.end), 'soap'));
    const merged = mergePartSummaries('soap', summaries).summary;
    const report = verifySummary(note, merged);
    expect(report.counts.statements).toBeGreaterThan(parts.length);
    const quotes = report.statements.flatMap((st) => st.quotes);
    expect(quotes.every((q) => q.match === 'exact' && q.span !== null)).toBe(true);
    const c = computeCoverage(note, parts.map((part, i) => ({ part, status: 'summarized', summary: summaries[i]! })));
    // Every quote's span in the note lies in a part its section drew on.
    for (const st of report.statements) {
      const title = merged.sections[st.section]!.title;
      const drew = c.sections.find((s) => s.title === title)!;
      for (const q of st.quotes) expect(drew.spans.some((sp) => sp.start <= q.span!.start && q.span!.end <= sp.end) || c.parts.some((p) => p.drawnOnBy.includes(title) && p.start <= q.span!.start && q.span!.end <= p.end)).toBe(true);
    }
  });

  it('shows the parts and note sections nothing drew on', async () => {
    const note = longNote({ seed: 12, sentencesPerSection: 6, visits: 3 });
    const parts = await splitNote(note, meter(200));
    const outcomes: PartOutcome[] = parts.map((part, i) => ({
      part,
      status: i < 2 ? 'summarized' : 'not-summarized',
      summary: i < 2 ? extractiveSummary(note.slice(part.start, part.end), 'brief') : null,
    }));
    const c = computeCoverage(note, outcomes);
    expect(c.uncoveredParts).toEqual(parts.slice(2).map((p) => p.index));
    expect(c.parts[2]!.status).toBe('not-summarized');
    const lastSection = c.noteSections.length - 1;
    expect(c.uncoveredNoteSections).toContain(lastSection);
    expect(c.noteSections[0]!.drawnOnBy.length + c.noteSections[1]!.drawnOnBy.length).toBeGreaterThan(0);
  });

  it('finds a quote of another part in the whole note, and ignores quotes found nowhere', () => {
    const note = 'HPI: Cough for two weeks.\n\nPLAN: Chest X-ray today.';
    const cut = note.indexOf('PLAN');
    const summary: StructuredSummary = {
      format: 'lockscribe-summary',
      version: 1,
      style: 'brief',
      sections: [{ title: 'Summary', statements: [{ text: 'X-ray.', evidence: ['Chest X-ray today'] }, { text: 'Made up.', evidence: ['zebra stampede at noon'] }] }],
    };
    const c = computeCoverage(note, [
      { part: { index: 0, start: 0, end: cut }, status: 'summarized', summary },
      { part: { index: 1, start: cut, end: note.length }, status: 'summarized', summary: null },
    ]);
    expect(c.sections[0]!.spans).toEqual([{ start: note.indexOf('Chest'), end: note.indexOf('Chest') + 'Chest X-ray today'.length }]);
    expect(c.sections[0]!.parts).toEqual([1]);
    expect(c.uncoveredParts).toEqual([0]);
  });

  it('joins overlapping spans', () => {
    expect(mergeSpans([{ start: 5, end: 9 }, { start: 0, end: 3 }, { start: 8, end: 12 }, { start: 12, end: 14 }])).toEqual([{ start: 0, end: 3 }, { start: 5, end: 14 }]);
  });
});
