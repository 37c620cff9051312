// Public-key wrapping (X25519 + HKDF-SHA256 + AES-256-GCM, an ECIES "sealed box"). Anyone may seal a
// key to a user's public key (an admin granting the directory key, the app escrowing a clinician's
// key to the recovery code's public key); only the holder of the private key can open it. The AAD
// binds each box to its vault, holder and purpose, so a box cannot be moved to another place.
import { createCipheriv, createDecipheriv, createPrivateKey, createPublicKey, diffieHellman, generateKeyPairSync, hkdfSync, randomBytes, type KeyObject } from 'node:crypto';

export interface SealedBox {
  readonly alg: 'x25519-hkdf-aes-256-gcm';
  /** The sender's ephemeral public key (raw, base64). */
  readonly epk: string;
  readonly iv: string;
  readonly ct: string;
  readonly tag: string;
}

const PKCS8_X25519_PREFIX = Buffer.from('302e020100300506032b656e04220420', 'hex');
const SPKI_X25519_PREFIX = Buffer.from('302a300506032b656e032100', 'hex');

export interface KeyPair {
  /** 32 raw bytes; the caller wipes it. */
  readonly privateRaw: Buffer;
  readonly publicRaw: Buffer;
}

export function newKeyPair(): KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('x25519');
  const der = privateKey.export({ format: 'der', type: 'pkcs8' });
  const privateRaw = Buffer.from(der.subarray(PKCS8_X25519_PREFIX.length));
  der.fill(0);
  return { privateRaw, publicRaw: Buffer.from(publicKey.export({ format: 'der', type: 'spki' }).subarray(SPKI_X25519_PREFIX.length)) };
}

function privateKeyObject(raw: Buffer): KeyObject {
  if (raw.length !== 32) throw new Error('X25519 private key must be 32 bytes');
  const der = Buffer.concat([PKCS8_X25519_PREFIX, raw]);
  try {
    return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  } finally {
    der.fill(0);
  }
}

function publicKeyObject(raw: Buffer): KeyObject {
  if (raw.length !== 32) throw new Error('X25519 public key must be 32 bytes');
  return createPublicKey({ key: Buffer.concat([SPKI_X25519_PREFIX, raw]), format: 'der', type: 'spki' });
}

export function publicFromPrivate(privateRaw: Buffer): Buffer {
  const spki = createPublicKey(privateKeyObject(privateRaw)).export({ format: 'der', type: 'spki' });
  return Buffer.from(spki.subarray(SPKI_X25519_PREFIX.length));
}

function boxKey(shared: Buffer, epk: Buffer, recipient: Buffer, aad: string): Buffer {
  const salt = Buffer.concat([epk, recipient]);
  const key = Buffer.from(hkdfSync('sha256', shared, salt, `lockscribe-sealed-box-v1|${aad}`, 32));
  shared.fill(0);
  return key;
}

export function seal(secret: Buffer, recipientPublic: Buffer, aad: string): SealedBox {
  const eph = newKeyPair();
  const shared = diffieHellman({ privateKey: privateKeyObject(eph.privateRaw), publicKey: publicKeyObject(recipientPublic) });
  eph.privateRaw.fill(0);
  const key = boxKey(shared, eph.publicRaw, recipientPublic, aad);
  try {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(aad, 'utf8'));
    const ct = Buffer.concat([cipher.update(secret), cipher.final()]);
    return { alg: 'x25519-hkdf-aes-256-gcm', epk: eph.publicRaw.toString('base64'), iv: iv.toString('base64'), ct: ct.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
  } finally {
    key.fill(0);
  }
}

/** The secret, or null when the key or the AAD is wrong (GCM authenticates both). */
export function open(box: SealedBox, recipientPrivate: Buffer, aad: string): Buffer | null {
  try {
    const epk = Buffer.from(box.epk, 'base64');
    const recipientPublic = publicFromPrivate(recipientPrivate);
    const shared = diffieHellman({ privateKey: privateKeyObject(recipientPrivate), publicKey: publicKeyObject(epk) });
    const key = boxKey(shared, epk, recipientPublic, aad);
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(box.iv, 'base64'));
      decipher.setAAD(Buffer.from(aad, 'utf8'));
      decipher.setAuthTag(Buffer.from(box.tag, 'base64'));
      const parts = [decipher.update(Buffer.from(box.ct, 'base64')), decipher.final()];
      const secret = Buffer.concat(parts);
      for (const part of parts) part.fill(0);
      return secret;
    } finally {
      key.fill(0);
    }
  } catch {
    return null;
  }
}

export function isSealedBox(v: unknown): v is SealedBox {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return o.alg === 'x25519-hkdf-aes-256-gcm' && typeof o.epk === 'string' && typeof o.iv === 'string' && typeof o.ct === 'string' && typeof o.tag === 'string';
}
