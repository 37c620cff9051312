// The note checks main applies (shared/note-input), run as the user types so a note that would be
// refused is flagged at once and never sent: not for counting, not as a draft, not to the model.
import { utf8ByteLength, validateNote } from '../../../shared/note-input';
import { MAX_NOTE_BYTES } from '../../../shared/limits';
import { formatBytes } from './format';

/** Null when the note can be sent (or is empty), otherwise what to tell the user. */
export function noteProblem(text: string): string | null {
  if (text.trim() === '') return null;
  const r = validateNote(text);
  if (r.ok) return null;
  if (r.error.code === 'NOTE_TOO_LARGE') {
    return `The note is too large to process (${formatBytes(utf8ByteLength(text))}; the limit is ${formatBytes(MAX_NOTE_BYTES)}). Nothing was sent. Summarize it in parts.`;
  }
  return r.error.message;
}
