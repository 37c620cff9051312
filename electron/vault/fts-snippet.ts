// Snippets for the note list. With a search, SQLite FTS5's snippet() picks the passage around the
// match and brackets the matched words with two private-use characters; they are turned into offsets
// here, so the renderer marks words from ranges and never parses markup.
import type { NoteSnippet, TextRange } from '../../shared/note-meta';

const OPEN = '\uE000';
const CLOSE = '\uE001';
/** snippet() arguments for notes_fts: any column, our markers, an ellipsis, about this many tokens. */
export const FTS_SNIPPET_SQL = `snippet(notes_fts, -1, char(${OPEN.codePointAt(0)}), char(${CLOSE.codePointAt(0)}), '…', 16)`;
/** How much of a note the list reads for a snippet without a search. */
export const LEAD_CHARS = 600;
const SNIPPET_CHARS = 140;

/**
 * The snippet's text with whitespace folded (it is shown on one line) and the bracketed stretches as
 * ranges. A stray marker (the note itself held one) is dropped and marks nothing.
 */
export function parseFtsSnippet(raw: string): NoteSnippet {
  let text = '';
  const highlights: TextRange[] = [];
  let open: number | null = null;
  let space = false;
  // Markers, whitespace runs and the text between them, in order.
  for (const part of raw.split(/(\uE000|\uE001|\s+)/u)) {
    if (part === '') continue;
    if (part === OPEN) {
      if (open === null) open = text.length + (space && text !== '' ? 1 : 0);
    } else if (part === CLOSE) {
      if (open !== null && text.length > open) highlights.push({ start: open, end: text.length });
      open = null;
    } else if (/^\s/u.test(part)) {
      space = true;
    } else {
      if (space && text !== '') text += ' ';
      space = false;
      text += part;
    }
  }
  return { text, highlights };
}

/**
 * The start of a note for a list without a search: after its first line (the list shows that line as
 * the title, and many notes open with the same heading), folded to one line and cut at a word.
 */
export function leadSnippet(lead: string): NoteSnippet {
  const lines = lead.split(/\r?\n/);
  const first = lines.findIndex((l) => l.trim() !== '');
  const rest = lines.slice(first + 1).join(' ').replace(/\s+/gu, ' ').trim();
  const body = rest !== '' ? rest : lead.replace(/\s+/gu, ' ').trim();
  const chars = [...body];
  if (chars.length <= SNIPPET_CHARS) return { text: body, highlights: [] };
  const cut = chars.slice(0, SNIPPET_CHARS).join('');
  const atWord = cut.replace(/\s+\S*$/u, '');
  return { text: `${atWord.length > SNIPPET_CHARS / 2 ? atWord : cut}…`, highlights: [] };
}
