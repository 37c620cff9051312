// Waiting for the disk off this thread: a commit made with { durable: false } sits in the store's WAL
// file in the OS's cache, and syncing that file on Node's I/O pool makes it durable while this thread
// goes on working. fsync flushes a file, not a descriptor, so our own handle flushes what SQLite wrote;
// the file is opened per call, so a WAL that SQLite removed and made again (a rekey) is never missed.
import { open } from 'node:fs/promises';

export async function syncWal(dbFile: string): Promise<void> {
  // Read-write: Windows flushes only through a handle that may write.
  const handle = await open(`${dbFile}-wal`, 'r+');
  try {
    await handle.datasync();
  } finally {
    await handle.close();
  }
}
