// Whether the vault's files can still grow. Used only after a write error, to tell the user
// "disk full" (free space or a file-size limit) rather than a generic I/O error.
import { open, readdir, statfs, stat, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { vaultPaths } from './vault-paths';

const HEADROOM = 64 * 1024;

export async function roomToGrow(dir: string): Promise<boolean> {
  try {
    const fs = await statfs(dir);
    if (fs.bavail * fs.bsize < HEADROOM) return false;
  } catch {
    // statfs is missing on some platforms: fall through to the probe.
  }
  // A sparse one-byte write at the vault's current size meets the same limits a growing vault does
  // (quota, RLIMIT_FSIZE, FAT32's 4 GiB) without writing anything to the vault itself.
  const files = vaultPaths(dir);
  const sizeOf = (file: string) =>
    stat(file)
      .then((s) => s.size)
      .catch(() => 0);
  const stores = (await readdir(files.notesDir).catch(() => [] as string[])).map((f) => path.join(files.notesDir, f));
  const sizes = await Promise.all([files.db, files.wal, ...stores].map(sizeOf));
  const largest = Math.max(...sizes);
  const probe = path.join(dir, `.space-probe-${randomBytes(4).toString('hex')}`);
  let handle;
  try {
    handle = await open(probe, 'wx', 0o600);
    await handle.write(Buffer.alloc(1), 0, 1, largest + HEADROOM);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return !(code === 'ENOSPC' || code === 'EFBIG' || code === 'EDQUOT');
  } finally {
    await handle?.close().catch(() => undefined);
    await unlink(probe).catch(() => undefined);
  }
}
