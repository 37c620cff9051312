import { AppFailure, isAppFailure } from '../base/app-failure';

/** Maps a file-system error to a message safe to show: no paths, no contents. */
export function ioFailure(e: unknown): AppFailure {
  if (isAppFailure(e)) return e;
  const code = e instanceof Error && 'code' in e ? String((e as NodeJS.ErrnoException).code) : '';
  return code === 'ENOSPC' ? new AppFailure('DISK_FULL') : new AppFailure('IO_ERROR');
}
