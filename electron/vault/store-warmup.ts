// Right after unlock, a clinician's store is read once into the connection's page cache, so the first
// searches do not each wait for pages to be read and decrypted (a ranked search touches the index, then
// one note row and one summary row per listed result, most of them on different pages). The tables go
// first and the full-text index last, so if the store is larger than the cache, the index is what stays.
// The full-text index keeps no copy of the text: a search's snippet() reads the note and summary rows.
import type { SqlExecutor } from '../db/sql-database';

// Each reads every page a search may need: count(col) of a late column walks a long row's overflow
// pages too (the list reads updated_at and signed_at, stored after the text); NOT INDEXED reads the
// table itself, not its smallest index; the full-text blocks are read whole (block || x'').
const TABLES = [
  'SELECT count(updated_at) AS n FROM notes NOT INDEXED',
  'SELECT count(signed_at) AS n FROM summary_versions NOT INDEXED',
];
const INDEX = [
  "SELECT count(*) AS n FROM summary_versions WHERE note_id > ''",
  'SELECT count(*) AS n FROM notes_fts_idx',
  "SELECT sum(length(block || x'')) AS n FROM notes_fts_data",
  'SELECT count(sz) AS n FROM notes_fts_docsize',
  'SELECT count(v) AS n FROM notes_fts_config',
];

/** Pages the connection may cache: cache_size counts pages when positive, KiB when negative. */
async function cachePages(ex: SqlExecutor): Promise<number> {
  const size = (await ex.get<{ cache_size: number }>('PRAGMA cache_size'))?.cache_size ?? 0;
  if (size >= 0) return size;
  const page = (await ex.get<{ page_size: number }>('PRAGMA page_size'))?.page_size ?? 4096;
  return Math.floor((-size * 1024) / page);
}

/**
 * The tables are read only while the store is no larger than the cache: past that, reading them would cost more
 * at unlock than the searches it speeds up, and the index alone is read.
 */
export async function warmStore(ex: SqlExecutor): Promise<void> {
  const pages = (await ex.get<{ page_count: number }>('PRAGMA page_count'))?.page_count ?? 0;
  const tables = pages <= (await cachePages(ex)) ? TABLES : [];
  for (const sql of [...tables, ...INDEX]) await ex.get(sql);
}
