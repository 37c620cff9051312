// The splitter on its own, with a word-count meter standing in for the model's tokenizer (the real
// tokenizer is used in long-summarizer.test.ts).
import { describe, expect, it } from 'vitest';
import { findSections } from '../extractive/sections';
import { splitUnits } from '../extractive/units';
import type { AppFailure } from '../base/app-failure';
import { longNote } from './long-note-fixtures';
import { cutPoints, firstText, splitNote, type NotePart, type PartMeter } from './split-note';

const OVERHEAD = 40;
/** Tokens: words and punctuation marks, plus a fixed prompt around them. */
function wordMeter(budget: number): PartMeter & { calls: number } {
  const m = {
    budget,
    calls: 0,
    count: (text: string) => {
      m.calls++;
      const noteTokens = (text.match(/\w+|[^\w\s]/g) ?? []).length;
      return Promise.resolve({ noteTokens, promptTokens: noteTokens + OVERHEAD });
    },
  };
  return m;
}

const tokensOf = (s: string) => (s.match(/\w+|[^\w\s]/g) ?? []).length;

function expectTiles(note: string, parts: readonly NotePart[]): void {
  expect(parts[0]!.start).toBe(0);
  expect(parts.at(-1)!.end).toBe(note.length);
  parts.forEach((p, i) => {
    expect(p.index).toBe(i);
    expect(p.end).toBeGreaterThan(p.start);
    if (i > 0) expect(p.start).toBe(parts[i - 1]!.end);
    // Spacing stays with the text before: a part starts with text.
    if (i > 0) expect(note[p.start]).toMatch(/\S/);
  });
  expect(parts.map((p) => note.slice(p.start, p.end)).join('')).toBe(note);
}

/** Every sentence (as the extractive engine reads them) lies in one part. */
function expectNoSentenceCut(note: string, parts: readonly NotePart[]): void {
  for (const u of findSections(note).flatMap((s) => splitUnits(note, s.bodyStart, s.end))) {
    const owner = parts.find((p) => u.start >= p.start && u.start < p.end)!;
    expect(u.end, JSON.stringify(note.slice(u.start, u.end))).toBeLessThanOrEqual(owner.end);
  }
}

const fitsAll = (note: string, parts: readonly NotePart[], budget: number) =>
  parts.every((p) => tokensOf(note.slice(p.start, p.end)) + OVERHEAD <= budget);

describe('splitNote', () => {
  it('leaves a note that fits whole', async () => {
    const note = longNote({ seed: 1, sentencesPerSection: 4, visits: 1 });
    expect(await splitNote(note, wordMeter(10_000))).toEqual([{ index: 0, start: 0, end: note.length }]);
  });

  it('cuts only between sections when every section fits, packing as many as fit', async () => {
    const note = longNote({ seed: 2, sentencesPerSection: 6, visits: 5 });
    const budget = 260;
    const parts = await splitNote(note, wordMeter(budget));
    expect(parts.length).toBeGreaterThan(2);
    expectTiles(note, parts);
    expect(fitsAll(note, parts, budget)).toBe(true);
    const starts = new Set(findSections(note).map((s) => s.headerStart));
    for (const p of parts.slice(1)) expect(starts.has(p.start)).toBe(true);
    // Greedy: the next section would not have fit in the part before.
    const sections = findSections(note);
    for (const p of parts.slice(0, -1)) {
      const next = sections.find((s) => s.headerStart === p.end)!;
      const after = sections.find((s) => s.headerStart > next.headerStart)?.headerStart ?? note.length;
      expect(tokensOf(note.slice(p.start, after)) + OVERHEAD).toBeGreaterThan(budget);
    }
  });

  it('splits a section too big on its own at paragraphs, then sentences, never inside a sentence', async () => {
    const note = longNote({ seed: 3, sentencesPerSection: 60, visits: 2 });
    for (const budget of [400, 150, 70]) {
      const parts = await splitNote(note, wordMeter(budget));
      expectTiles(note, parts);
      expect(fitsAll(note, parts, budget)).toBe(true);
      expectNoSentenceCut(note, parts);
    }
    // With room for a paragraph, the cuts inside the history fall at paragraph starts.
    const parts = await splitNote(note, wordMeter(150));
    const cuts = cutPoints(note);
    for (const p of parts.slice(1)) expect(cuts.get(p.start)).toBeGreaterThanOrEqual(1);
  });

  it('never leaves a header at the end of a part without its text', async () => {
    const note = longNote({ seed: 7, sentencesPerSection: 30, visits: 3 });
    for (const budget of [90, 130, 200]) {
      const starts = (await splitNote(note, wordMeter(budget))).slice(1).map((p) => p.start);
      for (const s of findSections(note)) if (s.bodyStart > s.headerStart && firstText(note, s.bodyStart, s.end) < s.end) expect(starts).not.toContain(firstText(note, s.bodyStart, s.end));
    }
  });

  it('keeps abbreviations and decimals inside their sentence', async () => {
    const note = 'PLAN:\n' + Array.from({ length: 30 }, (_, i) => `Dr. Lee gave metformin 500 mg b.i.d. and 2.5 mg more on day ${i}.`).join(' ');
    const parts = await splitNote(note, wordMeter(80));
    expect(parts.length).toBeGreaterThan(3);
    for (const p of parts.slice(1)) expect(note.slice(p.start)).toMatch(/^Dr\. Lee/);
  });

  it('handles CRLF line endings: cuts after the line break, every character kept', async () => {
    const note = longNote({ seed: 4, sentencesPerSection: 20, visits: 3, crlf: true });
    const parts = await splitNote(note, wordMeter(120));
    expectTiles(note, parts);
    expectNoSentenceCut(note, parts);
    for (const p of parts) expect(note.slice(0, p.start)).toMatch(/(^|\n|[.:!?]\s*)$/);
  });

  it('splits a note with no sections at paragraphs and sentences', async () => {
    const note = longNote({ seed: 5, sentencesPerSection: 40, visits: 1 }).split('HISTORY OF PRESENT ILLNESS:\n')[1]!.split('\n\nMedications')[0]!;
    expect(findSections(note).every((s) => s.kind === 'preamble')).toBe(true);
    const parts = await splitNote(note, wordMeter(120));
    expect(parts.length).toBeGreaterThan(2);
    expectTiles(note, parts);
    expectNoSentenceCut(note, parts);
  });

  it('keeps list markers with their item', async () => {
    const items = Array.from({ length: 40 }, (_, i) => `${(i % 9) + 1}. Item number ${i} is a short line of plan text.`);
    const note = `PLAN:\n${items.join('\n')}`;
    const parts = await splitNote(note, wordMeter(90));
    for (const p of parts.slice(1)) expect(note.slice(p.start)).toMatch(/^\d\. Item/);
    // Flattened one-line lists too.
    const flat = `PLAN:,${items.join(',')}`;
    for (const p of (await splitNote(flat, wordMeter(90))).slice(1)) expect(flat.slice(p.start)).toMatch(/^\d\. Item/);
  });

  it('refuses, without note text, when a single sentence is too long for a part', async () => {
    const note = `HPI: ${Array.from({ length: 200 }, () => 'pain').join(' ')}.`;
    const e = await splitNote(note, wordMeter(100)).then(
      () => null,
      (x: AppFailure) => x,
    );
    expect(e?.code).toBe('NOTE_TOO_LONG_FOR_MODEL');
    expect(e?.message).not.toMatch(/pain/);
  });

  it('measures each piece about once', async () => {
    const note = longNote({ seed: 6, sentencesPerSection: 8, visits: 8 });
    const meter = wordMeter(300);
    const parts = await splitNote(note, meter);
    expect(meter.calls).toBeLessThan(findSections(note).length * 2 + parts.length * 3);
  });
});
