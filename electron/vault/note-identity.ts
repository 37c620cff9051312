// When two saves are the same note: the same text once line endings, Unicode forms and runs of
// whitespace are set aside. The hash is kept (inside the encrypted store) so finding the note is one
// index seek, never a scan of note texts.
import { createHash } from 'node:crypto';
import type { SqlExecutor } from '../db/sql-database';

/** The text as compared: NFC, whitespace runs folded to one space, trimmed. Case and punctuation count. */
export function normalizeNoteText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** sha256 (hex) of the normalized text. */
export function noteTextHash(text: string): string {
  return createHash('sha256').update(normalizeNoteText(text), 'utf8').digest('hex');
}

/**
 * The author's most recently updated note whose text has this hash (noteTextHash), if any. The hash
 * index is named: left to itself SQLite walks the author's index to skip the sort, which reads every
 * note the author has on every save.
 */
export async function findSameNote(ex: SqlExecutor, authorId: string, textHash: string): Promise<{ seq: number; id: string } | undefined> {
  return ex.get<{ seq: number; id: string }>(SAME_NOTE_SQL, [textHash, authorId]);
}

export const SAME_NOTE_SQL = 'SELECT seq, id FROM notes INDEXED BY notes_text_hash WHERE text_hash = ? AND author_id = ? ORDER BY updated_at DESC, seq DESC LIMIT 1';

const BACKFILL_BATCH = 200;

/** Hashes the notes saved before text_hash existed (the schema step that adds it). */
export async function backfillTextHashes(tx: SqlExecutor): Promise<void> {
  let after = 0;
  for (;;) {
    const rows = await tx.all<{ seq: number; text: string }>('SELECT seq, text FROM notes WHERE seq > ? AND text_hash IS NULL ORDER BY seq LIMIT ?', [after, BACKFILL_BATCH]);
    if (rows.length === 0) return;
    for (const r of rows) await tx.run('UPDATE notes SET text_hash = ? WHERE seq = ?', [noteTextHash(r.text), r.seq]);
    after = rows.at(-1)!.seq;
  }
}
