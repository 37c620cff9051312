// Why a save costs what it does under SQLCipher: how many pages one save writes, and what SQLCipher
// adds per page (AES-256 and an HMAC-SHA512 over each 4 KiB page, written or read). Their product is
// the part of the gap to plain SQLite that no change to the app's code can remove, only fewer pages.
import { statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { openNative } from '../electron/db/multiple-ciphers-driver';

const PAGE = 4096;
/** A WAL frame: a 24-byte header and the page. */
const FRAME = 24 + PAGE;
const BLOBS = 20_000;

function walFrames(dbFile: string): number {
  try {
    return Math.max(0, (statSync(`${dbFile}-wal`).size - 32) / FRAME);
  } catch {
    return 0;
  }
}

/**
 * Pages one save writes to each store, counted from WAL growth over `saves` saves made by `run` (few
 * enough that no checkpoint restarts the WAL).
 */
export async function pagesPerSave(notesFile: string, dirFile: string, saves: number, run: () => Promise<void>): Promise<{ notes: number; dir: number }> {
  const n0 = walFrames(notesFile);
  const d0 = walFrames(dirFile);
  for (let i = 0; i < saves; i++) await run();
  return { notes: (walFrames(notesFile) - n0) / saves, dir: (walFrames(dirFile) - d0) / saves };
}

type Conn = { pragma(s: string): unknown; exec(s: string): unknown; prepare(s: string): { run(...a: unknown[]): unknown; iterate(...a: unknown[]): Iterable<unknown> }; transaction(fn: () => void): () => void; close(): unknown };

/** Microseconds per page to write and to read back BLOBS page-sized rows, with no journal and no sync, so only the page work is timed. */
function pageTimes(db: Conn): { write: number; read: number } {
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  // A small cache, so the read pass comes from the file (decrypted and checked), not from memory.
  db.pragma('cache_size = 10');
  db.exec('CREATE TABLE t (b BLOB)');
  const blob = Buffer.alloc(PAGE - 200, 7);
  const insert = db.prepare('INSERT INTO t VALUES (?)');
  const t0 = performance.now();
  db.transaction(() => {
    for (let i = 0; i < BLOBS; i++) insert.run(blob);
  })();
  const t1 = performance.now();
  for (const row of db.prepare('SELECT length(b) FROM t').iterate()) void row;
  const t2 = performance.now();
  db.close();
  return { write: ((t1 - t0) * 1000) / BLOBS, read: ((t2 - t1) * 1000) / BLOBS };
}

/** SQLCipher's extra cost per page against plain SQLite, in microseconds, median of three rounds. */
export function cipherPageCost(dir: string): { write: number; read: number } {
  const writes: number[] = [];
  const reads: number[] = [];
  for (let i = 0; i < 3; i++) {
    const plain = pageTimes(new Database(path.join(dir, `page-plain-${i}.db`)));
    const cipher = pageTimes(openNative(path.join(dir, `page-cipher-${i}.db`), Buffer.alloc(32, 9), true));
    writes.push(cipher.write - plain.write);
    reads.push(cipher.read - plain.read);
  }
  const median = (a: number[]) => [...a].sort((x, y) => x - y)[1]!;
  return { write: median(writes), read: median(reads) };
}
