// Waiting for the disk off this thread: a commit made with { durable: false } sits in the store's WAL
// file in the OS's cache, and syncing that file on Node's I/O pool makes it durable while this thread
// goes on working. fsync flushes a file, not a descriptor, so our own handle flushes what SQLite wrote;
// the file is opened per call, so a WAL that SQLite removed and made again (a rekey) is never missed.
// The open is synchronous (a few microseconds) so that the sync itself starts on the pool at once,
// rather than after whatever this thread does next.
import { closeSync, fdatasync, openSync } from 'node:fs';

function openForSync(dbFile: string): number {
  // Read-write: Windows flushes only through a handle that may write.
  try {
    return openSync(`${dbFile}-wal`, 'r+');
  } catch (e) {
    // No WAL: the connection left WAL mode since (a rekey), which first checkpointed the WAL into the
    // database file; syncing that file makes the commit durable either way.
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    return openSync(dbFile, 'r+');
  }
}

/** Starts syncing the store's WAL; the promise settles when it is on disk. */
export function syncWal(dbFile: string): Promise<void> {
  let fd: number;
  try {
    fd = openForSync(dbFile);
  } catch (e) {
    return Promise.reject(e as Error);
  }
  return new Promise<void>((resolve, reject) => {
    fdatasync(fd, (err) => {
      try {
        closeSync(fd);
      } catch {
        // Closing cannot undo the sync; its error, if any, is not the caller's.
      }
      if (err) reject(err);
      else resolve();
    });
  });
}
