// Turns a summary's coverage into the rows the coverage view lists: each part of the note, the note's
// own sections in it, which summary sections drew on it, and whether it was summarized at all.
import type { PartStatus, SummaryCoverage } from '../../../shared/coverage';
import { formatInt } from './format';

export interface CoverageRow {
  readonly index: number;
  readonly label: string;
  /** "characters 1–2,340" (1-based, inclusive, for people). */
  readonly range: string;
  readonly noteSections: string;
  readonly drawnOnBy: string;
  readonly status: PartStatus;
  readonly uncovered: boolean;
}

export interface CoverageViewModel {
  readonly rows: readonly CoverageRow[];
  readonly headline: string;
  /** Note sections no statement drew on, by title ("opening text" for text before the first header). */
  readonly uncoveredSections: readonly string[];
}

export const STATUS_WORDS: Record<PartStatus, string> = {
  summarized: 'summarized',
  partial: 'cut short',
  'not-summarized': 'not summarized',
};

/** "3", "3 and 5", "2, 3 and 5". */
export function listNumbers(ns: readonly number[]): string {
  const s = ns.map(String);
  return s.length <= 1 ? (s[0] ?? '') : `${s.slice(0, -1).join(', ')} and ${s.at(-1)!}`;
}

export function coverageView(c: SummaryCoverage): CoverageViewModel {
  const rows = c.parts.map((p) => ({
    index: p.index,
    label: `Part ${p.index + 1}`,
    range: `characters ${formatInt(p.start + 1)}–${formatInt(p.end)}`,
    noteSections: p.noteSections.length > 0 ? p.noteSections.join(', ') : 'no headed section starts here',
    drawnOnBy: p.drawnOnBy.length > 0 ? p.drawnOnBy.join(', ') : 'nothing drew on this part',
    status: p.status,
    uncovered: p.drawnOnBy.length === 0,
  }));
  const skipped = c.parts.filter((p) => p.status === 'not-summarized').map((p) => p.index + 1);
  const uncovered = c.uncoveredParts.map((i) => i + 1);
  const n = c.parts.length;
  const headline =
    skipped.length > 0
      ? `Stopped: part${skipped.length > 1 ? 's' : ''} ${listNumbers(skipped)} of ${n} ${skipped.length > 1 ? 'were' : 'was'} not summarized.`
      : uncovered.length > 0
        ? `Summarized in ${n} part${n > 1 ? 's' : ''}; nothing drew on part${uncovered.length > 1 ? 's' : ''} ${listNumbers(uncovered)}.`
        : `Summarized in ${n} part${n > 1 ? 's' : ''}; every part was drawn on.`;
  const uncoveredSections = c.uncoveredNoteSections.map((i) => c.noteSections[i]!.title || 'opening text');
  return { rows, headline, uncoveredSections };
}
