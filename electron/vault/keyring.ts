// The keyring sidecar (DIR/keyring.json): what must be readable before unlock. Per enabled user: an
// X25519 key pair whose private half is wrapped by the user's passphrase (scrypt + AES-GCM), and the
// keys their role may hold, sealed to their public key: the directory key (every role) and, for a
// clinician, the key of their own notes store. The recovery code wraps a key pair of its own; what it
// can open (escrowed note keys, the audit chain's first key) is sealed inside the directory, so the
// code alone opens nothing. No patient data and no plaintext key is ever here.
import { readFile } from 'node:fs/promises';
import { AppFailure } from '../base/app-failure';
import { writeFileAtomic } from './atomic-file';
import { kdfParamsValid, type KeyWrap } from './keys';
import { isSealedBox, type SealedBox } from './sealed-box';

export interface KeyringGrants {
  /** The directory key (users, settings, audit log): every enabled role. */
  readonly dir?: SealedBox;
  /** The key of the clinician's own notes store. */
  readonly content?: SealedBox;
}

export interface KeyringUser {
  readonly userId: string;
  readonly name: string;
  readonly disabled: boolean;
  /** X25519 public key, base64; null while disabled. */
  readonly publicKey: string | null;
  /** The private key wrapped by the passphrase; null while disabled (a disabled user keeps nothing here). */
  readonly privateKeyWrap: KeyWrap | null;
  readonly grants: KeyringGrants;
  /** Set when an administrator chose the passphrase (a new account); gone once the user chooses their own. */
  readonly passphraseSetBy?: 'administrator';
}

export interface Keyring {
  readonly format: 'lockscribe-keyring';
  readonly version: 2;
  readonly vaultId: string;
  /** The first 16 bytes of directory.db (SQLCipher's random salt): tells our file from a foreign one. */
  readonly dirSalt: string;
  /** Bumped at every rotation of the directory key: grants name the epoch they were made for. */
  readonly dirEpoch: number;
  readonly recovery: { readonly publicKey: string; readonly privateKeyWrap: KeyWrap };
  /** The audit log's first checkpoint public key (Ed25519, base64), fixed at setup. */
  readonly auditAnchor: string;
  readonly users: readonly KeyringUser[];
}

export const KEYRING_FILE = 'keyring.json';

export function isWrap(w: unknown): w is KeyWrap {
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

function isGrants(g: unknown): g is KeyringGrants {
  if (typeof g !== 'object' || g === null) return false;
  const o = g as Record<string, unknown>;
  return (o.dir === undefined || isSealedBox(o.dir)) && (o.content === undefined || isSealedBox(o.content));
}

function isUser(u: unknown): u is KeyringUser {
  if (typeof u !== 'object' || u === null) return false;
  const o = u as Record<string, unknown>;
  return (
    typeof o.userId === 'string' &&
    typeof o.name === 'string' &&
    typeof o.disabled === 'boolean' &&
    (o.publicKey === null || typeof o.publicKey === 'string') &&
    (o.privateKeyWrap === null || isWrap(o.privateKeyWrap)) &&
    isGrants(o.grants) &&
    (o.passphraseSetBy === undefined || o.passphraseSetBy === 'administrator')
  );
}

export function parseKeyring(text: string): Keyring {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new AppFailure('VAULT_CORRUPT');
  }
  const o = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  if (o.format === 'lockscribe-keyring' && o.version === 1) {
    throw new AppFailure('VAULT_FOREIGN', 'This vault was made by an earlier version of Lockscribe, whose keys every role shared. It cannot be opened by this version; no migration exists.');
  }
  const recovery = o.recovery as Record<string, unknown> | undefined;
  const ok =
    o.format === 'lockscribe-keyring' &&
    o.version === 2 &&
    typeof o.vaultId === 'string' &&
    typeof o.dirSalt === 'string' &&
    typeof o.dirEpoch === 'number' &&
    typeof o.auditAnchor === 'string' &&
    typeof recovery === 'object' &&
    recovery !== null &&
    typeof recovery.publicKey === 'string' &&
    isWrap(recovery.privateKeyWrap) &&
    Array.isArray(o.users) &&
    o.users.every(isUser);
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

// What each wrap and box is for, bound into its authentication tag.
export const aad = {
  privateKey: (vaultId: string, userId: string) => `lockscribe-v2|vault:${vaultId}|user:${userId}|private-key`,
  recoveryKey: (vaultId: string) => `lockscribe-v2|vault:${vaultId}|recovery|private-key`,
  dirGrant: (vaultId: string, userId: string, epoch: number) => `lockscribe-v2|vault:${vaultId}|user:${userId}|dir|epoch:${epoch}`,
  contentGrant: (vaultId: string, userId: string) => `lockscribe-v2|vault:${vaultId}|user:${userId}|content`,
  escrow: (vaultId: string, ownerId: string) => `lockscribe-v2|vault:${vaultId}|escrow|content:${ownerId}`,
  auditGrant: (vaultId: string, holder: string) => `lockscribe-v2|vault:${vaultId}|audit-first-key|holder:${holder}`,
};
