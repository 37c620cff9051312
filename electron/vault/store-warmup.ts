// Right after unlock, a clinician's store is read once into the connection's page cache, so the first
// searches do not each wait for pages to be read and decrypted (a ranked search touches the index, then
// one note row and one summary row per listed result, most of them on different pages). The tables go
// first and the full-text index last, so if the store is larger than the cache, the index is what stays.
// The copy of the text inside the full-text table is never read by a search and is left on disk.
import type { SqlExecutor } from '../db/sql-database';

// Each reads every page a search may need: count(col) of a late column walks a long row's overflow
// pages too (the list reads updated_at and signed_at, stored after the text); NOT INDEXED reads the
// table itself, not its smallest index; the full-text blocks are read whole (block || x'').
const WARM = [
  'SELECT count(updated_at) AS n FROM notes NOT INDEXED',
  'SELECT count(signed_at) AS n FROM summary_versions NOT INDEXED',
  "SELECT count(*) AS n FROM summary_versions WHERE note_id > ''",
  'SELECT count(*) AS n FROM notes_fts_idx',
  "SELECT sum(length(block || x'')) AS n FROM notes_fts_data",
  'SELECT count(sz) AS n FROM notes_fts_docsize',
  'SELECT count(v) AS n FROM notes_fts_config',
];

export async function warmStore(ex: SqlExecutor): Promise<void> {
  for (const sql of WARM) await ex.get(sql);
}
