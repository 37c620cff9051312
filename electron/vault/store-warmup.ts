// Right after unlock, a clinician's store is read once into the connection's page cache, so the first
// searches do not each wait for pages to be read and decrypted (a ranked search touches the index, then
// one note row and one summary row per listed result, most of them on different pages). The full-text
// index is read last so it is what stays if the store is larger than the cache; the note and summary
// tables are read only while the whole store fits.
import type { SqlExecutor } from '../db/sql-database';

// count(*) walks every page of a b-tree without decoding rows (NOT INDEXED: the table, not an index).
const TABLES = ['SELECT count(*) AS n FROM notes NOT INDEXED', 'SELECT count(*) AS n FROM summary_versions NOT INDEXED'];
const INDEX = [
  "SELECT count(*) AS n FROM summary_versions WHERE note_id > ''",
  'SELECT count(*) AS n FROM notes_fts_idx',
  'SELECT count(*) AS n FROM notes_fts_data',
  'SELECT count(*) AS n FROM notes_fts_docsize',
];

/** Pages the connection can cache: cache_size is pages when positive, KiB when negative. */
async function cachePages(ex: SqlExecutor): Promise<number> {
  const size = (await ex.get<{ cache_size: number }>('PRAGMA cache_size'))?.cache_size ?? 0;
  if (size >= 0) return size;
  const page = (await ex.get<{ page_size: number }>('PRAGMA page_size'))?.page_size ?? 4096;
  return Math.floor((-size * 1024) / page);
}

export async function warmStore(ex: SqlExecutor): Promise<void> {
  const pages = (await ex.get<{ page_count: number }>('PRAGMA page_count'))?.page_count ?? 0;
  const fits = pages <= (await cachePages(ex));
  for (const sql of [...(fits ? TABLES : []), ...INDEX]) await ex.get(sql);
}
