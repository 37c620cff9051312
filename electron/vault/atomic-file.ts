// Small sidecar files (keyring, sign-in state) are replaced atomically: a temp file in the same
// directory, flushed, renamed over the target, then the directory flushed so the rename survives a crash.
import { open, rename, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

export async function writeFileAtomic(target: string, content: string): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o600);
  let renamed = false;
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
    await handle.close();
    await rename(temp, target);
    renamed = true;
    await syncDir(dir);
  } finally {
    if (!renamed) {
      await handle.close().catch(() => undefined);
      await unlink(temp).catch(() => undefined);
    }
  }
}

export async function syncDir(dir: string): Promise<void> {
  // Not every platform lets a directory be opened for fsync (Windows); durability there is best effort.
  const handle = await open(dir, 'r').catch(() => null);
  if (!handle) return;
  try {
    await handle.sync().catch(() => undefined);
  } finally {
    await handle.close();
  }
}
