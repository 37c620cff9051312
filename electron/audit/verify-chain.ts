// Walks the whole chain in seq order, page by page, recomputing every MAC. Stops at the first break.
import type { SqlExecutor } from '../db/sql-database';
import { entryMac } from './audit-canonical';
import { GENESIS_MAC, type ChainKeys } from './audit-keys';
import { chainPagesAfter } from './audit-rows';
import { diagnose } from './verify-diagnose';
import type { Finding } from './verify-finding';

export interface ChainWalk {
  /** Entries that verified, from seq 1 up to `verifiedTo`. */
  readonly verifiedTo: number;
  /** Stored MACs at the requested seqs (checkpoint positions) within the verified range. */
  readonly macAt: ReadonlyMap<number, Buffer>;
  readonly finding: Finding | null;
}

const PAGE = 10_000;

export async function walkChain(ex: SqlExecutor, keys: ChainKeys, wanted: ReadonlySet<number>): Promise<ChainWalk> {
  const macAt = new Map<number, Buffer>();
  let prevSeq = 0;
  let prevMac: Buffer = GENESIS_MAC;
  let finding: Finding | null = null;
  walk: for await (const rows of chainPagesAfter(ex, 0, PAGE)) {
    for (const row of rows) {
      const expected = prevSeq + 1;
      if (row.seq > expected) {
        const last = row.seq - 1;
        const which = expected === last ? `Entry ${expected} was` : `Entries ${expected} to ${last} were`;
        finding = { seq: expected, damage: 'deleted', detail: `${which} deleted from the log.` };
        break walk;
      }
      if (row.seq < expected) {
        finding = { seq: row.seq, damage: 'inserted', detail: `Entry ${row.seq} appears twice: a row was inserted.` };
        break walk;
      }
      if (!entryMac(keys.forSeq(row.seq), prevMac, row.seq, row.enc).equals(row.mac)) {
        finding = await diagnose(ex, keys, row, prevMac);
        break walk;
      }
      if (wanted.has(row.seq)) macAt.set(row.seq, row.mac);
      prevSeq = row.seq;
      prevMac = row.mac;
    }
  }
  return { verifiedTo: prevSeq, macAt, finding };
}
