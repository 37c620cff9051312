// Splits a note too long for the model's context into parts that each fit, along the note's own
// structure: between sections first; a section too big on its own between paragraphs, then lines
// (list items), then sentences; never inside a sentence. Every character of the note is in exactly one
// part, and each part records its [start, end) in the note, so quotes from a part are quotes of the
// note. A part never begins with whitespace: spacing stays with the text before it.
import { AppFailure } from '../base/app-failure';
import { findSections } from '../extractive/sections';
import { splitUnits } from '../extractive/units';

export interface NotePart {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

export interface PartTokens {
  readonly noteTokens: number;
  /** The whole prompt for a part with this text: instructions, delimiters and the text. */
  readonly promptTokens: number;
}

/** Measures candidate parts with the model's own tokenizer. */
export interface PartMeter {
  /** Prompt tokens a part may use (the context minus the room kept for its summary). */
  readonly budget: number;
  count(text: string): Promise<PartTokens>;
}

/** Where a part may begin, strongest first. */
export const CUT_RANK = { section: 3, paragraph: 2, line: 1, sentence: 0 } as const;

const SEPARATOR = /[\s,;]/;

/** Positions a part may start at, with the strongest boundary found there. */
export function cutPoints(note: string): Map<number, number> {
  const cuts = new Map<number, number>();
  // Nothing but whitespace before it: a part starting there would leave an empty one ahead.
  let lead = 0;
  while (lead < note.length && /\s/.test(note[lead]!)) lead++;
  const add = (at: number, rank: number) => {
    if (at <= lead || at >= note.length) return;
    cuts.set(at, Math.max(cuts.get(at) ?? -1, rank));
  };
  const sections = findSections(note);
  for (const s of sections) add(s.headerStart, CUT_RANK.section);
  for (const m of note.matchAll(/\n[ \t]*\r?\n\s*/g)) add(m.index + m[0].length, CUT_RANK.paragraph);
  for (const m of note.matchAll(/\n\s*/g)) add(m.index + m[0].length, CUT_RANK.line);
  // Sentences within each section's text, as the extractive engine reads them (a header that follows a
  // comma in a flattened transcription ends the sentence before it).
  for (const s of sections) {
    let prevEnd = s.bodyStart;
    for (const u of splitUnits(note, s.bodyStart, s.end)) {
      // A list marker ("2.", "-") or other text between two sentences belongs with the sentence after it.
      let at = prevEnd;
      while (at < u.start && SEPARATOR.test(note[at]!)) at++;
      if (at > s.bodyStart) add(at, CUT_RANK.sentence);
      prevEnd = u.end;
    }
  }
  // A header stays with its text: no part ends on a bare header.
  for (const s of sections) {
    const body = firstText(note, s.bodyStart, s.end);
    if (body > s.headerStart && body < s.end) cuts.delete(body);
  }
  return cuts;
}

/** The first position at or after `from` (before `end`) that is not whitespace or a separator. */
export function firstText(note: string, from: number, end: number): number {
  let at = from;
  while (at < end && /[\s,;:]/.test(note[at]!)) at++;
  return at;
}

interface Range {
  readonly start: number;
  readonly end: number;
}

/**
 * The note's parts, in order. Sections that fit are never split; a part holds as many whole pieces
 * as fit. Throws NOTE_TOO_LONG_FOR_MODEL when one sentence alone is too long for a part.
 */
export async function splitNote(note: string, meter: PartMeter): Promise<NotePart[]> {
  const measured = new Map<string, PartTokens>();
  const measure = async (r: Range): Promise<PartTokens> => {
    const key = `${r.start}:${r.end}`;
    let t = measured.get(key);
    if (!t) {
      t = await meter.count(note.slice(r.start, r.end));
      measured.set(key, t);
    }
    return t;
  };
  const fits = async (r: Range) => (await measure(r)).promptTokens <= meter.budget;

  const cuts = cutPoints(note);
  const sortedCuts = [...cuts.keys()].sort((a, b) => a - b);

  const cutsWithin = (r: Range): number[] => {
    let lo = 0;
    let hi = sortedCuts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sortedCuts[mid]! <= r.start) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let k = lo; k < sortedCuts.length && sortedCuts[k]! < r.end; k++) out.push(sortedCuts[k]!);
    return out;
  };

  // Pieces that fit on their own, breaking a range at its strongest boundaries until each fits.
  const atomize = async (r: Range, rank: number): Promise<Range[]> => {
    if (await fits(r)) return [r];
    for (let level = rank; level >= 0; level--) {
      const inside = cutsWithin(r).filter((c) => cuts.get(c)! >= level);
      if (inside.length === 0) continue;
      const edges = [r.start, ...inside, r.end];
      const out: Range[] = [];
      for (let i = 0; i + 1 < edges.length; i++) out.push(...(await atomize({ start: edges[i]!, end: edges[i + 1]! }, level - 1)));
      return out;
    }
    const t = await measure(r);
    throw new AppFailure(
      'NOTE_TOO_LONG_FOR_MODEL',
      `One sentence of the note needs ${t.promptTokens} tokens with the instructions, more than the ${meter.budget} this model allows for a part, and a sentence is never cut. Use a model with a larger context.`,
    );
  };
  if (note.length === 0) return [];
  const atoms = await atomize({ start: 0, end: note.length }, CUT_RANK.section);

  // Packs whole pieces greedily by their measured sizes, then checks each part as a whole (tokens do
  // not add up exactly across a join) and gives back its last pieces until it fits.
  let overhead = 0;
  for (const t of measured.values()) overhead = Math.max(overhead, t.promptTokens - t.noteTokens);
  const parts: NotePart[] = [];
  let i = 0;
  while (i < atoms.length) {
    let j = i + 1;
    let estimate = overhead + (await measure(atoms[i]!)).noteTokens;
    while (j < atoms.length) {
      const next = (await measure(atoms[j]!)).noteTokens;
      if (estimate + next > meter.budget) break;
      estimate += next;
      j++;
    }
    while (j - i > 1 && !(await fits({ start: atoms[i]!.start, end: atoms[j - 1]!.end }))) j--;
    parts.push({ index: parts.length, start: atoms[i]!.start, end: atoms[j - 1]!.end });
    i = j;
  }
  return parts;
}
