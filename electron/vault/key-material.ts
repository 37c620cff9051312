// Turning secrets into keys and keys into grants, for the keyring's v2 layout (see keyring.ts).
// Every function wipes the intermediate keys it made; the caller owns (and wipes) what it returns.
import { unwrapKey, wrapKey, type KdfParams } from './keys';
import { aad, type Keyring, type KeyringUser } from './keyring';
import { newKeyPair, open, seal, type SealedBox } from './sealed-box';

export interface UserKeys {
  readonly privateKey: Buffer;
  readonly dirKey: Buffer;
  /** The clinician's own notes key; null for other roles. */
  readonly contentKey: Buffer | null;
}

export function wipe(...keys: (Buffer | null | undefined)[]): void {
  for (const k of keys) k?.fill(0);
}

const b64 = (b: Buffer) => b.toString('base64');
const raw = (s: string) => Buffer.from(s, 'base64');

/** The keys a user's passphrase opens, or null when it is wrong or the user holds no directory grant. */
export async function unlockUserKeys(keyring: Keyring, user: KeyringUser, passphrase: string): Promise<UserKeys | null> {
  if (!user.privateKeyWrap || !user.grants.dir) return null;
  const privateKey = await unwrapKey(user.privateKeyWrap, passphrase, aad.privateKey(keyring.vaultId, user.userId));
  if (!privateKey) return null;
  const dirKey = open(user.grants.dir, privateKey, aad.dirGrant(keyring.vaultId, user.userId, keyring.dirEpoch));
  if (!dirKey) {
    wipe(privateKey);
    return null;
  }
  const contentKey = user.grants.content ? open(user.grants.content, privateKey, aad.contentGrant(keyring.vaultId, user.userId)) : null;
  return { privateKey, dirKey, contentKey };
}

/** A new key pair for a user, its private half wrapped by the passphrase, with the given keys granted. */
export async function newUserEntry(
  keyring: Pick<Keyring, 'vaultId' | 'dirEpoch'>,
  u: { readonly userId: string; readonly name: string },
  passphrase: string,
  kdf: KdfParams,
  dirKey: Buffer,
  contentKey: Buffer | null,
): Promise<KeyringUser> {
  const pair = newKeyPair();
  try {
    const privateKeyWrap = await wrapKey(pair.privateRaw, passphrase, aad.privateKey(keyring.vaultId, u.userId), kdf);
    return {
      userId: u.userId,
      name: u.name,
      disabled: false,
      publicKey: b64(pair.publicRaw),
      privateKeyWrap,
      grants: grantsFor(keyring, u.userId, b64(pair.publicRaw), dirKey, contentKey),
    };
  } finally {
    wipe(pair.privateRaw);
  }
}

export function grantsFor(keyring: Pick<Keyring, 'vaultId' | 'dirEpoch'>, userId: string, publicKey: string, dirKey: Buffer, contentKey: Buffer | null): KeyringUser['grants'] {
  const pub = raw(publicKey);
  return {
    dir: seal(dirKey, pub, aad.dirGrant(keyring.vaultId, userId, keyring.dirEpoch)),
    ...(contentKey ? { content: seal(contentKey, pub, aad.contentGrant(keyring.vaultId, userId)) } : {}),
  };
}

/** Re-wraps the same private key under a new passphrase (the grants, sealed to the public key, stay). */
export async function rewrapPrivateKey(keyring: Keyring, userId: string, privateKey: Buffer, passphrase: string, kdf: KdfParams) {
  return wrapKey(privateKey, passphrase, aad.privateKey(keyring.vaultId, userId), kdf);
}

/** The recovery code's key pair: the private half wrapped by the code. */
export async function newRecovery(vaultId: string, normalizedCode: string, kdf: KdfParams): Promise<Keyring['recovery']> {
  const pair = newKeyPair();
  try {
    return { publicKey: b64(pair.publicRaw), privateKeyWrap: await wrapKey(pair.privateRaw, normalizedCode, aad.recoveryKey(vaultId), kdf) };
  } finally {
    wipe(pair.privateRaw);
  }
}

export function openRecoveryKey(keyring: Keyring, normalizedCode: string): Promise<Buffer | null> {
  return unwrapKey(keyring.recovery.privateKeyWrap, normalizedCode, aad.recoveryKey(keyring.vaultId));
}

export function escrowBox(keyring: Pick<Keyring, 'vaultId' | 'recovery'>, ownerId: string, contentKey: Buffer): SealedBox {
  return seal(contentKey, raw(keyring.recovery.publicKey), aad.escrow(keyring.vaultId, ownerId));
}

export function openEscrow(keyring: Pick<Keyring, 'vaultId'>, ownerId: string, box: SealedBox, recoveryKey: Buffer): Buffer | null {
  return open(box, recoveryKey, aad.escrow(keyring.vaultId, ownerId));
}

export function auditGrantBox(vaultId: string, holder: string, publicKey: string, firstKey: Buffer): SealedBox {
  return seal(firstKey, raw(publicKey), aad.auditGrant(vaultId, holder));
}

export function openAuditGrant(vaultId: string, holder: string, box: SealedBox, privateKey: Buffer): Buffer | null {
  return open(box, privateKey, aad.auditGrant(vaultId, holder));
}
