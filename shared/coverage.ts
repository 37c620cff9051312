// Which parts of a note a summary drew on. A note longer than the model's context is summarized in
// parts; coverage shows, for each summary section, the parts and note ranges its evidence came from,
// and the parts and note sections that no statement drew on. Offsets are into the note as the app
// summarized it (line endings normalized to LF).
import type { NoteSpan } from './summary-format';

/** How far a part got: summarized, cut short by Stop or the length limit, or never started. */
export type PartStatus = 'summarized' | 'partial' | 'not-summarized';

export interface CoveragePart {
  /** 0-based; shown to people as "Part index+1". */
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly status: PartStatus;
  /** Titles of the note's own sections that start in this part (empty when the note has none). */
  readonly noteSections: readonly string[];
  /** Titles of the summary sections with a statement whose evidence lies in this part. */
  readonly drawnOnBy: readonly string[];
}

export interface CoverageSection {
  /** The summary section's title (fixed by the style). */
  readonly title: string;
  /** Parts its evidence came from, ascending. */
  readonly parts: readonly number[];
  /** Note ranges its evidence covers, sorted and merged. */
  readonly spans: readonly NoteSpan[];
}

export interface NoteSectionCoverage {
  /** The header as written; empty for text before the first header. */
  readonly title: string;
  readonly start: number;
  readonly end: number;
  readonly drawnOnBy: readonly string[];
}

export interface SummaryCoverage {
  readonly parts: readonly CoveragePart[];
  readonly sections: readonly CoverageSection[];
  readonly noteSections: readonly NoteSectionCoverage[];
  /** Parts no statement drew on (indices). */
  readonly uncoveredParts: readonly number[];
  /** Note sections no statement drew on (indices into noteSections). */
  readonly uncoveredNoteSections: readonly number[];
}

/** Recorded in a summary's provenance when it was made in parts. */
export interface PartsProvenance {
  readonly count: number;
  /** Each part's [start, end) in the note. */
  readonly ranges: readonly NoteSpan[];
  /** Parts that were never summarized (Stop), 0-based. */
  readonly notSummarized: readonly number[];
  /** Parts cut short (Stop during the part, or the length limit), 0-based. */
  readonly partial: readonly number[];
}
