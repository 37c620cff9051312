// What lets a clinician tell saved notes apart: an optional patient or encounter label, the kind of
// note, and (in lists) a snippet with the search words marked by offsets. Pure TypeScript: the
// contract checks these at the boundary and the renderer shows them.
import { z } from 'zod';

export const NOTE_TYPES = ['progress', 'h-and-p', 'discharge', 'consult', 'operative', 'procedure', 'ed', 'nursing', 'clinic', 'telephone', 'other'] as const;
export const NoteTypeSchema = z.enum(NOTE_TYPES);
export type NoteType = z.infer<typeof NoteTypeSchema>;

export const NOTE_TYPE_LABELS: Readonly<Record<NoteType, string>> = {
  progress: 'Progress note',
  'h-and-p': 'History and physical',
  discharge: 'Discharge summary',
  consult: 'Consultation',
  operative: 'Operative note',
  procedure: 'Procedure note',
  ed: 'Emergency department',
  nursing: 'Nursing note',
  clinic: 'Clinic visit',
  telephone: 'Telephone encounter',
  other: 'Other',
};

/** A label names a patient or encounter in a few words ("Bed 12 / J.D. follow-up"), not a paragraph. */
export const MAX_LABEL_CHARS = 120;

/** Whitespace folded to single spaces and trimmed; an empty label is no label. */
export function normalizeLabel(label: string | null | undefined): string | null {
  if (label === null || label === undefined) return null;
  // Control characters would let a label forge lines wherever it is shown.
  // eslint-disable-next-line no-control-regex
  const folded = label.normalize('NFC').replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').replace(/\s+/g, ' ').trim();
  return folded === '' ? null : folded;
}

export const NoteLabelSchema = z
  .string()
  .max(MAX_LABEL_CHARS * 2)
  .transform((s) => normalizeLabel(s))
  .refine((s) => s === null || [...s].length <= MAX_LABEL_CHARS, `A label is at most ${MAX_LABEL_CHARS} characters.`);

/** A stretch of a snippet to mark, in UTF-16 offsets of the snippet's text (end exclusive). */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** A short passage of a note; with a search, the passage around the match and the matched words. */
export interface NoteSnippet {
  readonly text: string;
  readonly highlights: readonly TextRange[];
}
