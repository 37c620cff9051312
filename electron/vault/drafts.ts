// One draft per user: the note being written, so it survives an automatic lock. Encrypted like
// everything else; secure_delete overwrites the old text when it changes.
import type { SqlExecutor } from '../db/sql-database';
import type { Draft } from '../../shared/contract/vault';
import type { SummaryStyle } from '../../shared/contract/model';

export async function saveDraft(tx: SqlExecutor, userId: string, text: string, style: SummaryStyle, at: string): Promise<void> {
  if (text === '') {
    await tx.run('DELETE FROM drafts WHERE user_id = ?', [userId]);
    return;
  }
  await tx.run(
    `INSERT INTO drafts (user_id, text, style, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (user_id) DO UPDATE SET text = excluded.text, style = excluded.style, updated_at = excluded.updated_at`,
    [userId, text, style, at],
  );
}

export async function readDraft(ex: SqlExecutor, userId: string): Promise<Draft | null> {
  const row = await ex.get<{ text: string; style: SummaryStyle; updated_at: string }>('SELECT text, style, updated_at FROM drafts WHERE user_id = ?', [userId]);
  return row ? { text: row.text, style: row.style, updatedAt: row.updated_at } : null;
}

export async function clearDraft(tx: SqlExecutor, userId: string): Promise<void> {
  await tx.run('DELETE FROM drafts WHERE user_id = ?', [userId]);
}
