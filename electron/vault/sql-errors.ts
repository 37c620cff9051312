// Maps what SQLite and the file system throw to AppFailure codes. Messages from SQLite may quote
// SQL or values, so they are never passed on; only the code is looked at.
import { AppFailure, isAppFailure } from '../base/app-failure';
import { logEvent } from '../base/safe-log';
import { roomToGrow } from './disk-space';

// better-sqlite3 reports extended result codes (SQLITE_IOERR_WRITE, SQLITE_CORRUPT_VTAB, ...): the
// primary code is what decides the answer.
const PRIMARY = /^(SQLITE_(?:IOERR|CORRUPT|CANTOPEN|READONLY|BUSY|LOCKED|CONSTRAINT|ABORT|FULL|NOTADB|PERM|MISUSE))(?:_\w+)?$/;

function codeOf(e: unknown): string {
  if (typeof e !== 'object' || e === null || !('code' in e)) return '';
  const code = String((e as { code: unknown }).code);
  return PRIMARY.exec(code)?.[1] ?? code;
}

function messageHas(e: unknown, text: string): boolean {
  return e instanceof Error && e.message.includes(text);
}

/**
 * Turns any error from a vault operation into an AppFailure. `dir` is where the vault lives, used to
 * tell a full disk (or a file-size limit) from other write errors, which SQLite reports alike.
 */
export async function vaultFailure(e: unknown, dir: string, op: string): Promise<AppFailure> {
  if (isAppFailure(e)) return e;
  const code = codeOf(e);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EFBIG') return new AppFailure('DISK_FULL');
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    logEvent('error', 'vault-corrupt', { op, code });
    return new AppFailure('VAULT_CORRUPT');
  }
  if ((code === 'SQLITE_MISUSE' && messageHas(e, 'Database is closed')) || (e instanceof TypeError && messageHas(e, 'connection is not open'))) {
    return new AppFailure('LOCKED');
  }
  if (code === 'SQLITE_IOERR' || code === 'EIO') {
    // SQLite says "disk I/O error" both for a failing disk and for a write past a size limit (EFBIG).
    if (!(await roomToGrow(dir))) return new AppFailure('DISK_FULL');
    logEvent('error', 'vault-io-error', { op, code });
    return new AppFailure('IO_ERROR');
  }
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY' || code === 'SQLITE_PERM' || code.startsWith('E')) {
    logEvent('error', 'vault-fs-error', { op, code });
    return new AppFailure('IO_ERROR');
  }
  logEvent('error', 'vault-internal-error', { op, code: code || (e instanceof Error ? e.name : typeof e) });
  return new AppFailure('INTERNAL');
}
