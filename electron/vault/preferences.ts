// A user's preferences as key/value rows in their own notes store (encrypted with their notes). A
// value that no longer reads (a style since removed, an edited row) falls back to the default.
import type { SqlExecutor } from '../db/sql-database';
import { SummaryStyleSchema } from '../../shared/contract/model';
import { DEFAULT_PREFERENCES, type Preferences } from '../../shared/contract/preferences';

export async function readPreferences(ex: SqlExecutor, userId: string): Promise<Preferences> {
  const rows = await ex.all<{ key: string; value: string }>('SELECT key, value FROM preferences WHERE user_id = ?', [userId]);
  const style = SummaryStyleSchema.safeParse(rows.find((r) => r.key === 'defaultStyle')?.value);
  return { defaultStyle: style.success ? style.data : DEFAULT_PREFERENCES.defaultStyle };
}

export async function writePreferences(tx: SqlExecutor, userId: string, next: Preferences): Promise<void> {
  await tx.run(
    `INSERT INTO preferences (user_id, key, value) VALUES (?, 'defaultStyle', ?)
     ON CONFLICT (user_id, key) DO UPDATE SET value = excluded.value`,
    [userId, next.defaultStyle],
  );
}
