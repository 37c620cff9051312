// The keyring sidecar (DIR/keyring.json): what must be readable before unlock. It holds the vault id,
// a fingerprint of the database file, one wrap of the data key per enabled user and one for the
// recovery code. No patient data, no plaintext keys; user names only so unlock can find the wrap.
import { readFile } from 'node:fs/promises';
import { AppFailure } from '../base/app-failure';
import { writeFileAtomic } from './atomic-file';
import { kdfParamsValid, type KeyWrap } from './keys';

export interface KeyringUser {
  readonly userId: string;
  readonly name: string;
  readonly disabled: boolean;
  /** Null while the user is disabled: the wrap is parked inside the encrypted database. */
  readonly wrap: KeyWrap | null;
}

export interface Keyring {
  readonly format: 'lockscribe-keyring';
  readonly version: 1;
  readonly vaultId: string;
  /** The first 16 bytes of the database file (SQLCipher's random salt): tells our file from a foreign one. */
  readonly dbSalt: string;
  readonly users: readonly KeyringUser[];
  readonly recovery: KeyWrap;
}

export const KEYRING_FILE = 'keyring.json';

function isWrap(w: unknown): w is KeyWrap {
  if (typeof w !== 'object' || w === null) return false;
  const o = w as Record<string, unknown>;
  const kdf = o.kdf as Record<string, unknown> | undefined;
  return (
    o.alg === 'aes-256-gcm' &&
    typeof o.iv === 'string' &&
    typeof o.ct === 'string' &&
    typeof o.tag === 'string' &&
    typeof kdf === 'object' &&
    kdf !== null &&
    kdf.alg === 'scrypt' &&
    typeof kdf.salt === 'string' &&
    kdfParamsValid({ N: Number(kdf.N), r: Number(kdf.r), p: Number(kdf.p) })
  );
}

function isUser(u: unknown): u is KeyringUser {
  if (typeof u !== 'object' || u === null) return false;
  const o = u as Record<string, unknown>;
  return typeof o.userId === 'string' && typeof o.name === 'string' && typeof o.disabled === 'boolean' && (o.wrap === null || isWrap(o.wrap));
}

export function parseKeyring(text: string): Keyring {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new AppFailure('VAULT_CORRUPT');
  }
  const o = data as Record<string, unknown>;
  const ok =
    typeof data === 'object' &&
    data !== null &&
    o.format === 'lockscribe-keyring' &&
    o.version === 1 &&
    typeof o.vaultId === 'string' &&
    typeof o.dbSalt === 'string' &&
    Array.isArray(o.users) &&
    o.users.every(isUser) &&
    isWrap(o.recovery);
  if (!ok) throw new AppFailure('VAULT_CORRUPT');
  return data as Keyring;
}

export async function readKeyring(file: string): Promise<Keyring> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new AppFailure('VAULT_NOT_FOUND');
    throw new AppFailure('IO_ERROR');
  }
  return parseKeyring(text);
}

export function writeKeyring(file: string, keyring: Keyring): Promise<void> {
  return writeFileAtomic(file, `${JSON.stringify(keyring, null, 2)}\n`);
}

export function findUserByName(keyring: Keyring, name: string): KeyringUser | undefined {
  const lower = name.toLowerCase();
  return keyring.users.find((u) => u.name.toLowerCase() === lower);
}

export function withUser(keyring: Keyring, user: KeyringUser): Keyring {
  const others = keyring.users.filter((u) => u.userId !== user.userId && u.name.toLowerCase() !== user.name.toLowerCase());
  return { ...keyring, users: [...others, user] };
}
