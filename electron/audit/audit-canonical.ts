// The exact bytes an entry's MAC covers. Fixed field order, each field length-prefixed with a
// null marker, so no two different entries can encode to the same bytes.
import { createHmac } from 'node:crypto';

/** An audit_log row as stored (column names). */
export interface AuditRow {
  readonly seq: number;
  readonly time: string;
  readonly user_id: string | null;
  readonly role: string | null;
  readonly action: string;
  readonly record_ref: string | null;
  readonly outcome: string;
  readonly reason: string | null;
  readonly session_id: string | null;
  readonly mac: Buffer;
}

export type AuditRowFields = Omit<AuditRow, 'mac'>;

const ENTRY_MAGIC = 'lockscribe-audit-entry-v1';

/** Encodes a tag, unsigned integers (8 bytes each) and nullable strings or byte strings. */
export function encodeFields(tag: string, ints: readonly number[], fields: readonly (string | Buffer | null)[]): Buffer {
  const tagLen = Buffer.byteLength(tag);
  let size = 4 + tagLen + ints.length * 8;
  for (const f of fields) size += 5 + (f === null ? 0 : typeof f === 'string' ? Buffer.byteLength(f) : f.length);
  const buf = Buffer.allocUnsafe(size);
  let at = buf.writeUInt32BE(tagLen, 0);
  at += buf.write(tag, at);
  for (const n of ints) at = buf.writeBigUInt64BE(BigInt(n), at);
  for (const f of fields) {
    if (f === null) {
      at = buf.writeUInt8(0, at);
      at = buf.writeUInt32BE(0, at);
    } else if (typeof f === 'string') {
      at = buf.writeUInt8(1, at);
      const len = buf.write(f, at + 4);
      buf.writeUInt32BE(len, at);
      at += 4 + len;
    } else {
      at = buf.writeUInt8(2, at);
      at = buf.writeUInt32BE(f.length, at);
      at += f.copy(buf, at);
    }
  }
  return buf;
}

/** Canonical bytes of an entry; `seq` can be overridden to test where a row would fit. */
export function canonicalEntry(e: AuditRowFields, seq: number = e.seq): Buffer {
  return encodeFields(ENTRY_MAGIC, [seq], [e.time, e.user_id, e.role, e.action, e.record_ref, e.outcome, e.reason, e.session_id]);
}

/** mac_i = HMAC-SHA256(k_epoch(i), mac_{i-1} || canonical(entry_i)). */
export function entryMac(key: Buffer, prevMac: Buffer, e: AuditRowFields, seq: number = e.seq): Buffer {
  return createHmac('sha256', key).update(prevMac).update(canonicalEntry(e, seq)).digest();
}
