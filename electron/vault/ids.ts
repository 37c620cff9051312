import { randomBytes } from 'node:crypto';

/** Opaque random ids: no counters or times that would hint at volume or order. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`;
}

/** Ids from outside (IPC, CLI) are opaque tokens; anything else cannot name a record. */
export function isValidId(id: string): boolean {
  return /^[A-Za-z0-9_-]{1,64}$/.test(id);
}
