// Exports are written to a temporary file beside the target, flushed, then renamed over it, so a
// crash or a full disk leaves either the old file or the complete new one, never half a file.
import { open, rename, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

/** Makes the rename itself durable where the platform allows it (not on Windows). */
async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => null);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close().catch(() => undefined);
}

/** Writes the chunks `produce` yields to `target` atomically. */
export async function writeFileAtomic(target: string, produce: () => AsyncIterable<string>): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o600);
  let done = false;
  try {
    let pending = '';
    for await (const chunk of produce()) {
      pending += chunk;
      if (pending.length >= 1 << 16) {
        await handle.write(pending);
        pending = '';
      }
    }
    if (pending) await handle.write(pending);
    await handle.sync();
    await handle.close();
    await rename(temp, target);
    done = true;
    await syncDir(path.dirname(target));
  } finally {
    if (!done) {
      await handle.close().catch(() => undefined);
      await unlink(temp).catch(() => undefined);
    }
  }
}
