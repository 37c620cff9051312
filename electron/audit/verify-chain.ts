// Walks the whole chain in seq order, page by page, recomputing every MAC. Stops at the first break.
import type { SqlExecutor } from '../db/sql-database';
import { entryMac } from './audit-canonical';
import { GENESIS_MAC, type EpochKeys } from './audit-keys';
import { rowsAfter } from './audit-rows';
import { diagnose } from './verify-diagnose';
import type { Finding } from './verify-finding';

export interface ChainWalk {
  /** Entries that verified, from seq 1 up to `verifiedTo`. */
  readonly verifiedTo: number;
  /** Stored MAC and time at the requested seqs (checkpoint positions) within the verified range. */
  readonly at: ReadonlyMap<number, { readonly mac: Buffer; readonly time: string }>;
  readonly finding: Finding | null;
}

const PAGE = 10_000;

export async function walkChain(ex: SqlExecutor, keys: EpochKeys, wanted: ReadonlySet<number>): Promise<ChainWalk> {
  const at = new Map<number, { mac: Buffer; time: string }>();
  let prevSeq = 0;
  let prevMac: Buffer = GENESIS_MAC;
  let finding: Finding | null = null;
  for await (const row of rowsAfter(ex, 0, PAGE)) {
    const expected = prevSeq + 1;
    if (row.seq > expected) {
      const last = row.seq - 1;
      const which = expected === last ? `Entry ${expected} was` : `Entries ${expected} to ${last} were`;
      finding = { seq: expected, damage: 'deleted', detail: `${which} deleted from the log.` };
      break;
    }
    if (row.seq < expected) {
      finding = { seq: row.seq, damage: 'inserted', detail: `Entry ${row.seq} appears twice: a row was inserted.` };
      break;
    }
    if (!entryMac(keys.forSeq(row.seq), prevMac, row).equals(row.mac)) {
      finding = await diagnose(ex, keys, row, prevMac);
      break;
    }
    if (wanted.has(row.seq)) at.set(row.seq, { mac: row.mac, time: row.time });
    prevSeq = row.seq;
    prevMac = row.mac;
  }
  return { verifiedTo: prevSeq, at, finding };
}
