// How the history tells notes apart: the label (or the note's first line), its type, the styles of
// its summaries, and a snippet cut into plain and marked runs from the ranges main sent.
import { SUMMARY_STYLE_LABELS, type SummaryStyle } from '../../../shared/contract/model';
import { NOTE_TYPE_LABELS, type NoteSnippet, type NoteType } from '../../../shared/note-meta';

export interface SnippetRun {
  readonly text: string;
  readonly marked: boolean;
}

/**
 * The snippet as runs covering its text exactly once. Ranges are sorted and clamped; an empty one,
 * or one overlapping an earlier one, is dropped, so a bad range can hide a mark but never text.
 */
export function snippetRuns(snippet: NoteSnippet): SnippetRun[] {
  const { text } = snippet;
  const ranges = [...snippet.highlights]
    .map((r) => ({ start: Math.max(0, Math.min(text.length, Math.floor(r.start))), end: Math.max(0, Math.min(text.length, Math.floor(r.end))) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const runs: SnippetRun[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start < at) continue;
    if (r.start > at) runs.push({ text: text.slice(at, r.start), marked: false });
    runs.push({ text: text.slice(r.start, r.end), marked: true });
    at = r.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), marked: false });
  return runs;
}

/** A style's badge text; a style this renderer does not know shows its id. */
export function styleLabel(style: SummaryStyle | string): string {
  return (SUMMARY_STYLE_LABELS as Readonly<Record<string, string>>)[style] ?? style;
}

export function noteTypeLabel(t: NoteType | null): string | null {
  return t === null ? null : (NOTE_TYPE_LABELS[t] ?? null);
}

/** The line that names a note in the list: its label, else its first line, else a placeholder. */
export function noteHeading(n: { readonly label: string | null; readonly title: string }): string {
  return n.label ?? (n.title.trim() !== '' ? n.title : 'Untitled note');
}

/** The workspace's saved note, while the text summarized is still the text it saved. */
export interface SavedNote {
  readonly noteId: string;
  readonly text: string;
}

/** The noteId to save against: the saved note if this is still its text, else none (a new note). */
export function noteIdFor(saved: SavedNote | null, sourceText: string): string | null {
  return saved !== null && saved.text === sourceText ? saved.noteId : null;
}

/**
 * Whether an edit takes the workspace away from the note it saved. The label named that note's
 * patient or encounter; it must not follow other text (a different note pasted over it) into the vault.
 */
export function leavesSavedNote(saved: SavedNote | null, text: string): boolean {
  return saved !== null && saved.text !== text;
}

export function savedMessage(version: number): string {
  return version <= 1 ? 'Note and summary saved to the vault.' : `Summary saved as version ${version} of this note.`;
}
