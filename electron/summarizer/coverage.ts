// Which parts of a note each summary section drew on, and which parts and note sections nothing drew
// on. Each part's quotes are looked for in that part first (the model read only it), then in the
// whole note; a quote found nowhere draws on nothing (the verifier flags it).
import type { CoveragePart, CoverageSection, NoteSectionCoverage, PartStatus, SummaryCoverage } from '../../shared/coverage';
import type { NoteSpan, StructuredSummary } from '../../shared/summary-format';
import { findSections } from '../extractive/sections';
import { prepareNote, resolveQuote, type PreparedNote } from '../verifier/resolve-quotes';
import type { NotePart } from './split-note';

export interface PartOutcome {
  readonly part: NotePart;
  readonly status: PartStatus;
  /** Null when the part was never summarized. */
  readonly summary: StructuredSummary | null;
}

const overlaps = (a: NoteSpan, start: number, end: number) => a.start < end && a.end > start;

/** Sorted, with overlapping and touching spans joined. */
export function mergeSpans(spans: readonly NoteSpan[]): NoteSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: NoteSpan[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else out.push({ ...s });
  }
  return out;
}

export function computeCoverage(note: string, outcomes: readonly PartOutcome[]): SummaryCoverage {
  let whole: PreparedNote | null = null;
  // Parts often repeat a quote; the whole-note search (which may align word by word) runs once per quote.
  const inWhole = new Map<string, NoteSpan | null>();
  const spansBySection = new Map<string, NoteSpan[]>();
  for (const o of outcomes) {
    if (!o.summary) continue;
    const local = prepareNote(note.slice(o.part.start, o.part.end));
    for (const section of o.summary.sections) {
      const spans = spansBySection.get(section.title) ?? [];
      spansBySection.set(section.title, spans);
      for (const quote of section.statements.flatMap((s) => s.evidence)) {
        const inPart = resolveQuote(local, quote).span;
        if (inPart) {
          spans.push({ start: inPart.start + o.part.start, end: inPart.end + o.part.start });
          continue;
        }
        whole ??= prepareNote(note);
        let inNote = inWhole.get(quote);
        if (inNote === undefined) {
          inNote = resolveQuote(whole, quote).span;
          inWhole.set(quote, inNote);
        }
        if (inNote) spans.push(inNote);
      }
    }
  }
  const sections: CoverageSection[] = [...spansBySection].map(([title, raw]) => {
    const spans = mergeSpans(raw);
    const parts = outcomes.filter((o) => spans.some((s) => overlaps(s, o.part.start, o.part.end))).map((o) => o.part.index);
    return { title, parts, spans };
  });
  const drawnOn = (start: number, end: number) => sections.filter((s) => s.spans.some((sp) => overlaps(sp, start, end))).map((s) => s.title);

  const found = findSections(note);
  const noteSections: NoteSectionCoverage[] = found.map((s) => ({ title: s.title, start: s.headerStart, end: s.end, drawnOnBy: drawnOn(s.headerStart, s.end) }));
  const parts: CoveragePart[] = outcomes.map((o) => ({
    index: o.part.index,
    start: o.part.start,
    end: o.part.end,
    status: o.status,
    noteSections: found.filter((s) => s.headerStart >= o.part.start && s.headerStart < o.part.end && s.title !== '').map((s) => s.title),
    drawnOnBy: drawnOn(o.part.start, o.part.end),
  }));
  return {
    parts,
    sections,
    noteSections,
    uncoveredParts: parts.filter((p) => p.drawnOnBy.length === 0).map((p) => p.index),
    uncoveredNoteSections: noteSections.flatMap((s, i) => (s.drawnOnBy.length === 0 ? [i] : [])),
  };
}
