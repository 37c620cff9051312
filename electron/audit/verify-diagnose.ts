// Called once, at the first entry whose MAC does not follow from the one before it, to name the most
// likely kind of damage. Seq is inside the MAC, so "would this row's MAC be right at position p" tells
// where a row came from.
import type { SqlExecutor } from '../db/sql-database';
import { entryMac, type ChainRow } from './audit-canonical';
import type { ChainKeys } from './audit-keys';
import { chainRowsAfter, nextChainRow } from './audit-rows';
import type { Finding } from './verify-finding';

function fitsAt(keys: ChainKeys, row: ChainRow, seq: number, prevMac: Buffer): boolean {
  return entryMac(keys.forSeq(seq), prevMac, seq, row.enc).equals(row.mac);
}

/** `bad` is at its expected seq but its MAC is wrong; `prevMac` is the MAC of the last good entry. */
export async function diagnose(ex: SqlExecutor, keys: ChainKeys, bad: ChainRow, prevMac: Buffer): Promise<Finding> {
  const i = bad.seq;
  const next = await nextChainRow(ex, i);

  // Its successor still chains from its stored MAC: the MAC is the original, the fields were edited.
  if (next && next.seq === i + 1 && fitsAt(keys, next, i + 1, bad.mac)) {
    return { seq: i, damage: 'changed', detail: `Entry ${i} was changed after it was written: its contents no longer match its MAC.` };
  }
  // Its successor chains from it one position further on: an entry was removed and the rest renumbered.
  if (next && fitsAt(keys, next, next.seq + 1, bad.mac)) {
    return { seq: i, damage: 'deleted', detail: `Entry ${i} was deleted and the entries after it were renumbered to hide the gap.` };
  }
  // Look for the genuine entry i further on.
  let before = bad.mac;
  for await (const row of chainRowsAfter(ex, i)) {
    if (fitsAt(keys, row, i, prevMac)) {
      const j = row.seq;
      const prevAtJ = j === i + 1 ? row.mac : before;
      if (fitsAt(keys, bad, j, prevAtJ) || j !== i + 1) {
        return { seq: i, damage: 'reordered', detail: `Entries ${i} and ${j} are out of order: the entry that belongs at ${i} was found at ${j}.` };
      }
      return { seq: i, damage: 'inserted', detail: `Entry ${i} was inserted: it was not written by Lockscribe, and the genuine entries after it were pushed down by one.` };
    }
    before = row.mac;
  }
  if (next) {
    return { seq: i, damage: 'inserted', detail: `Entry ${i} is not genuine: its MAC is forged and the next entry does not follow from it.` };
  }
  return { seq: i, damage: 'changed', detail: `The last entry (${i}) does not match its MAC: it was changed, or added by something other than Lockscribe.` };
}
