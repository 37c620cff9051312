// De-identification where data leaves the vault: the preview a clinician adjusts before sharing a note,
// the de-identified export itself, and the identifier check behind the copy and print guard. Main runs
// the engine; the renderer only ever sends offsets and kinds back, never text to be trusted.
import { z } from 'zod';
import { method } from './define';
import { MAX_NOTE_CHARS } from '../limits';
import { DEID_KINDS, type DeidKind } from '../deid-kinds';

const Id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
export const DeidKindSchema = z.enum(DEID_KINDS);
/** What the clinician chose in the identifier guard: copy the redacted text, or the text as it is. */
export const DeidGuardSchema = z.enum(['removed', 'kept']);
export type DeidGuardChoice = z.infer<typeof DeidGuardSchema>;
export const DEID_MODES = ['redact', 'surrogate'] as const;
export type DeidMode = (typeof DEID_MODES)[number];

/** One identifier in a text: JavaScript string offsets, end exclusive. */
export interface DeidSpan {
  readonly start: number;
  readonly end: number;
  readonly kind: DeidKind;
}

const Offset = z.number().int().min(0).max(MAX_NOTE_CHARS);
export const DeidSpanSchema = z
  .object({ start: Offset, end: Offset, kind: DeidKindSchema })
  .strict()
  .refine((s) => s.end > s.start, 'end must come after start');

/** The clinician's changes to what the engine found in one text. */
const DeidEditsSchema = z
  .object({
    /** Findings the clinician un-marked: kept as they are in the export. */
    removed: z.array(DeidSpanSchema).max(5000).default([]),
    /** Spans the clinician marked that the engine missed. */
    added: z.array(DeidSpanSchema).max(5000).default([]),
  })
  .strict();
export type DeidEdits = z.input<typeof DeidEditsSchema>;

export interface DeidText {
  readonly text: string;
  readonly spans: readonly DeidSpan[];
}

export interface DeidPreview {
  readonly noteId: string;
  readonly note: DeidText;
  /** The chosen summary version (by default the latest signed one, else the latest); null if none. */
  readonly summary: (DeidText & { readonly versionId: string; readonly version: number; readonly signed: boolean }) | null;
}

export const deidMethods = {
  /** The clinician's own note and a summary version with every identifier the engine finds; audited as a view. */
  deidPreview: method<DeidPreview>()(z.object({ noteId: Id, versionId: Id.optional() }).strict()),
  /**
   * Main re-runs the engine, applies the clinician's edits, asks where to save (.txt or .json) and writes
   * the de-identified note and signed summary. Audited with counts by kind only. Null when cancelled.
   */
  exportDeidentified: method<{ readonly path: string; readonly counts: Readonly<Partial<Record<DeidKind, number>>> } | null>()(
    z
      .object({
        noteId: Id,
        versionId: Id,
        mode: z.enum(DEID_MODES),
        note: DeidEditsSchema.default({ removed: [], added: [] }),
        summary: DeidEditsSchema.default({ removed: [], added: [] }),
      })
      .strict(),
  ),
  /** The identifiers in a text about to leave the app (copy, print), and the text with them redacted. */
  /** With the id of the clinician's own note it summarizes, names found in the note are recognised in it too. */
  findIdentifiers: method<{ readonly spans: readonly DeidSpan[]; readonly redacted: string }>()(
    z.object({ text: z.string().max(MAX_NOTE_CHARS), noteId: Id.nullable().optional() }).strict(),
  ),
} as const;
