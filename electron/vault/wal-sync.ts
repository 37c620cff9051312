// Waiting for the disk off this thread: a commit made with { durable: false } sits in the store's WAL
// file in the OS's cache, and syncing that file on Node's I/O pool makes it durable while this thread
// goes on working. fsync flushes a file, not a descriptor, so our own handle flushes what SQLite wrote;
// the file is opened per call, so a WAL that SQLite removed and made again (a rekey) is never missed.
import { open } from 'node:fs/promises';

async function sync(file: string): Promise<void> {
  // Read-write: Windows flushes only through a handle that may write.
  const handle = await open(file, 'r+');
  try {
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

export async function syncWal(dbFile: string): Promise<void> {
  try {
    await sync(`${dbFile}-wal`);
  } catch (e) {
    // No WAL: the connection left WAL mode since (a rekey), which first checkpointed the WAL into the
    // database file; syncing that file makes the commit durable either way.
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    await sync(dbFile);
  }
}
